package app.kintsugi.progress;

import static app.kintsugi.support.ProblemAssertions.assertProblem;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.inject.Inject;

import org.hibernate.SessionFactory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.restassured.path.json.JsonPath;

import app.kintsugi.platform.TestClock;
import app.kintsugi.support.Couples;
import app.kintsugi.support.Couples.Actor;
import app.kintsugi.support.Couples.Pair;

/**
 * Three weeks of a couple's life built by hand through the API, with the clock moved day by day, and the figures a
 * person counting by hand would get. Lisbon's clocks fall back on the last day.
 */
@QuarkusTest
@WithTestResource(OidcWiremockTestResource.class)
class ProgressTest {

    private static final LocalDate FIRST = LocalDate.parse("2026-10-05");

    @Inject
    SessionFactory sessionFactory;

    @AfterEach
    void backToNow() {
        TestClock.reset();
    }

    private static Pair pairIn(String timeZone) {
        Actor a = Actor.user("Sam");
        Actor b = Actor.user("Alex");
        String coupleId = a.post("/v1/couples", Map.of("timeZone", timeZone)).statusCode(201).extract().path("id");
        Couples.accept(b, Couples.invite(a, coupleId)).statusCode(200);
        return new Pair(coupleId, a, b);
    }

    private static LocalDate day(int n) {
        return FIRST.plusDays(n - 1);
    }

    private static void at(int n, String utcTime) {
        TestClock.travelTo(Instant.parse(day(n) + "T" + utcTime + "Z"));
    }

    private long statements(Runnable request) {
        org.hibernate.stat.Statistics statistics = sessionFactory.getStatistics();
        statistics.clear();
        request.run();
        return statistics.getPrepareStatementCount();
    }

    @Test
    void threeWeeksCountedByHand() {
        at(1, "08:00:00");
        Pair pair = pairIn("Europe/Lisbon");
        String couple = "/v1/couples/" + pair.coupleId();
        String mine = couple + "/commitments/" + pair.a().post(couple + "/commitments", Map.of("title", "Phone away",
                "category", "personalPromise", "recurrence", Map.of("kind", "daily"))).statusCode(201)
                .extract().path("id");
        String theirs = couple + "/commitments/" + pair.b().post(couple + "/commitments", Map.of("title",
                "Morning message", "category", "actOfRepair", "recurrence", Map.of("kind", "daily"))).statusCode(201)
                .extract().path("id");
        pair.b().post(couple + "/jar-slips", Map.of("text", "Ask about the day")).statusCode(201);
        Actor counselor = Actor.counselor("Dana");
        Couples.grant(pair, counselor, List.of("progress"), List.of("progress"));
        Actor sessionsOnly = Actor.counselor("Lee");
        Couples.grant(pair, sessionsOnly, List.of("sessions"), List.of("sessions"));

        Set<Integer> aKeeps = Set.of(1, 2, 3, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21);
        Set<Integer> bKeeps = Set.of(1, 2, 6, 11, 12, 13, 15, 16, 17, 18, 19, 20, 21);
        String setback = null;
        for (int n = 1; n <= 21; n++) {
            at(n, "19:00:00");
            String today = day(n).toString();
            if (n == 8) {
                pair.b().put(couple + "/my-pause").statusCode(200);
            }
            if (n >= 8 && n <= 10) {
                // Paused: commitments stand still, and these days will be skipped, not counted as breaks.
                assertProblem(pair.a().put(mine + "/occurrences/" + today + "/check", Map.of("state", "kept")), 409,
                        "couple-paused");
            }
            if (aKeeps.contains(n)) {
                pair.a().put(mine + "/occurrences/" + today + "/check", Map.of("state", "kept")).statusCode(200);
            }
            if (bKeeps.contains(n)) {
                pair.b().put(theirs + "/occurrences/" + today + "/check", Map.of("state", "kept")).statusCode(200);
            }
            switch (n) {
                case 5 -> {
                    // A's journal entry the partner can read, and B's jar act: both showed up.
                    pair.a().post(couple + "/journal-entries", Map.of("kind", "appreciation", "text", "Thank you.",
                            "visibility", "partner")).statusCode(201);
                    pair.b().put(couple + "/my-jar-draws/today").statusCode(200);
                    pair.b().put(couple + "/my-jar-draws/today/done").statusCode(200);
                }
                case 6 -> pair.a().post(couple + "/journal-entries", Map.of("kind", "reflection", "text",
                        "Only for me.", "visibility", "private")).statusCode(201);
                case 7 -> {
                    String session = pair.a().post(couple + "/sessions", Map.of("exercise", "sunday-walk"))
                            .statusCode(201).extract().path("id");
                    pair.a().put(couple + "/sessions/" + session + "/status", Map.of("status", "stopped"))
                            .statusCode(200);
                }
                case 14 -> {
                    pair.b().put(theirs + "/occurrences/" + today + "/check", Map.of("state", "missed"))
                            .statusCode(200);
                    setback = pair.b().post(couple + "/journal-entries", Map.of("kind", "setback", "text",
                            "A hard day; I pulled away.", "visibility", "private")).statusCode(201).extract()
                            .path("id");
                }
                default -> {
                }
            }
            int safe = n <= 14 ? 4 : 7;
            pair.a().put(couple + "/my-pulses/today", Map.of("safe", safe, "trusting", 5, "close", 6,
                    "shareWithPartner", true)).statusCode(n == 1 ? 201 : 201);
            if (n == 20 || n == 21) {
                pair.b().put(couple + "/my-pulses/" + today, Map.of("safe", n == 20 ? 8 : 4, "trusting", 6,
                        "close", 6, "shareWithCounselor", true)).statusCode(201);
            }
            if (n == 10) {
                at(10, "20:30:00");
                pair.b().delete(couple + "/my-pause").statusCode(200);
            }
        }

        // Hearts: days 1, 2, 5, 7, 11, 12, 13 and 15 to 21. Day 3 only A, day 4 nobody, day 6 only B (A's entry is
        // private), day 14 only A (B missed and wrote a private setback); days 8 to 10 paused and skipped.
        JsonPath summary = pair.a().get(couple + "/progress?from=2026-10-05&to=2026-10-25").statusCode(200)
                .body("today", equalTo("2026-10-25")).body("hearts.inRange", equalTo(14))
                .body("hearts.last7Days", equalTo(7)).body("hearts.last28Days", equalTo(14))
                .body("hearts.currentRun", equalTo(7)).body("hearts.longestRun", equalTo(7))
                .body("lastActivityOn", equalTo("2026-10-25")).extract().jsonPath();
        Map<String, Object> sam = participation(summary, true);
        assertEquals(16, sam.get("daysShowedUp"));
        assertEquals(1, sam.get("sessionDays"));
        assertEquals(1, sam.get("journalDays"));
        assertEquals(Map.of("due", 21, "kept", 14, "partlyKept", 0, "missed", 0, "unmarked", 7, "keptRate", 0.667f),
                sam.get("commitments"));
        Map<String, Object> alex = participation(summary, false);
        assertEquals(15, alex.get("daysShowedUp"));
        assertEquals(Map.of("due", 21, "kept", 13, "partlyKept", 0, "missed", 1, "unmarked", 7, "keptRate", 0.619f),
                alex.get("commitments"));
        // The private setback is B's alone: A counts none, B one, with a heart the next day.
        assertEquals(0, summary.getInt("setbacks"));
        pair.b().get(couple + "/progress/setbacks?from=2026-10-05&to=2026-10-25").statusCode(200)
                .body("items.entryId", contains(setback)).body("items[0].daysToNextHeart", equalTo(1));
        pair.a().get(couple + "/progress/setbacks?from=2026-10-05&to=2026-10-25").statusCode(200)
                .body("items", empty());
        assertEquals(List.of("first-heart-day", "seven-hearts-in-a-row"), summary.getList("milestones.key"));
        assertEquals(List.of("2026-10-05", "2026-10-25"), summary.getList("milestones.reachedOn"));

        // Pulse: A's own rise shows to A; B sees it because A shared; B's private check-ins never reach A.
        pair.a().get(couple + "/progress").statusCode(200).body("pulse", hasSize(1))
                .body("pulse[0].yours", equalTo(true)).body("pulse[0].direction.safe", equalTo("higher"))
                .body("pulse[0].direction.trusting", equalTo("steady"));
        pair.b().get(couple + "/progress").statusCode(200).body("pulse", hasSize(2));

        // The tracker day by day, around the pause.
        pair.a().get(couple + "/progress/heart-days?from=2026-10-11&to=2026-10-15").statusCode(200)
                .body("items.heart", contains(true, false, false, false, true))
                .body("items.paused", contains(false, true, true, true, false))
                .body("items[0].showedUp", hasSize(2));
        pair.a().get(couple + "/progress/commitment-weeks?from=2026-10-19&to=2026-10-25").statusCode(200)
                .body("items.tally.kept", contains(7, 7)).body("items.tally.due", contains(7, 7));
        pair.b().get(couple + "/progress/pulse-weeks?from=2026-10-19&to=2026-10-25").statusCode(200)
                .body("items", hasSize(2));

        // Milestones are recorded once: they keep their day even when the data behind them changes later.
        pair.a().get(couple + "/milestones").statusCode(200).body("items.key",
                contains("first-heart-day", "seven-hearts-in-a-row"));

        // The counselor with `progress` sees the couple from what it shares: hearts, activity, B's drop in safety.
        counselor.get("/v1/counselor/progress").statusCode(200).body("items", hasSize(1))
                .body("items[0].heartsLast28Days", equalTo(14)).body("items[0].lastActivityOn", equalTo("2026-10-25"))
                .body("items[0].attention", contains("safetyDrop"));
        counselor.get(couple + "/progress").statusCode(200).body("pulse", hasSize(1))
                .body("pulse[0].yours", equalTo(false));
        counselor.get(couple + "/pulses").statusCode(200).body("items", hasSize(2))
                .body("items.note", contains(nullValue(), nullValue()));
        sessionsOnly.get("/v1/counselor/progress").statusCode(200).body("items", empty());
        assertProblem(sessionsOnly.get(couple + "/progress"), 404, "not-found");
        assertProblem(Actor.user("Outsider").get(couple + "/progress"), 404, "not-found");
        assertProblem(pair.a().get(couple + "/progress?from=2025-01-01&to=2026-10-25"), 400, "invalid-parameter")
                .body("errors[0].code", equalTo("range-too-long"));

        // A fixed number of statements whatever the history: a couple of one day (with its first heart) costs what one
        // of three weeks does.
        Pair fresh = pairIn("Europe/Lisbon");
        fresh.a().post("/v1/couples/" + fresh.coupleId() + "/sessions", Map.of("exercise", "sunday-walk"))
                .statusCode(201);
        // A range asked for is always computed; the default one is computed once, then kept until something changes.
        String range = "/progress?to=" + day(21);
        // (the first read records the fresh couple's first milestones: a write, two statements more, once)
        fresh.a().get("/v1/couples/" + fresh.coupleId() + range).statusCode(200);
        long young = statements(() -> fresh.a().get("/v1/couples/" + fresh.coupleId() + range).statusCode(200));
        long old = statements(() -> pair.a().get(couple + range).statusCode(200));
        assertEquals(young, old, "progress: no statement per day or per row");
        long computed = statements(() -> fresh.a().get("/v1/couples/" + fresh.coupleId() + "/progress")
                .statusCode(200));
        assertEquals(young + 3, computed, "progress: looking for a kept summary, reading the epoch, keeping it");
        assertEquals(1, statements(() -> fresh.a().get("/v1/couples/" + fresh.coupleId() + "/progress")
                .statusCode(200)), "progress: a kept summary");
    }

    @Test
    void pulsesAreForTodayAndPrivateUntilShared() {
        at(1, "10:00:00");
        Pair pair = pairIn("Europe/Lisbon");
        String couple = "/v1/couples/" + pair.coupleId();
        pair.a().put(couple + "/my-pulses/today", Map.of("safe", 3, "trusting", 4, "close", 5, "note",
                "Hard morning.")).statusCode(201).body("sharedWithPartner", equalTo(false));
        pair.a().put(couple + "/my-pulses/" + day(1), Map.of("safe", 5, "trusting", 4, "close", 5)).statusCode(200)
                .body("safe", equalTo(5)).body("note", nullValue());
        assertProblem(pair.a().put(couple + "/my-pulses/" + day(2), Map.of("safe", 5, "trusting", 4, "close", 5)),
                409, "not-today");
        assertProblem(pair.a().put(couple + "/my-pulses/today", Map.of("safe", 11, "trusting", 0)), 422,
                "validation-failed").body("errors.field", contains("/safe", "/trusting", "/close"));
        pair.b().get(couple + "/pulses").statusCode(200).body("items", empty());
        pair.a().put(couple + "/my-pulses/today", Map.of("safe", 5, "trusting", 4, "close", 5, "note", "Shared.",
                "shareWithPartner", true)).statusCode(200);
        pair.b().get(couple + "/pulses").statusCode(200).body("items.note", contains("Shared."))
                .body("items[0].sharedWithPartner", nullValue());
        // The next day it stays as it was.
        at(2, "10:00:00");
        assertProblem(pair.a().put(couple + "/my-pulses/" + day(1), Map.of("safe", 9, "trusting", 9, "close", 9)),
                409, "not-today");
        assertProblem(Actor.user("Outsider").get(couple + "/pulses"), 404, "not-found");
    }

    @Test
    void aDayIsTheCouplesLocalDayOnBothSidesOfAClockChange() {
        // Los Angeles, the night clocks fall back (1 November 2026). 23:30 PDT on 31 October is 06:30 UTC on
        // 1 November; a session then belongs to 31 October there.
        TestClock.travelTo(Instant.parse("2026-10-31T16:00:00Z"));
        Pair pair = pairIn("America/Los_Angeles");
        String couple = "/v1/couples/" + pair.coupleId();
        TestClock.travelTo(Instant.parse("2026-11-01T06:30:00Z"));
        String session = pair.a().post(couple + "/sessions", Map.of("exercise", "sunday-walk")).statusCode(201)
                .extract().path("id");
        pair.a().put(couple + "/sessions/" + session + "/status", Map.of("status", "stopped")).statusCode(200);
        // 23:30 PST on 1 November is 07:30 UTC on the 2nd.
        TestClock.travelTo(Instant.parse("2026-11-02T07:30:00Z"));
        String second = pair.b().post(couple + "/sessions", Map.of("exercise", "sunday-walk")).statusCode(201)
                .extract().path("id");
        pair.b().put(couple + "/sessions/" + second + "/status", Map.of("status", "stopped")).statusCode(200);
        pair.a().get(couple + "/progress/heart-days?from=2026-10-31&to=2026-11-01").statusCode(200)
                .body("items.heart", contains(true, true));
        pair.a().get(couple + "/progress").statusCode(200).body("hearts.currentRun", equalTo(2))
                .body("today", equalTo("2026-11-01"));

        // Auckland, the night clocks spring forward (27 September 2026): 23:30 NZDT is 10:30 UTC the same day.
        TestClock.travelTo(Instant.parse("2026-09-26T01:00:00Z"));
        Pair kiwi = pairIn("Pacific/Auckland");
        String there = "/v1/couples/" + kiwi.coupleId();
        TestClock.travelTo(Instant.parse("2026-09-27T10:30:00Z"));
        String walk = kiwi.a().post(there + "/sessions", Map.of("exercise", "sunday-walk")).statusCode(201)
                .extract().path("id");
        kiwi.a().put(there + "/sessions/" + walk + "/status", Map.of("status", "stopped")).statusCode(200);
        kiwi.a().get(there + "/progress/heart-days?from=2026-09-26&to=2026-09-28").statusCode(200)
                .body("items.heart", contains(false, true, false));
    }

    @Test
    void everyViewOfARangeRefusesABadOneAndProgressEndsWithTheCouple() {
        Pair pair = pairIn("Europe/Lisbon");
        String couple = "/v1/couples/" + pair.coupleId();
        List<String> views = List.of("/progress", "/progress/heart-days", "/progress/commitment-weeks",
                "/progress/pulse-weeks", "/progress/setbacks");
        for (String view : views) {
            assertProblem(pair.a().get(couple + view + "?from=23-11-2026"), 400, "invalid-parameter")
                    .body("errors[0].field", equalTo("from")).body("errors[0].code", equalTo("invalid-date"));
            assertProblem(pair.a().get(couple + view + "?from=2026-11-23&to=2026-11-22"), 400, "invalid-parameter")
                    .body("errors[0].code", equalTo("empty-range"));
            assertProblem(pair.a().get(couple + view + "?from=2025-01-01&to=2026-01-02"), 400, "invalid-parameter")
                    .body("errors[0].field", equalTo("to")).body("errors[0].code", equalTo("range-too-long"));
        }
        assertProblem(pair.a().get(couple + "/pulses?to=tomorrow"), 400, "invalid-parameter")
                .body("errors[0].field", equalTo("to")).body("errors[0].code", equalTo("invalid-date"));
        pair.a().put(couple + "/my-pulses/today", Map.of("safe", 6, "trusting", 6, "close", 6)).statusCode(201);
        Actor outsider = Actor.user("Outsider");
        for (String view : List.of("/progress/heart-days", "/progress/commitment-weeks", "/progress/pulse-weeks",
                "/progress/setbacks", "/milestones")) {
            assertProblem(outsider.get(couple + view), 404, "not-found");
        }
        assertProblem(outsider.put(couple + "/my-pulses/today", Map.of("safe", 6, "trusting", 6, "close", 6)), 404,
                "not-found");
        assertProblem(Actor.counselor("Dr. Rivera").get("/v1/counselor/progress?limit=0"), 400, "invalid-parameter")
                .body("errors[0].field", equalTo("limit"));

        // Once the couple ended, its progress is no longer kept; each keeps their own check-ins.
        pair.b().delete(couple + "/my-membership").statusCode(200);
        for (String view : List.of("/progress", "/progress/heart-days", "/progress/commitment-weeks",
                "/progress/pulse-weeks", "/progress/setbacks", "/milestones")) {
            assertProblem(pair.a().get(couple + view), 409, "couple-ended");
        }
        assertProblem(pair.a().put(couple + "/my-pulses/today", Map.of("safe", 6, "trusting", 6, "close", 6)), 409,
                "couple-ended");
        pair.a().get(couple + "/pulses").statusCode(200).body("items", hasSize(1));
        pair.b().get(couple + "/pulses").statusCode(200).body("items", empty());
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> participation(JsonPath summary, boolean yours) {
        return ((List<Map<String, Object>>) (List<?>) summary.getList("partners")).stream()
                .filter(partner -> partner.get("yours").equals(yours)).findFirst().orElseThrow();
    }
}
