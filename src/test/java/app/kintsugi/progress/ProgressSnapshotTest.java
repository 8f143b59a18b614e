package app.kintsugi.progress;

import static app.kintsugi.support.ProblemAssertions.assertProblem;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.hibernate.SessionFactory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.restassured.http.ContentType;

import app.kintsugi.platform.TestClock;
import app.kintsugi.support.Couples;
import app.kintsugi.support.Couples.Actor;
import app.kintsugi.support.Couples.Pair;

/**
 * The progress summary is kept between changes: these tests prove that a kept summary never outlives a change of
 * anything it shows, nor the day it was computed on, and that it is only ever served to the reader it was made for.
 */
@QuarkusTest
@WithTestResource(OidcWiremockTestResource.class)
class ProgressSnapshotTest {

    @Inject
    SessionFactory sessionFactory;

    @Inject
    EntityManager em;

    @Inject
    ProgressSnapshots snapshots;

    @AfterEach
    void backToNow() {
        TestClock.reset();
    }

    private long statements(Runnable request) {
        org.hibernate.stat.Statistics statistics = sessionFactory.getStatistics();
        statistics.clear();
        request.run();
        return statistics.getPrepareStatementCount();
    }

    private long kept(String coupleId) {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) em
                .createNativeQuery("select count(*) from progress_snapshot where couple_id = :couple")
                .setParameter("couple", UUID.fromString(coupleId)).getSingleResult()).longValue());
    }

    @Test
    void everyChangeShowsAtOnce() {
        TestClock.travelTo(Instant.parse("2026-11-10T12:00:00Z"));
        Pair pair = Couples.pair();
        String couple = "/v1/couples/" + pair.coupleId();
        String progress = couple + "/progress";

        String first = pair.a().get(progress).statusCode(200).body("today", equalTo("2026-11-10"))
                .body("hearts.last7Days", equalTo(0)).extract().header("ETag");
        // Kept: read again in one statement, the same representation, and 304 for a client that holds it.
        assertEquals(1, statements(() -> pair.a().get(progress).statusCode(200).header("ETag", equalTo(first))));
        given().auth().oauth2(pair.a().token()).header("If-None-Match", first).when().get(progress).then()
                .statusCode(304);

        // Both partners write an entry the other can read: a heart day, in both partners' summaries at once.
        pair.a().post(couple + "/journal-entries", Map.of("kind", "appreciation", "text", "You listened tonight.",
                "visibility", "partner")).statusCode(201);
        pair.a().get(progress).statusCode(200).body("hearts.last7Days", equalTo(0))
                .body("partners.find { it.yours }.daysShowedUp", equalTo(1));
        pair.b().get(progress).statusCode(200).body("hearts.last7Days", equalTo(0));
        String entry = pair.b().post(couple + "/journal-entries", Map.of("kind", "appreciation", "text",
                "You asked before deciding.", "visibility", "partner")).statusCode(201).extract().path("id");
        String heart = pair.a().get(progress).statusCode(200).body("hearts.last7Days", equalTo(1))
                .body("hearts.currentRun", equalTo(1)).extract().header("ETag");
        assertNotEquals(first, heart);
        pair.b().get(progress).statusCode(200).body("hearts.last7Days", equalTo(1));

        // B takes the entry back: it no longer counts for anything A sees; shared again, it counts again.
        pair.b().put(couple + "/journal-entries/" + entry + "/visibility", Map.of("visibility", "private"))
                .statusCode(200);
        pair.a().get(progress).statusCode(200).body("hearts.last7Days", equalTo(0));
        pair.b().put(couple + "/journal-entries/" + entry + "/visibility", Map.of("visibility", "partner"))
                .statusCode(200);
        pair.a().get(progress).statusCode(200).body("hearts.last7Days", equalTo(1)).header("ETag", equalTo(heart));

        // A private check-in shows in A's own trend only; shared, it reaches B's summary too.
        pair.a().put(couple + "/my-pulses/today", Map.of("safe", 6, "trusting", 5, "close", 7)).statusCode(201);
        pair.a().get(progress).statusCode(200).body("pulse", hasSize(1));
        pair.b().get(progress).statusCode(200).body("pulse", empty());
        pair.a().put(couple + "/my-pulses/today", Map.of("safe", 6, "trusting", 5, "close", 7, "shareWithPartner",
                true)).statusCode(200);
        pair.b().get(progress).statusCode(200).body("pulse", hasSize(1)).body("pulse[0].yours", equalTo(false));

        // A new display name reaches the partner's kept summary.
        String tag = pair.a().get("/v1/me").statusCode(200).extract().header("ETag");
        given().auth().oauth2(pair.a().token()).contentType("application/merge-patch+json").header("If-Match", tag)
                .body(Map.of("displayName", "Sam R.")).when().patch("/v1/me").then().statusCode(200);
        pair.b().get(progress).statusCode(200).body("partners.find { !it.yours }.name", equalTo("Sam R."));

        // Kept up to the last moment of the couple's day (Lisbon is on UTC in November), never into the next one.
        TestClock.travelTo(Instant.parse("2026-11-10T20:00:00Z"));
        pair.a().get(progress).statusCode(200);
        TestClock.travelTo(Instant.parse("2026-11-10T23:59:59Z"));
        assertEquals(1, statements(() -> pair.a().get(progress).statusCode(200).body("today", equalTo("2026-11-10"))));
        TestClock.travelTo(Instant.parse("2026-11-11T00:00:00Z"));
        pair.a().get(progress).statusCode(200).body("today", equalTo("2026-11-11")).body("hearts.last7Days",
                equalTo(1)).body("hearts.currentRun", equalTo(1));
        // And a clock set back (as tests do) never meets a summary computed after it.
        TestClock.travelTo(Instant.parse("2026-11-10T18:00:00Z"));
        pair.a().get(progress).statusCode(200).body("today", equalTo("2026-11-10"));
    }

    @Test
    void aSummaryRacingAChangeIsNeverLeftBehind() throws Exception {
        Pair pair = Couples.pair();
        UUID couple = UUID.fromString(pair.coupleId());
        String pulses = "/v1/couples/" + pair.coupleId() + "/my-pulses/today";
        UUID viewer = UUID.randomUUID();
        Instant now = Instant.now();

        // Computed before a change committed: not kept at all.
        long before = QuarkusTransaction.requiringNew().call(() -> snapshots.epoch(couple));
        pair.a().put(pulses, Map.of("safe", 5, "trusting", 5, "close", 5)).statusCode(201);
        long after = QuarkusTransaction.requiringNew().call(() -> snapshots.epoch(couple));
        assertTrue(after > before);
        QuarkusTransaction.requiringNew().run(() -> snapshots.keep(couple, viewer, before, now,
                now.plusSeconds(3600), "{}"));
        assertEquals(0, kept(pair.coupleId()));

        // Kept while a change is committing: the change waits for it, then deletes it.
        ExecutorService writer = Executors.newSingleThreadExecutor();
        try {
            Future<?>[] change = new Future<?>[1];
            QuarkusTransaction.requiringNew().run(() -> {
                snapshots.keep(couple, viewer, after, now, now.plusSeconds(3600), "{}");
                change[0] = writer.submit(() -> pair.b()
                        .put(pulses, Map.of("safe", 6, "trusting", 6, "close", 6)).statusCode(201));
                try {
                    Thread.sleep(300);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                assertFalse(change[0].isDone(), "the change waits for the summary being kept");
            });
            change[0].get(20, TimeUnit.SECONDS);
        } finally {
            writer.shutdownNow();
        }
        assertEquals(0, kept(pair.coupleId()));
    }

    @Test
    void aKeptSummaryIsForItsReaderOnly() {
        Pair pair = Couples.pair();
        String couple = "/v1/couples/" + pair.coupleId();
        String progress = couple + "/progress";
        pair.a().put(couple + "/my-pulses/today", Map.of("safe", 3, "trusting", 4, "close", 5)).statusCode(201);
        pair.a().get(progress).statusCode(200).body("pulse", hasSize(1));

        // Nobody else is served A's summary: not the partner, an outsider, or a counselor without consent.
        pair.b().get(progress).statusCode(200).body("pulse", empty())
                .body("partners.find { it.yours }.name", not(equalTo(null)));
        assertProblem(Actor.user("Outsider").get(progress), 404, "not-found");
        Actor stranger = Actor.counselor("Stranger");
        assertProblem(stranger.get(progress), 404, "not-found");
        Actor both = Actor.withRoles("Both", "user", "counselor");
        assertProblem(both.get(progress), 404, "not-found");

        // Counselors are served the counselors' summary, from shared data only, and every read is still logged.
        Actor counselor = Actor.counselor("Dana");
        String grant = Couples.grant(pair, counselor, List.of("progress"), List.of("progress"));
        counselor.get(progress).statusCode(200).body("pulse", empty()).body("partners.yours", everyItem(
                equalTo(false)));
        counselor.get(progress).statusCode(200).body("pulse", empty());
        pair.a().get(couple + "/access-log").statusCode(200).body("items.findAll { it.dataKind == 'progress' }",
                hasSize(2));
        // Once the grant is revoked, a kept summary changes nothing: 404.
        pair.b().delete(couple + "/counselor-grants/" + grant).statusCode(200);
        assertProblem(counselor.get(progress), 404, "not-found");

        // A partner who erases their account leaves nothing of the couple's progress kept.
        assertNotEquals(0, kept(pair.coupleId()));
        given().auth().oauth2(pair.a().token()).contentType(ContentType.JSON)
                .body(Map.of("confirm", "erase my account")).when().post("/v1/my-erasures").then().statusCode(200);
        assertEquals(0, kept(pair.coupleId()));
        // The couple ended with A's leaving: progress is no longer computed, so nothing is kept again.
        assertProblem(pair.b().get(progress), 409, "couple-ended");
        assertEquals(0, kept(pair.coupleId()));
    }
}
