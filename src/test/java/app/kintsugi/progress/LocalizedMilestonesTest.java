package app.kintsugi.progress;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.hibernate.SessionFactory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.restassured.response.ValidatableResponse;

import app.kintsugi.platform.TestClock;
import app.kintsugi.support.Couples;
import app.kintsugi.support.Couples.Actor;
import app.kintsugi.support.Couples.Pair;
import app.kintsugi.support.Locales;

/**
 * Milestones carry a title in the reader's language, named as each answer is written and never kept: a kept summary
 * serves every language, each with its own {@code ETag}, and still in one statement.
 */
@QuarkusTest
@WithTestResource(OidcWiremockTestResource.class)
class LocalizedMilestonesTest {

    @Inject
    SessionFactory sessionFactory;
    @Inject
    EntityManager em;

    @AfterEach
    void backToNow() {
        TestClock.reset();
    }

    private static ValidatableResponse read(Actor who, String path, String acceptLanguage) {
        return (acceptLanguage == null
                ? given().auth().oauth2(who.token())
                : given().auth().oauth2(who.token()).header("Accept-Language", acceptLanguage)).when().get(path)
                .then().statusCode(200).header("Vary", containsString("Accept-Language"));
    }

    private long statements(Runnable request) {
        org.hibernate.stat.Statistics statistics = sessionFactory.getStatistics();
        statistics.clear();
        request.run();
        return statistics.getPrepareStatementCount();
    }

    private List<String> keptBodies(String coupleId) {
        return QuarkusTransaction.requiringNew().call(() -> em
                .createNativeQuery("select body from progress_snapshot where couple_id = :couple", String.class)
                .setParameter("couple", UUID.fromString(coupleId)).getResultList());
    }

    /** Both partners write an entry the other can read: the couple's first heart day. */
    private static Pair firstHeartDay() {
        Pair pair = Couples.pair();
        String couple = "/v1/couples/" + pair.coupleId();
        pair.a().post(couple + "/journal-entries", Map.of("kind", "appreciation", "text", "You waited for me.",
                "visibility", "partner")).statusCode(201);
        pair.b().post(couple + "/journal-entries", Map.of("kind", "appreciation", "text", "You told me first.",
                "visibility", "partner")).statusCode(201);
        return pair;
    }

    @Test
    void theSummaryNamesMilestonesInTheReadersLanguage() {
        TestClock.travelTo(Instant.parse("2026-11-10T12:00:00Z"));
        Pair pair = firstHeartDay();
        String progress = "/v1/couples/" + pair.coupleId() + "/progress";

        String english = read(pair.a(), progress, null).header("Content-Language", "en")
                .body("milestones[0].key", equalTo("first-heart-day"))
                .body("milestones[0].title", equalTo("Your first heart day"))
                .body("milestones[0].reachedOn", equalTo("2026-11-10")).extract().header("ETag");
        String spanish = read(pair.a(), progress, "es").header("Content-Language", "es")
                .body("milestones[0].key", equalTo("first-heart-day"))
                .body("milestones[0].title", equalTo("El primer día con corazón")).extract().header("ETag");
        String german = read(pair.a(), progress, "de-DE, en;q=0.3").header("Content-Language", "de")
                .body("milestones[0].title", equalTo("Euer erster Herztag")).extract().header("ETag");
        read(pair.a(), progress, "fr").header("Content-Language", "en").header("ETag", equalTo(english));
        assertEquals(3, List.of(english, spanish, german).stream().distinct().count(), "an ETag per language");

        // The kept summary holds no title: names are said as it is answered, for whoever reads it.
        List<String> kept = keptBodies(pair.coupleId());
        assertFalse(kept.isEmpty(), "the default range is kept");
        kept.forEach(body -> {
            assertTrue(body.contains("first-heart-day"), body);
            assertFalse(body.contains("\"title\""), body);
        });

        // Revalidating: the tag of one language does not match another's.
        given().auth().oauth2(pair.a().token()).header("Accept-Language", "es").header("If-None-Match", spanish)
                .when().get(progress).then().statusCode(304).header("Content-Language", "es");
        given().auth().oauth2(pair.a().token()).header("Accept-Language", "de").header("If-None-Match", spanish)
                .when().get(progress).then().statusCode(200).header("ETag", equalTo(german));
    }

    @Test
    void theProfileLocaleSpeaksWithoutAHeaderAndTheKeptSummaryStillCostsOneStatement() {
        TestClock.travelTo(Instant.parse("2026-11-10T12:00:00Z"));
        Pair pair = firstHeartDay();
        String couple = "/v1/couples/" + pair.coupleId();
        String progress = couple + "/progress";
        Locales.choose(pair.b(), "es-AR");

        String spanish = read(pair.b(), progress, null).header("Content-Language", "es")
                .body("milestones[0].title", equalTo("El primer día con corazón")).extract().header("ETag");
        // Kept: one statement reads the summary and the reader's locale.
        assertEquals(1, statements(() -> read(pair.b(), progress, null).header("Content-Language", "es")
                .header("ETag", equalTo(spanish))));
        // A range asked for is computed, and its reader's locale comes with the couple.
        read(pair.b(), progress + "?to=2026-11-10", null).header("Content-Language", "es")
                .body("milestones[0].title", equalTo("El primer día con corazón"));
        // A header we write in wins over the profile; one we do not falls back to the profile.
        read(pair.b(), progress, "de").header("Content-Language", "de");
        read(pair.b(), progress, "fr").header("Content-Language", "es");
        // The partner's own profile speaks for the partner.
        read(pair.a(), progress, null).header("Content-Language", "en")
                .body("milestones[0].title", equalTo("Your first heart day"));
    }

    @Test
    void theMilestoneListNamesEachMilestone() {
        TestClock.travelTo(Instant.parse("2026-11-10T12:00:00Z"));
        Pair pair = firstHeartDay();
        String couple = "/v1/couples/" + pair.coupleId();
        read(pair.a(), couple + "/progress", null);
        String milestones = couple + "/milestones";
        read(pair.a(), milestones, "de").header("Content-Language", "de")
                .body("items[0].key", equalTo("first-heart-day")).body("items[0].title", equalTo("Euer erster Herztag"))
                .body("items[0].reachedOn", equalTo("2026-11-10"));
        read(pair.a(), milestones, "fr").header("Content-Language", "en")
                .body("items[0].title", equalTo("Your first heart day"));
        Locales.choose(pair.a(), "es");
        read(pair.a(), milestones, null).header("Content-Language", "es")
                .body("items[0].title", equalTo("El primer día con corazón"));

        // A counselor with the progress scope reads the names in their own language too.
        Actor counselor = Actor.counselor("Dana");
        Couples.grant(pair, counselor, List.of("progress"), List.of("progress"));
        String counselorEtag = read(counselor, couple + "/progress", "de").header("Content-Language", "de")
                .body("milestones[0].title", equalTo("Euer erster Herztag")).extract().header("ETag");
        assertNotEquals(counselorEtag,
                read(counselor, couple + "/progress", "es").header("Content-Language", "es").extract().header("ETag"));
        read(counselor, milestones, null).header("Content-Language", "en");
    }
}
