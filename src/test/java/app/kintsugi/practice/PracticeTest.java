package app.kintsugi.practice;

import static app.kintsugi.support.ProblemAssertions.assertProblem;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.junit.jupiter.api.Test;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;

import app.kintsugi.support.Couples;
import app.kintsugi.support.Couples.Actor;
import app.kintsugi.support.Couples.Pair;

@QuarkusTest
@WithTestResource(OidcWiremockTestResource.class)
class PracticeTest {

    @Inject
    EntityManager entityManager;

    @Inject
    org.hibernate.SessionFactory sessionFactory;

    /** How many SQL statements one request ran. */
    private long statements(Runnable request) {
        org.hibernate.stat.Statistics statistics = sessionFactory.getStatistics();
        statistics.clear();
        request.run();
        return statistics.getPrepareStatementCount();
    }

    @Test
    void listsRunTheSameStatementsWhateverTheirLength() {
        Pair pair = Couples.pair();
        for (String slug : List.of("grounding-pause", "sunday-walk", "trust-me-jar", "cooking-together",
                "nighttime-check-in", "safe-space-check-in")) {
            status(pair.a(), sessions(pair) + "/" + open(pair, slug), "completed");
        }
        pair.a().post(runs(pair), Map.of("exercise", "sunday-walk")).statusCode(201);
        long two = statements(() -> pair.a().get(sessions(pair) + "?limit=2").statusCode(200).body("items",
                hasSize(2)));
        long six = statements(() -> pair.a().get(sessions(pair) + "?limit=6").statusCode(200).body("items",
                hasSize(6)));
        assertEquals(two, six, "sessions: no statement per row");
        long runsPage = statements(() -> pair.a().get(runs(pair)).statusCode(200));
        long browse = statements(() -> pair.a().get("/v1/exercises?limit=100").statusCode(200));
        assertTrue(runsPage <= 8 && browse <= 3, "runs " + runsPage + ", browse " + browse);
    }

    private static String runs(Pair pair) {
        return "/v1/couples/" + pair.coupleId() + "/practice-runs";
    }

    private static String sessions(Pair pair) {
        return "/v1/couples/" + pair.coupleId() + "/sessions";
    }

    private static String open(Pair pair, String exercise) {
        return pair.a().post(sessions(pair), Map.of("exercise", exercise)).statusCode(201).extract().path("id");
    }

    private static void status(Actor actor, String path, String status) {
        actor.put(path + "/status", Map.of("status", status)).statusCode(200).body("status", equalTo(status));
    }

    // --- Runs -------------------------------------------------------------------------------------------------------

    @Test
    void aRunLastsAWeekFromTodayInTheCouplesZoneAndOneIsInProgressAtATime() {
        Pair pair = Couples.pair();
        LocalDate today = LocalDate.now(ZoneId.of("Europe/Lisbon"));
        String first = pair.a().post(runs(pair), Map.of("exercise", "nighttime-check-in")).statusCode(201)
                .header("Location", org.hamcrest.Matchers.containsString("/practice-runs/"))
                .body("status", equalTo("active")).body("days", equalTo(7)).body("assigned", equalTo(false))
                .body("startsOn", equalTo(today.toString())).body("endsOn", equalTo(today.plusDays(6).toString()))
                .body("dayOfRun", equalTo(1)).body("exercise.slug", equalTo("nighttime-check-in"))
                .body("exercise.version", equalTo(1)).body("sessionsCompleted", equalTo(0)).extract().path("id");

        assertProblem(pair.b().post(runs(pair), Map.of("exercise", "sunday-walk")), 409, "run-in-progress");
        String second = pair.b().post(runs(pair), Map.of("exercise", "sunday-walk", "endCurrent", true))
                .statusCode(201).extract().path("id");
        pair.a().get(runs(pair) + "/" + first).statusCode(200).body("status", equalTo("abandoned"))
                .body("endedAt", notNullValue()).body("dayOfRun", nullValue());
        pair.a().get(runs(pair)).statusCode(200).body("items.id", contains(second, first));

        // A run whose last day has passed reads as completed and no longer blocks a new one.
        QuarkusTransaction.requiringNew().run(() -> entityManager
                .createNativeQuery("update practice_run set starts_on = starts_on - 8 where id = cast(:id as uuid)")
                .setParameter("id", second).executeUpdate());
        pair.a().get(runs(pair) + "/" + second).statusCode(200).body("status", equalTo("completed"));
        assertProblem(pair.a().put(runs(pair) + "/" + second + "/status", Map.of("status", "active")), 409,
                "illegal-transition");
        pair.a().post(runs(pair), Map.of("exercise", "grounding-pause", "days", 3,
                "startsOn", today.plusDays(2).toString())).statusCode(201).body("dayOfRun", nullValue())
                .body("endsOn", equalTo(today.plusDays(4).toString()));
    }

    @Test
    void aRunSetAsideAndPastItsLastDayIsCompletedAndExPartnersSeeOnlyTheirOwnId() {
        Pair pair = Couples.pair();
        String run = pair.a().post(runs(pair), Map.of("exercise", "sunday-walk", "days", 2)).statusCode(201)
                .extract().path("id");
        status(pair.a(), runs(pair) + "/" + run, "paused");
        QuarkusTransaction.requiringNew().run(() -> entityManager
                .createNativeQuery("update practice_run set starts_on = starts_on - 3 where id = cast(:id as uuid)")
                .setParameter("id", run).executeUpdate());
        pair.b().get(runs(pair) + "/" + run).statusCode(200).body("status", equalTo("completed"));
        pair.b().post(runs(pair), Map.of("exercise", "cooking-together")).statusCode(201);

        String session = sessions(pair) + "/" + open(pair, "safe-space-check-in");
        status(pair.a(), session, "completed");
        String bId = pair.b().get("/v1/me").extract().path("id");
        pair.a().get(session).statusCode(200).body("schedule.leadProfileId", hasItem(bId));
        pair.b().delete("/v1/couples/" + pair.coupleId() + "/my-membership").statusCode(200);
        pair.a().get(session).statusCode(200).body("schedule.leadProfileId", not(hasItem(bId)));
        pair.b().get(session).statusCode(200).body("schedule.leadProfileId", hasItem(bId));
    }

    @Test
    void badRunsAreRefusedWithTheFieldsNamed() {
        Pair pair = Couples.pair();
        LocalDate today = LocalDate.now(ZoneId.of("Europe/Lisbon"));
        assertProblem(pair.a().post(runs(pair), Map.of("exercise", "no-such-exercise")), 422, "validation-failed")
                .body("errors[0].code", equalTo("unknown-exercise"));
        assertProblem(pair.a().post(runs(pair), Map.of("exercise", "sunday-walk", "days", 31)), 422,
                "validation-failed").body("errors[0].field", equalTo("/days"));
        assertProblem(pair.a().post(runs(pair), Map.of("exercise", "sunday-walk", "startsOn",
                today.minusDays(1).toString())), 422, "validation-failed")
                .body("errors[0].field", equalTo("/startsOn"));
        assertProblem(pair.a().post(runs(pair), Map.of()), 422, "validation-failed");
        assertProblem(Actor.user("Outsider").post(runs(pair), Map.of("exercise", "sunday-walk")), 404, "not-found");
        assertProblem(Actor.user("Outsider").get(runs(pair)), 404, "not-found");
    }

    @Test
    void everyRunTransitionFollowsTheStateMachine() {
        Pair pair = Couples.pair();
        String run = runs(pair) + "/" + pair.a().post(runs(pair), Map.of("exercise", "sunday-walk")).statusCode(201)
                .extract().path("id");
        status(pair.b(), run, "paused");
        status(pair.b(), run, "paused");
        status(pair.a(), run, "active");
        status(pair.a(), run, "active");
        assertProblem(pair.a().put(run + "/status", Map.of("status", "declined")), 409, "not-assigned");
        assertProblem(pair.a().put(run + "/status", Map.of()), 422, "validation-failed");
        assertProblem(pair.a().put(run + "/status", Map.of("status", "finished")), 422, "validation-failed");
        status(pair.a(), run, "completed");
        for (String next : List.of("active", "paused", "abandoned")) {
            assertProblem(pair.b().put(run + "/status", Map.of("status", next)), 409, "illegal-transition");
        }
        String other = runs(pair) + "/" + pair.a().post(runs(pair), Map.of("exercise", "cooking-together"))
                .statusCode(201).extract().path("id");
        status(pair.b(), other, "abandoned");
        assertProblem(pair.b().put(other + "/status", Map.of("status", "completed")), 409, "illegal-transition");
        assertProblem(Actor.user("Outsider").put(other + "/status", Map.of("status", "paused")), 404, "not-found");
        assertProblem(pair.a().put(runs(pair) + "/" + UUID.randomUUID() + "/status", Map.of("status", "paused")),
                404, "not-found");
    }

    @Test
    void aCounselorWithTheScopeAssignsRunsThatPartnersMayDecline() {
        Pair pair = Couples.pair();
        Actor counselor = Actor.counselor("Dana");
        Couples.grant(pair, counselor, List.of("assignExercises", "sessions"), List.of("assignExercises", "sessions"));
        String run = runs(pair) + "/" + counselor.post(runs(pair), Map.of("exercise", "trust-me-jar"))
                .statusCode(201).body("assigned", equalTo(true)).extract().path("id");
        assertProblem(counselor.post(runs(pair), Map.of("exercise", "sunday-walk", "endCurrent", true)), 409,
                "run-in-progress");
        assertProblem(counselor.put(run + "/status", Map.of("status", "abandoned")), 403, "forbidden");
        status(pair.b(), run, "declined");
        counselor.get(run).statusCode(200).body("status", equalTo("declined"));
        pair.a().get("/v1/couples/" + pair.coupleId() + "/access-log").statusCode(200)
                .body("items.dataKind", hasItem("assignExercises"));

        Pair other = Couples.pair();
        Actor reader = Actor.counselor("Lee");
        Couples.grant(other, reader, List.of("sessions"), List.of("sessions"));
        assertProblem(reader.post(runs(other), Map.of("exercise", "trust-me-jar")), 404, "not-found");
        reader.get(runs(other)).statusCode(200);
    }

    // --- Couple status ----------------------------------------------------------------------------------------------

    @Test
    void aPausedOrFormingCoupleStartsNothingNew() {
        Pair pair = Couples.pair();
        pair.b().put("/v1/couples/" + pair.coupleId() + "/my-pause").statusCode(200);
        assertProblem(pair.a().post(runs(pair), Map.of("exercise", "sunday-walk")), 409, "couple-paused");
        assertProblem(pair.a().post(sessions(pair), Map.of("exercise", "sunday-walk")), 409, "couple-paused");
        pair.b().delete("/v1/couples/" + pair.coupleId() + "/my-pause").statusCode(200);
        open(pair, "sunday-walk");

        Actor alone = Actor.user("Alone");
        String forming = Couples.create(alone);
        assertProblem(alone.post("/v1/couples/" + forming + "/sessions", Map.of("exercise", "sunday-walk")), 409,
                "couple-forming");
        assertProblem(alone.post("/v1/couples/" + forming + "/practice-runs", Map.of("exercise", "sunday-walk")),
                409, "couple-forming");
    }

    @Test
    void whatWasSetAsideResumesOnlyOnceTheCouplesPauseEnds() {
        Pair pair = Couples.pair();
        String run = runs(pair) + "/" + pair.a().post(runs(pair), Map.of("exercise", "sunday-walk")).statusCode(201)
                .extract().path("id");
        String session = sessions(pair) + "/" + open(pair, "grounding-pause");
        status(pair.a(), run, "paused");
        status(pair.a(), session, "paused");

        pair.b().put("/v1/couples/" + pair.coupleId() + "/my-pause").statusCode(200);
        assertProblem(pair.a().put(run + "/status", Map.of("status", "active")), 409, "couple-paused");
        assertProblem(pair.a().put(session + "/status", Map.of("status", "running")), 409, "couple-paused");
        // Setting aside and finishing stay open to either partner during the pause.
        status(pair.a(), session, "stopped");
        pair.b().delete("/v1/couples/" + pair.coupleId() + "/my-pause").statusCode(200);
        status(pair.a(), run, "active");
    }

    @Test
    void sessionsOfARunOpenOnlyWhileTheRunIsUnderWay() {
        Pair pair = Couples.pair();
        LocalDate today = LocalDate.now(ZoneId.of("Europe/Lisbon"));
        String later = pair.a().post(runs(pair), Map.of("exercise", "sunday-walk", "startsOn",
                today.plusDays(2).toString())).statusCode(201).extract().path("id");
        assertProblem(pair.a().post(sessions(pair), Map.of("runId", later)), 409, "run-not-active");
        status(pair.a(), runs(pair) + "/" + later, "paused");
        assertProblem(pair.b().post(sessions(pair), Map.of("runId", later)), 409, "run-not-active");
        pair.a().get(sessions(pair)).statusCode(200).body("items", empty());
    }

    @Test
    void anEndedCoupleChangesNothingInPracticeAnyMore() {
        Pair pair = Couples.pair();
        String run = runs(pair) + "/" + pair.a().post(runs(pair), Map.of("exercise", "sunday-walk")).statusCode(201)
                .extract().path("id");
        String done = sessions(pair) + "/" + open(pair, "grounding-pause");
        status(pair.a(), done, "completed");
        String paused = sessions(pair) + "/" + open(pair, "sunday-walk");
        status(pair.a(), paused, "paused");
        String prefs = "/v1/couples/" + pair.coupleId() + "/my-practice-preferences";

        pair.a().delete("/v1/couples/" + pair.coupleId() + "/my-membership").statusCode(200);
        for (Actor former : List.of(pair.a(), pair.b())) {
            assertProblem(former.post(runs(pair), Map.of("exercise", "trust-me-jar")), 409, "couple-ended");
            assertProblem(former.put(run + "/status", Map.of("status", "completed")), 409, "couple-ended");
            assertProblem(former.post(sessions(pair), Map.of("exercise", "trust-me-jar")), 409, "couple-ended");
            assertProblem(former.put(paused + "/status", Map.of("status", "stopped")), 409, "couple-ended");
            assertProblem(former.put(done + "/my-feedback", Map.of("feltSafe", 3, "feltClose", 3, "tooMuch", false)),
                    409, "couple-ended");
            assertProblem(former.put(prefs, Map.of("touchExercises", true)), 409, "couple-ended");
        }
        // What was practised stays readable to each former partner.
        pair.b().get(done).statusCode(200).body("status", equalTo("completed"));
    }

    // --- Sessions ---------------------------------------------------------------------------------------------------

    @Test
    void aSessionAnswersWithItsTurnScheduleAndPausesMoveTheRemainingTurns() {
        Pair pair = Couples.pair();
        String runId = pair.a().post(runs(pair), Map.of("exercise", "safe-space-check-in")).statusCode(201)
                .extract().path("id");
        String path = sessions(pair) + "/" + pair.b().post(sessions(pair), Map.of("runId", runId)).statusCode(201)
                .body("status", equalTo("running")).body("runId", equalTo(runId))
                .body("schedule[0].state", equalTo("current")).body("currentTurn", equalTo(0))
                .body("schedule.findAll { it.state == 'upcoming' }", not(empty()))
                .extract().path("id");
        List<Map<String, Object>> schedule = pair.a().get(path).statusCode(200).extract().path("schedule");
        String bId = pair.b().get("/v1/me").extract().path("id");
        schedule.stream().filter(turn -> !(Boolean) turn.get("together"))
                .forEach(turn -> assertTrue(turn.get("leadProfileId") != null));
        assertEquals(bId, schedule.stream().filter(turn -> !(Boolean) turn.get("together")).findFirst().orElseThrow()
                .get("leadProfileId"), "the partner who opened leads partnerA turns by default");
        for (int i = 1; i < schedule.size(); i++) {
            assertEquals(schedule.get(i - 1).get("endsAt"), schedule.get(i).get("startsAt"), "turns follow on");
        }
        assertProblem(pair.a().post(sessions(pair), Map.of("exercise", "sunday-walk")), 409, "session-open");

        // Age the session: started 400 s ago, paused from 300 s ago to 200 s ago. The timer shows 300 s.
        Instant now = Instant.now();
        QuarkusTransaction.requiringNew().run(() -> entityManager.createNativeQuery("""
                update practice_session set started_at = :started,
                  pauses = cast(:pauses as jsonb) where id = cast(:id as uuid)""")
                .setParameter("started", now.minusSeconds(400))
                .setParameter("pauses", "[{\"pausedAt\": \"" + now.minusSeconds(300)
                        + "\", \"resumedAt\": \"" + now.minusSeconds(200) + "\"}]")
                .setParameter("id", path.substring(path.lastIndexOf('/') + 1)).executeUpdate());
        var aged = pair.a().get(path).statusCode(200).body("pausedSeconds", equalTo(100)).body("pauseCount",
                equalTo(1));
        int active = aged.extract().path("activeSeconds");
        assertTrue(active >= 299 && active <= 302, "active seconds exclude the pause: " + active);
        List<Map<String, Object>> moved = aged.extract().path("schedule");
        Instant start = Instant.parse((String) moved.get(0).get("startsAt"));
        assertEquals(now.minusSeconds(400).getEpochSecond(), start.getEpochSecond());
        int firstSeconds = (Integer) moved.get(0).get("seconds");
        Instant firstEnd = Instant.parse((String) moved.get(0).get("endsAt"));
        long expectedShift = firstSeconds > 100 ? 100 : 0; // the pause began 100 s into the timer
        assertEquals(firstSeconds + expectedShift, firstEnd.getEpochSecond() - start.getEpochSecond());

        status(pair.a(), path, "paused");
        pair.b().get(path).statusCode(200).body("projected", equalTo(true)).body("currentTurn", nullValue());
        status(pair.b(), path, "running");
        pair.a().put(path + "/status", Map.of("status", "completed", "actualTurnSeconds",
                moved.stream().map(turn -> 42).toList())).statusCode(200).body("status", equalTo("completed"))
                .body("endedAt", notNullValue()).body("schedule.actualSeconds", everyItem(equalTo(42)));
        pair.a().get(runs(pair) + "/" + runId).statusCode(200).body("sessionsCompleted", equalTo(1));
    }

    @Test
    void everySessionTransitionFollowsTheStateMachine() {
        Pair pair = Couples.pair();
        String path = sessions(pair) + "/" + open(pair, "grounding-pause");
        status(pair.b(), path, "running");
        status(pair.b(), path, "paused");
        status(pair.b(), path, "paused");
        assertProblem(pair.a().put(path + "/status", Map.of("status", "paused", "actualTurnSeconds", List.of(1))), 422,
                "validation-failed");
        assertProblem(pair.a().put(path + "/status", Map.of("status", "completed", "actualTurnSeconds",
                List.of(1, 2, 3, 4, 5, 6, 7))), 422, "validation-failed");
        assertProblem(pair.a().put(path + "/status", Map.of("status", "done")), 422, "validation-failed");
        status(pair.a(), path, "stopped");
        pair.a().get(path).body("schedule.actualSeconds", everyItem(notNullValue()));
        for (String next : List.of("running", "paused", "completed")) {
            assertProblem(pair.b().put(path + "/status", Map.of("status", next)), 409, "illegal-transition");
        }
        String second = sessions(pair) + "/" + open(pair, "grounding-pause");
        status(pair.a(), second, "completed");
        assertProblem(pair.a().put(second + "/status", Map.of("status", "stopped")), 409, "illegal-transition");
        assertProblem(Actor.user("Outsider").get(second), 404, "not-found");
        assertProblem(pair.a().get(sessions(pair) + "/not-an-id"), 404, "not-found");
        assertProblem(pair.a().post(sessions(pair), Map.of()), 422, "validation-failed");
        assertProblem(pair.a().post(sessions(pair), Map.of("exercise", "sunday-walk", "runId",
                UUID.randomUUID().toString())), 422, "validation-failed");
        assertProblem(pair.a().post(sessions(pair), Map.of("runId", UUID.randomUUID().toString())), 422,
                "validation-failed").body("errors[0].code", equalTo("unknown-run"));
        pair.a().get(sessions(pair)).statusCode(200).body("items", hasSize(2));
    }

    @Test
    void touchExercisesStartOnlyWhileBothChoseThemAndStopWhenEitherWithdraws() {
        Pair pair = Couples.pair();
        String prefs = "/v1/couples/" + pair.coupleId() + "/my-practice-preferences";
        pair.a().get(prefs).statusCode(200).body("touchExercises", equalTo(false))
                .body("touchExercisesOpen", equalTo(false));
        assertProblem(pair.a().post(sessions(pair), Map.of("exercise", "gentle-touch-practice")), 409,
                "touch-not-chosen");
        assertProblem(pair.a().post(runs(pair), Map.of("exercise", "gentle-touch-practice")), 409,
                "touch-not-chosen");
        pair.a().put(prefs, Map.of("touchExercises", true)).statusCode(200).body("touchExercises", equalTo(true))
                .body("touchExercisesOpen", equalTo(false));
        assertProblem(pair.a().post(sessions(pair), Map.of("exercise", "gentle-touch-practice")), 409,
                "touch-not-chosen");
        pair.b().get(prefs).statusCode(200).body("touchExercises", equalTo(false));
        pair.b().put(prefs, Map.of("touchExercises", true)).statusCode(200).body("touchExercisesOpen", equalTo(true));
        String path = sessions(pair) + "/" + open(pair, "gentle-touch-practice");

        pair.b().put(prefs, Map.of("touchExercises", false)).statusCode(200)
                .body("touchExercisesOpen", equalTo(false));
        pair.a().get(path).statusCode(200).body("status", equalTo("paused"));
        assertProblem(pair.a().put(path + "/status", Map.of("status", "running")), 409, "touch-not-chosen");
        status(pair.a(), path, "stopped");
        assertProblem(pair.a().put(prefs, Map.of()), 422, "validation-failed");
        assertProblem(Actor.user("Outsider").put(prefs, Map.of("touchExercises", true)), 404, "not-found");
    }

    // --- Feedback ---------------------------------------------------------------------------------------------------

    @Test
    void feedbackIsPrivateToItsAuthorUntilSharedAndItsNoteIsStoredEncrypted() {
        Pair pair = Couples.pair();
        String session = sessions(pair) + "/" + open(pair, "eye-contact-without-words");
        String mine = session + "/my-feedback";
        assertProblem(pair.a().put(mine, Map.of("feltSafe", 4, "feltClose", 3, "tooMuch", false)), 409,
                "session-not-ended");
        status(pair.a(), session, "completed");

        String secret = "I held back tears at the end " + UUID.randomUUID();
        pair.a().put(mine, Map.of("feltSafe", 4, "feltClose", 3, "tooMuch", false, "note", secret)).statusCode(201)
                .body("note", equalTo(secret)).body("yours", equalTo(true)).body("sharedWithPartner", equalTo(false));
        pair.a().put(mine, Map.of("feltSafe", 5, "feltClose", 3, "tooMuch", false, "note", secret)).statusCode(200)
                .body("feltSafe", equalTo(5));
        pair.b().get(session + "/feedback").statusCode(200).body("items", empty());
        pair.a().get(session + "/feedback").statusCode(200).body("items.note", contains(secret));

        Actor counselor = Actor.counselor("Dana");
        Couples.grant(pair, counselor, List.of("sessions"), List.of("sessions"));
        counselor.get(session + "/feedback").statusCode(200).body("items", empty());

        String theirs = "It felt calmer than last week";
        pair.b().put(mine, Map.of("feltSafe", 3, "feltClose", 4, "tooMuch", false, "note", theirs,
                "shareWithPartner", true)).statusCode(201);
        pair.a().get(session + "/feedback").statusCode(200).body("items", hasSize(2))
                .body("items.find { !it.yours }.note", equalTo(theirs));
        pair.b().get(session + "/feedback").statusCode(200).body("items", hasSize(1))
                .body("items[0].note", equalTo(theirs));
        counselor.get(session + "/feedback").statusCode(200).body("items", empty());
        pair.a().put(mine, Map.of("feltSafe", 5, "feltClose", 3, "tooMuch", false, "shareWithCounselor", true))
                .statusCode(200);
        counselor.get(session + "/feedback").statusCode(200).body("items", hasSize(1))
                .body("items[0].feltSafe", equalTo(5)).body("items[0].yours", equalTo(false));

        // Unsharing takes effect at once.
        pair.b().put(mine, Map.of("feltSafe", 3, "feltClose", 4, "tooMuch", false, "note", theirs)).statusCode(200);
        pair.a().get(session + "/feedback").statusCode(200).body("items", hasSize(1));

        byte[] stored = (byte[]) QuarkusTransaction.requiringNew().call(() -> entityManager
                .createNativeQuery("select note from session_feedback where note is not null limit 1")
                .getSingleResult());
        String raw = new String(stored, StandardCharsets.ISO_8859_1);
        assertFalse(raw.contains("tears") || raw.contains("calmer"), "notes are stored sealed");
        long plaintext = ((Number) QuarkusTransaction.requiringNew().call(() -> entityManager.createNativeQuery(
                "select count(*) from session_feedback where position(cast(:t as bytea) in note) > 0")
                .setParameter("t", "tears".getBytes(StandardCharsets.UTF_8)).getSingleResult())).longValue();
        assertEquals(0, plaintext);
    }

    @Test
    void aShareMadeWhileTheCoupleIsPausedWaitsForThePauseToEnd() {
        Pair pair = Couples.pair();
        String session = sessions(pair) + "/" + open(pair, "grounding-pause");
        status(pair.a(), session, "completed");
        pair.a().put("/v1/couples/" + pair.coupleId() + "/my-pause").statusCode(200);
        pair.a().put(session + "/my-feedback", Map.of("feltSafe", 2, "feltClose", 2, "tooMuch", true,
                "shareWithPartner", true)).statusCode(201);
        pair.b().get(session + "/feedback").statusCode(200).body("items", empty());
        pair.a().delete("/v1/couples/" + pair.coupleId() + "/my-pause").statusCode(200);
        pair.b().get(session + "/feedback").statusCode(200).body("items", hasSize(1))
                .body("items[0].sharedWithPartner", equalTo(true))
                .body("items[0]", not(org.hamcrest.Matchers.hasKey("sharedWithCounselor")));

        // Rewriting a shared note during a pause is new too: it waits as well.
        pair.b().put("/v1/couples/" + pair.coupleId() + "/my-pause").statusCode(200);
        pair.a().put(session + "/my-feedback", Map.of("feltSafe", 3, "feltClose", 3, "tooMuch", false,
                "note", "rewritten while paused", "shareWithPartner", true)).statusCode(200);
        pair.b().get(session + "/feedback").statusCode(200).body("items", empty());
        pair.b().delete("/v1/couples/" + pair.coupleId() + "/my-pause").statusCode(200);
        pair.b().get(session + "/feedback").statusCode(200).body("items[0].note", equalTo("rewritten while paused"));
    }

    @Test
    void badFeedbackIsRefused() {
        Pair pair = Couples.pair();
        String session = sessions(pair) + "/" + open(pair, "grounding-pause");
        status(pair.a(), session, "stopped");
        assertProblem(pair.a().put(session + "/my-feedback", Map.of("feltSafe", 6, "feltClose", 0)), 422,
                "validation-failed").body("errors.field",
                        org.hamcrest.Matchers.hasItems("/feltSafe", "/feltClose",
                                "/tooMuch"));
        assertProblem(pair.a().put(session + "/my-feedback", Map.of("feltSafe", 3, "feltClose", 3, "tooMuch",
                false, "note", "x".repeat(1001))), 422, "validation-failed");
        assertProblem(Actor.user("Outsider").put(session + "/my-feedback", Map.of("feltSafe", 3, "feltClose", 3,
                "tooMuch", false)), 404, "not-found");
        assertProblem(Actor.user("Outsider").get(session + "/feedback"), 404, "not-found");
    }

    // --- Recommendations --------------------------------------------------------------------------------------------

    @Test
    void recommendationsStartGentleRampWithPracticeAndEaseAfterTooMuch() {
        Pair pair = Couples.pair();
        String recommendations = "/v1/couples/" + pair.coupleId() + "/recommendations";
        List<String> first = pair.a().get(recommendations + "?limit=20").statusCode(200)
                .body("pace", equalTo("gentle")).body("paceReason", equalTo("startingOut"))
                .body("touchExercisesOpen", equalTo(false)).body("recentWindowDays", equalTo(14))
                .body("items.exercise.intensity", everyItem(equalTo("gentle")))
                .body("items.exercise.involvesTouch", everyItem(equalTo(false)))
                .body("items.reasons", everyItem(hasItem("newToYou"))).extract().path("items.exercise.slug");
        assertTrue(first.size() >= 5);
        pair.a().get(recommendations).statusCode(200).body("items", hasSize(5));

        // Three completed sessions of what was suggested: those leave the list, and the pace builds.
        for (String slug : first.subList(0, 3)) {
            status(pair.a(), sessions(pair) + "/" + open(pair, slug), "completed");
        }
        pair.a().get(recommendations + "?limit=20").statusCode(200).body("pace", equalTo("moderate"))
                .body("paceReason", equalTo("building"))
                .body("items.exercise.slug", not(hasItem(first.get(0))))
                .body("items[0].exercise.intensity", equalTo("moderate"))
                .body("items[0].reasons", contains("newToYou", "matchesPace"))
                .body("items.exercise.intensity", not(hasItem("deep")));

        // "Too much", from either partner, brings the pace back to gentle without saying whose it was.
        String last = sessions(pair) + "/" + open(pair, "eye-contact-without-words");
        status(pair.b(), last, "stopped");
        pair.b().put(last + "/my-feedback", Map.of("feltSafe", 2, "feltClose", 2, "tooMuch", true)).statusCode(201);
        pair.a().get(recommendations + "?limit=20").statusCode(200).body("pace", equalTo("gentle"))
                .body("paceReason", equalTo("easing"))
                .body("items.exercise.intensity", everyItem(equalTo("gentle")));

        // A counselor's answer does not move with a "too much" that was not shared with counselors.
        Actor assigner = Actor.counselor("Noor");
        Couples.grant(pair, assigner, List.of("assignExercises"), List.of("assignExercises"));
        assigner.get(recommendations).statusCode(200).body("paceReason", not(equalTo("easing")));

        assertProblem(pair.a().get(recommendations + "?limit=21"), 400, "invalid-parameter");
        assertProblem(Actor.user("Outsider").get(recommendations), 404, "not-found");
        Actor counselor = Actor.counselor("Dana");
        Couples.grant(pair, counselor, List.of("sessions"), List.of("sessions"));
        assertProblem(counselor.get(recommendations), 404, "not-found");
    }

    @Test
    void whatIsNotThereAndBadPagesAnswerAsDocumented() {
        Pair pair = Couples.pair();
        Actor outsider = Actor.user("Outsider");
        String prefs = "/v1/couples/" + pair.coupleId() + "/my-practice-preferences";
        assertProblem(outsider.get(prefs), 404, "not-found");
        assertProblem(outsider.post(sessions(pair), Map.of("exercise", "sunday-walk")), 404, "not-found");
        assertProblem(outsider.get(sessions(pair)), 404, "not-found");
        assertProblem(pair.a().get(runs(pair) + "/" + UUID.randomUUID()), 404, "not-found");
        assertProblem(pair.a().put(sessions(pair) + "/" + UUID.randomUUID() + "/status", Map.of("status", "paused")),
                404, "not-found");
        assertProblem(pair.a().get(runs(pair) + "?limit=0"), 400, "invalid-parameter");
        assertProblem(pair.a().get(sessions(pair) + "?limit=101"), 400, "invalid-parameter");
        String session = sessions(pair) + "/" + open(pair, "grounding-pause");
        assertProblem(pair.a().get(session + "/feedback?cursor=forged.cursor"), 400, "invalid-parameter")
                .body("errors[0].field", equalTo("cursor"));
    }
}
