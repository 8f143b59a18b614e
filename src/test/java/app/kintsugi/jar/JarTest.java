package app.kintsugi.jar;

import static app.kintsugi.support.ProblemAssertions.assertProblem;
import static io.restassured.RestAssured.given;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

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

@QuarkusTest
@WithTestResource(OidcWiremockTestResource.class)
class JarTest {

    /** A Wednesday, noon in Lisbon (UTC+0 in November): the couples below live there. */
    private static final Instant WEDNESDAY_NOON = Instant.parse("2026-11-18T12:00:00Z");
    private static final LocalDate WEDNESDAY = LocalDate.of(2026, 11, 18);

    @Inject
    EntityManager entityManager;

    @AfterEach
    void backToNow() {
        TestClock.reset();
    }

    private static String couple(Pair pair) {
        return "/v1/couples/" + pair.coupleId();
    }

    private static String slips(Pair pair) {
        return couple(pair) + "/jar-slips";
    }

    private static String today(Pair pair) {
        return couple(pair) + "/my-jar-draws/today";
    }

    private static String draws(Pair pair) {
        return couple(pair) + "/my-jar-draws";
    }

    /** Puts a slip in the jar and answers its id. */
    private static String add(Pair pair, Actor author, String text) {
        return author.post(slips(pair), Map.of("text", text)).statusCode(201).body("text", equalTo(text)).extract()
                .path("id");
    }

    private long count(String sql, Map<String, Object> params) {
        return ((Number) QuarkusTransaction.requiringNew().call(() -> {
            var query = entityManager.createNativeQuery(sql);
            params.forEach(query::setParameter);
            return query.getSingleResult();
        })).longValue();
    }

    @Test
    void bothPartnersSeeTheJarAndOnlyASlipsAuthorRemovesIt() {
        Pair pair = Couples.pair();
        String secret = "Ask about my day and listen " + UUID.randomUUID().toString().substring(0, 8);
        String asked = pair.a().post(slips(pair), Map.of("text", "  " + secret + " ")).statusCode(201)
                .header("Location", containsString("/jar-slips/")).body("text", equalTo(secret))
                .body("yours", equalTo(true)).body("authorName", equalTo("Sam")).body("createdAt", notNullValue())
                .extract().path("id");
        String phones = add(pair, pair.b(), "Phones away at meals");

        // The jar is shared: both see every slip, newest first.
        pair.a().get(slips(pair)).statusCode(200).body("items.text", contains("Phones away at meals", secret))
                .body("items.yours", contains(false, true)).body("$", not(hasKey("nextCursor")));
        pair.b().get(slips(pair)).statusCode(200).body("items.text", contains("Phones away at meals", secret))
                .body("items.yours", contains(true, false)).body("items.authorName", contains("Alex", "Sam"));
        pair.b().get(slips(pair) + "/" + asked).statusCode(200).body("text", equalTo(secret))
                .body("yours", equalTo(false));
        String cursor = pair.a().get(slips(pair) + "?limit=1").statusCode(200).body("items", hasSize(1))
                .body("nextCursor", notNullValue()).extract().path("nextCursor");
        pair.a().get(slips(pair) + "?limit=1&cursor=" + cursor).statusCode(200)
                .body("items.text", contains(secret)).body("nextCursor", nullValue());
        assertProblem(pair.a().get(slips(pair) + "?limit=0"), 400, "invalid-parameter");

        // Stored sealed: the words are nowhere in the table, though the slips are.
        assertEquals(2, count("select count(*) from jar_slip where couple_id = cast(:c as uuid) and text is not null",
                Map.of("c", pair.coupleId())));
        assertEquals(0, count("select count(*) from jar_slip where position(cast(:t as bytea) in text) > 0",
                Map.of("t", secret.getBytes(StandardCharsets.UTF_8))));

        // Only the author takes a slip out; then it is gone for both, and its words are erased.
        assertProblem(pair.b().delete(slips(pair) + "/" + asked), 403, "not-author");
        assertProblem(pair.a().delete(slips(pair) + "/" + phones), 403, "not-author");
        pair.a().delete(slips(pair) + "/" + asked).statusCode(204);
        assertProblem(pair.a().delete(slips(pair) + "/" + asked), 404, "not-found");
        assertProblem(pair.b().get(slips(pair) + "/" + asked), 404, "not-found");
        pair.b().get(slips(pair)).statusCode(200).body("items.text", contains("Phones away at meals"));
        assertEquals(1, count("select count(*) from jar_slip where id = cast(:id as uuid) and text is null "
                + "and retired_at is not null", Map.of("id", asked)));

        // Nobody else finds anything, and counselors never read the jar.
        Actor outsider = Actor.user("Outsider");
        assertProblem(outsider.get(slips(pair)), 404, "not-found");
        assertProblem(outsider.post(slips(pair), Map.of("text", "Let me in")), 404, "not-found");
        assertProblem(outsider.get(slips(pair) + "/" + phones), 404, "not-found");
        assertProblem(outsider.delete(slips(pair) + "/" + phones), 404, "not-found");
        assertProblem(outsider.put(today(pair)), 404, "not-found");
        assertProblem(outsider.get(draws(pair)), 404, "not-found");
        assertProblem(outsider.put(today(pair) + "/done"), 404, "not-found");
        assertProblem(outsider.delete(today(pair) + "/done"), 404, "not-found");
        Actor counselor = Actor.counselor("Dana");
        Couples.grant(pair, counselor, List.of("progress", "sharedJournal"), List.of("progress", "sharedJournal"));
        assertProblem(counselor.get(slips(pair)), 403, "forbidden");
        assertProblem(counselor.put(today(pair)), 403, "forbidden");
        assertProblem(counselor.get(draws(pair)), 403, "forbidden");
        assertProblem(pair.a().get(slips(pair) + "/not-an-id"), 404, "not-found");
        assertProblem(pair.a().delete(slips(pair) + "/" + UUID.randomUUID()), 404, "not-found");
    }

    @Test
    void aSlipIsOneShortLine() {
        Pair pair = Couples.pair();
        String path = slips(pair);
        assertProblem(pair.a().post(path, Map.of("text", "   ")), 422, "validation-failed")
                .body("errors[0].field", equalTo("/text")).body("errors[0].code", equalTo("blank"));
        assertProblem(pair.a().post(path, Map.of()), 422, "validation-failed")
                .body("errors[0].code", equalTo("blank"));
        assertProblem(pair.a().post(path, Map.of("text", "a".repeat(121))), 422, "validation-failed")
                .body("errors[0].code", equalTo("too-long"));
        assertProblem(pair.a().post(path, Map.of("text", "Hold hands\non the walk")), 422, "validation-failed")
                .body("errors[0].code", equalTo("control-character"));
        assertProblem(pair.a().post(path, Map.of("text", "Bell\u0007")), 422, "validation-failed")
                .body("errors[0].code", equalTo("control-character"));
        add(pair, pair.a(), "a".repeat(120));
        // Counted in code points: 120 emoji fit although Java needs two chars for each.
        String heart = "\uD83D\uDC9B";
        add(pair, pair.b(), heart.repeat(120));
        assertProblem(pair.b().post(path, Map.of("text", heart.repeat(121))), 422, "validation-failed");
        pair.a().get(path).statusCode(200).body("items", hasSize(2));

        // A replayed request adds the slip once.
        String key = UUID.randomUUID().toString();
        String first = given().auth().oauth2(pair.a().token()).contentType(ContentType.JSON)
                .header("Idempotency-Key", key).body(Map.of("text", "Hold my hand on the walk")).when().post(path)
                .then().statusCode(201).extract().path("id");
        given().auth().oauth2(pair.a().token()).contentType(ContentType.JSON).header("Idempotency-Key", key)
                .body(Map.of("text", "Hold my hand on the walk")).when().post(path).then().statusCode(201)
                .body("id", equalTo(first));
        pair.b().get(path).statusCode(200).body("items", hasSize(3));
    }

    @Test
    void theJarHoldsAHundredSlips() {
        Pair pair = Couples.pair();
        String last = null;
        for (int i = 0; i < JarService.MAX_SLIPS; i++) {
            last = add(pair, i % 2 == 0 ? pair.a() : pair.b(), "Small act number " + i);
        }
        assertProblem(pair.a().post(slips(pair), Map.of("text", "One too many")), 409, "jar-full");
        pair.b().delete(slips(pair) + "/" + last).statusCode(204);
        add(pair, pair.a(), "Room again");
    }

    @Test
    void aDrawHoldsForTheLocalDayAndGoesRoundTheWholeJarBeforeRepeating() {
        TestClock.travelTo(WEDNESDAY_NOON);
        Pair pair = Couples.pair();
        assertProblem(pair.a().put(today(pair)), 409, "jar-empty");
        List<String> jar = List.of("Ask about their day", "Phones away at meals", "I love you in the morning");
        add(pair, pair.a(), jar.get(0));
        add(pair, pair.b(), jar.get(1));
        add(pair, pair.a(), jar.get(2));

        List<String> drawnByA = new ArrayList<>();
        List<String> drawnByB = new ArrayList<>();
        for (int day = 0; day < 3; day++) {
            String date = WEDNESDAY.plusDays(day).toString();
            String a = pair.a().put(today(pair)).statusCode(200).body("drawnOn", equalTo(date))
                    .body("cycle", equalTo(1)).body("done", equalTo(false)).body("slipRemoved", equalTo(false))
                    .body("doneAt", nullValue()).body("drawnAt", notNullValue()).extract().path("text");
            String b = pair.b().put(today(pair)).statusCode(200).body("drawnOn", equalTo(date)).extract()
                    .path("text");
            // Late in the same local day, the same slips come back.
            TestClock.travelBy(Duration.ofHours(11));
            pair.a().put(today(pair)).statusCode(200).body("text", equalTo(a)).body("drawnOn", equalTo(date));
            pair.b().put(today(pair)).statusCode(200).body("text", equalTo(b)).body("drawnOn", equalTo(date));
            drawnByA.add(a);
            drawnByB.add(b);
            // Past local midnight, noon of the next day.
            TestClock.travelBy(Duration.ofHours(13));
        }
        // Three days, three different slips for each partner: nothing repeated before the jar went round.
        assertThat(drawnByA, containsInAnyOrder(jar.toArray()));
        assertThat(drawnByB, containsInAnyOrder(jar.toArray()));

        // The fourth day starts a new cycle, never with the act drawn last.
        String fourth = pair.a().put(today(pair)).statusCode(200).body("cycle", equalTo(2))
                .body("drawnOn", equalTo(WEDNESDAY.plusDays(3).toString())).extract().path("text");
        assertNotEquals(drawnByA.get(2), fourth);

        // Each partner's history is their own.
        pair.a().get(draws(pair)).statusCode(200)
                .body("items.drawnOn", contains("2026-11-21", "2026-11-20", "2026-11-19", "2026-11-18"))
                .body("items.cycle", contains(2, 1, 1, 1))
                .body("items.text", contains(fourth, drawnByA.get(2), drawnByA.get(1), drawnByA.get(0)));
        pair.b().get(draws(pair)).statusCode(200).body("items", hasSize(3))
                .body("items.text", contains(drawnByB.get(2), drawnByB.get(1), drawnByB.get(0)));
        String cursor = pair.a().get(draws(pair) + "?limit=3").statusCode(200).body("items", hasSize(3))
                .body("nextCursor", notNullValue()).extract().path("nextCursor");
        pair.a().get(draws(pair) + "?limit=3&cursor=" + cursor).statusCode(200)
                .body("items.drawnOn", contains("2026-11-18")).body("nextCursor", nullValue());
        assertProblem(pair.a().get(draws(pair) + "?cursor=forged"), 400, "invalid-parameter");
    }

    @Test
    void onlyTodaysActIsMarkedDoneAndTheTrackerCanCountIt() {
        TestClock.travelTo(WEDNESDAY_NOON);
        Pair pair = Couples.pair();
        add(pair, pair.b(), "Ask about their day");
        assertProblem(pair.a().put(today(pair) + "/done"), 409, "nothing-drawn");
        pair.a().put(today(pair)).statusCode(200);

        String doneAt = pair.a().put(today(pair) + "/done").statusCode(200).body("done", equalTo(true))
                .body("text", equalTo("Ask about their day")).body("doneAt", notNullValue()).extract()
                .path("doneAt");
        pair.a().put(today(pair) + "/done").statusCode(200).body("doneAt", equalTo(doneAt));
        pair.a().delete(today(pair) + "/done").statusCode(204);
        pair.a().get(draws(pair)).statusCode(200).body("items[0].done", equalTo(false))
                .body("items[0].doneAt", nullValue());
        pair.a().delete(today(pair) + "/done").statusCode(204);
        pair.a().put(today(pair) + "/done").statusCode(200).body("done", equalTo(true));
        // The partner's day is untouched.
        pair.b().get(draws(pair)).statusCode(200).body("items", empty());

        // The next day, yesterday's mark stands and today's act needs a draw of its own.
        TestClock.travelBy(Duration.ofDays(1));
        pair.a().delete(today(pair) + "/done").statusCode(204);
        assertProblem(pair.a().put(today(pair) + "/done"), 409, "nothing-drawn");
        pair.a().get(draws(pair)).statusCode(200).body("items", hasSize(1))
                .body("items[0].drawnOn", equalTo("2026-11-18")).body("items[0].done", equalTo(true));
        // A jar of one slip goes round every day.
        pair.a().put(today(pair)).statusCode(200).body("drawnOn", equalTo("2026-11-19")).body("cycle", equalTo(2))
                .body("text", equalTo("Ask about their day"));

        // What the trust tracker will read: one act of repair, on the couple's day.
        List<?> days = QuarkusTransaction.requiringNew().call(() -> entityManager.createNativeQuery(
                "select cast(drawn_on as text) from jar_draw where couple_id = cast(:c as uuid) and done_at is not null")
                .setParameter("c", pair.coupleId()).getResultList());
        assertEquals(List.of("2026-11-18"), days);
    }

    @Test
    void aRemovedSlipLeavesItsDrawsAndTodaysIsDrawnAgainUnlessDone() {
        TestClock.travelTo(WEDNESDAY_NOON);
        Pair pair = Couples.pair();
        add(pair, pair.a(), "Bring coffee in the morning");
        add(pair, pair.a(), "Text when I leave work");
        String first = pair.b().put(today(pair)).statusCode(200).extract().path("slipId");

        // Removed before it was done: the next call draws the other slip, in the same cycle.
        pair.a().delete(slips(pair) + "/" + first).statusCode(204);
        String second = pair.b().put(today(pair)).statusCode(200).body("slipRemoved", equalTo(false))
                .body("cycle", equalTo(1)).body("text", notNullValue()).extract().path("slipId");
        assertNotEquals(first, second);
        pair.b().put(today(pair) + "/done").statusCode(200);

        // Removed after it was done: the day keeps its act and its mark, without the words.
        pair.a().delete(slips(pair) + "/" + second).statusCode(204);
        pair.b().put(today(pair)).statusCode(200).body("slipId", equalTo(second))
                .body("slipRemoved", equalTo(true)).body("text", nullValue()).body("done", equalTo(true));
        pair.b().get(draws(pair)).statusCode(200).body("items", hasSize(1))
                .body("items[0].slipRemoved", equalTo(true)).body("items[0].text", nullValue());

        // With the jar empty, there is nothing to draw the next day.
        TestClock.travelBy(Duration.ofDays(1));
        assertProblem(pair.b().put(today(pair)), 409, "jar-empty");
    }

    @Test
    void theJarRestsWhileACoupleFormsOrPausesAndAfterItEndsKeepsOnlyWhatIsYours() {
        TestClock.travelTo(WEDNESDAY_NOON);
        // Forming: the first partner can fill the jar, but nobody draws yet.
        Actor alone = Actor.user("Alone");
        String forming = "/v1/couples/" + Couples.create(alone);
        alone.post(forming + "/jar-slips", Map.of("text", "Leave a note on the fridge")).statusCode(201);
        assertProblem(alone.put(forming + "/my-jar-draws/today"), 409, "couple-forming");
        assertProblem(alone.put(forming + "/my-jar-draws/today/done"), 409, "couple-forming");
        assertProblem(alone.delete(forming + "/my-jar-draws/today/done"), 409, "couple-forming");

        // Paused: the jar can be read but nothing in it changes.
        Pair pair = Couples.pair();
        add(pair, pair.b(), "Call me at lunch");
        pair.a().put(today(pair)).statusCode(200).body("text", equalTo("Call me at lunch"));
        pair.b().put(couple(pair) + "/my-pause").statusCode(200);
        assertProblem(pair.a().post(slips(pair), Map.of("text", "Added during a pause")), 409, "couple-paused");
        assertProblem(pair.a().put(today(pair)), 409, "couple-paused");
        assertProblem(pair.a().put(today(pair) + "/done"), 409, "couple-paused");
        assertProblem(pair.a().delete(today(pair) + "/done"), 409, "couple-paused");
        pair.a().get(slips(pair)).statusCode(200).body("items", hasSize(1));
        pair.a().get(draws(pair)).statusCode(200).body("items", hasSize(1)).body("items[0].done", equalTo(false));
        pair.b().delete(couple(pair) + "/my-pause").statusCode(200);
        pair.a().put(today(pair) + "/done").statusCode(200).body("done", equalTo(true));
        String own = add(pair, pair.a(), "Walk the dog together");
        String partners = pair.a().get(slips(pair)).statusCode(200).extract().path("items[1].id");

        // Ended: each keeps only their own slips; the partner's words leave the history too.
        pair.b().delete(couple(pair) + "/my-membership").statusCode(200);
        assertProblem(pair.a().put(today(pair)), 409, "couple-ended");
        assertProblem(pair.a().post(slips(pair), Map.of("text", "After the end")), 409, "couple-ended");
        assertProblem(pair.a().put(today(pair) + "/done"), 409, "couple-ended");
        assertProblem(pair.a().delete(today(pair) + "/done"), 409, "couple-ended");
        pair.a().get(slips(pair)).statusCode(200).body("items.text", contains("Walk the dog together"));
        pair.b().get(slips(pair)).statusCode(200).body("items.text", contains("Call me at lunch"));
        assertProblem(pair.a().get(slips(pair) + "/" + partners), 404, "not-found");
        pair.a().get(draws(pair)).statusCode(200).body("items", hasSize(1)).body("items[0].done", equalTo(true))
                .body("items[0].slipRemoved", equalTo(false)).body("items[0].text", nullValue());
        // Removing one's own slip stays possible.
        pair.a().delete(slips(pair) + "/" + own).statusCode(204);
        pair.b().delete(slips(pair) + "/" + partners).statusCode(204);
        pair.a().get(slips(pair)).statusCode(200).body("items", empty());
    }
}
