package app.kintsugi.commitment;

import static app.kintsugi.support.ProblemAssertions.assertProblem;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;

import app.kintsugi.platform.TestClock;
import app.kintsugi.support.Couples;
import app.kintsugi.support.Couples.Actor;
import app.kintsugi.support.Couples.Pair;

@QuarkusTest
@WithTestResource(OidcWiremockTestResource.class)
class CommitmentTest {

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

    private static String couple(Pair pair) {
        return "/v1/couples/" + pair.coupleId();
    }

    private static String make(Pair pair, Actor who, String title, String category, Map<String, Object> recurrence,
            boolean shared) {
        return couple(pair) + "/commitments/" + who.post(couple(pair) + "/commitments", Map.of("title", title,
                "category", category, "recurrence", recurrence, "shared", shared)).statusCode(201).extract().path("id");
    }

    @Test
    void threeWeeksOfCommitmentsOnTheColourCodedCalendar() {
        // Monday 2 November 2026, morning in Lisbon.
        TestClock.travelTo(Instant.parse("2026-11-02T09:00:00Z"));
        Pair pair = pairIn("Europe/Lisbon");
        String checkIn = make(pair, pair.a(), "Ten minutes before bed", "dailyCheckIn",
                Map.of("kind", "daily", "time", "21:30", "durationMinutes", 10), true);
        String talk = make(pair, pair.b(), "Sunday walk and talk", "weeklyConversation",
                Map.of("kind", "weekly", "startsOn", "2026-11-08"), false);
        String review = make(pair, pair.a(), "Boundary review", "monthlyBoundaryReview",
                Map.of("kind", "monthly", "dayOfMonth", 15), true);

        // Three weeks: the check-in is kept most days, missed on Wednesdays, and never marked on Fridays.
        for (int day = 0; day < 21; day++) {
            String date = java.time.LocalDate.parse("2026-11-02").plusDays(day).toString();
            TestClock.travelTo(Instant.parse(date + "T22:00:00Z"));
            java.time.DayOfWeek weekday = java.time.LocalDate.parse(date).getDayOfWeek();
            if (weekday == java.time.DayOfWeek.WEDNESDAY) {
                pair.b().put(checkIn + "/occurrences/" + date + "/check",
                        Map.of("state", "missed", "adjustment", "Set an alarm for 21:20.")).statusCode(200)
                        .body("state", equalTo("missed")).body("check.markedBy.name", equalTo("Alex"));
            } else if (weekday != java.time.DayOfWeek.FRIDAY) {
                pair.a().put(checkIn + "/occurrences/" + date + "/check", Map.of("state", "kept")).statusCode(200)
                        .body("state", equalTo("kept"));
            }
            if (weekday == java.time.DayOfWeek.SUNDAY) {
                pair.b().put(talk + "/occurrences/" + date + "/check", Map.of("state", "kept")).statusCode(200);
                // Only its owner marks a partner's own commitment; the other acknowledges it.
                assertProblem(pair.a().put(talk + "/occurrences/" + date + "/check", Map.of("state", "kept")), 403,
                        "not-owner");
                pair.a().put(talk + "/occurrences/" + date + "/acknowledgement").statusCode(200)
                        .body("acknowledgement.by.name", equalTo("Sam"));
            }
        }
        pair.a().put(review + "/occurrences/2026-11-15/check", Map.of("state", "partlyKept")).statusCode(200);

        // The calendar of the three weeks: colours, owners, states; Fridays unmarked, never kept.
        JsonPath calendar = pair.b().get(couple(pair) + "/calendar?from=2026-11-02&to=2026-11-22").statusCode(200)
                .body("timeZone", equalTo("Europe/Lisbon")).extract().jsonPath();
        List<Map<String, Object>> items = calendar.getList("items");
        assertEquals(21 + 3 + 1, items.size());
        assertEquals(List.of("sage", "sky", "plum"), items.stream().map(item -> (String) item.get("colour"))
                .distinct().sorted(java.util.Comparator.comparing(colour -> List.of("sage", "sky", "plum")
                        .indexOf(colour)))
                .toList());
        Map<String, Long> states = new HashMap<>();
        items.stream().filter(item -> item.get("category").equals("dailyCheckIn"))
                .forEach(item -> states.merge((String) item.get("state"), 1L, Long::sum));
        assertEquals(Map.of("kept", 15L, "missed", 3L, "unmarked", 3L), states);
        Map<String, Object> friday = items.stream()
                .filter(item -> item.get("date").equals("2026-11-06") && item.get("category").equals("dailyCheckIn"))
                .findFirst().orElseThrow();
        assertEquals("unmarked", friday.get("state"));
        assertEquals("2026-11-06T21:30:00Z", friday.get("startsAt"));
        assertEquals("2026-11-06T21:40:00Z", friday.get("endsAt"));
        Map<String, Object> walk = items.stream().filter(item -> item.get("category").equals("weeklyConversation"))
                .findFirst().orElseThrow();
        assertEquals("Alex", ((Map<?, ?>) walk.get("owner")).get("name"));
        assertEquals("2026-11-08", walk.get("date"));

        // A counselor with the commitments scope sees the calendar, without the adjustment notes.
        Actor counselor = Actor.counselor("Dana");
        Couples.grant(pair, counselor, List.of("commitments"), List.of("commitments"));
        counselor.get(couple(pair) + "/calendar?from=2026-11-04&to=2026-11-04").statusCode(200)
                .body("items.check.state", contains("missed")).body("items[0].check.adjustment", nullValue());
        pair.a().get(couple(pair) + "/calendar?from=2026-11-04&to=2026-11-04").statusCode(200)
                .body("items[0].check.adjustment", equalTo("Set an alarm for 21:20."));
        Actor other = Actor.counselor("Lee");
        Couples.grant(pair, other, List.of("sessions"), List.of("sessions"));
        assertProblem(other.get(couple(pair) + "/calendar"), 404, "not-found");
        assertProblem(Actor.user("Outsider").get(couple(pair) + "/calendar"), 404, "not-found");
    }

    @Test
    void checkOffsAndAcknowledgementsFollowTheRules() {
        TestClock.travelTo(Instant.parse("2026-11-18T12:00:00Z"));
        Pair pair = pairIn("Europe/Lisbon");
        String promise = make(pair, pair.a(), "Phone in the drawer at dinner", "personalPromise",
                Map.of("kind", "daily"), false);
        String today = promise + "/occurrences/2026-11-18";

        assertProblem(pair.a().put(promise + "/occurrences/2026-11-19/check", Map.of("state", "kept")), 409,
                "occurrence-in-future");
        assertProblem(pair.a().put(promise + "/occurrences/2026-11-17/check", Map.of("state", "kept")), 404,
                "not-found");
        assertProblem(pair.a().put(promise + "/occurrences/not-a-day/check", Map.of("state", "kept")), 404,
                "not-found");
        assertProblem(pair.a().put(today + "/check", Map.of("state", "perfect")), 422, "validation-failed");
        assertProblem(pair.a().put(today + "/check", Map.of()), 422, "validation-failed")
                .body("errors[0].field", equalTo("/state"));
        assertProblem(pair.a().put(today + "/check", Map.of("state", "missed", "adjustment", "x".repeat(281))), 422,
                "validation-failed").body("errors[0].code", equalTo("too-long"));
        assertProblem(pair.b().put(today + "/check", Map.of("state", "kept")), 403, "not-owner");

        // The partner acknowledges only what was kept, and never their own.
        pair.a().put(today + "/check", Map.of("state", "missed")).statusCode(200);
        assertProblem(pair.b().put(today + "/acknowledgement"), 409, "not-kept");
        pair.a().put(today + "/check", Map.of("state", "kept")).statusCode(200).body("acknowledgement", nullValue());
        assertProblem(pair.a().put(today + "/acknowledgement"), 409, "own-check");
        pair.b().put(today + "/acknowledgement").statusCode(200).body("acknowledgement.by.yours", equalTo(true));
        pair.a().get(promise + "/occurrences?from=2026-11-18&to=2026-11-18").statusCode(200)
                .body("items[0].acknowledgement.by.name", equalTo("Alex"));
        // Changing the mark drops the acknowledgement of what is no longer true.
        pair.a().put(today + "/check", Map.of("state", "partlyKept")).statusCode(200)
                .body("acknowledgement", nullValue());
        pair.a().put(today + "/check", Map.of("state", "kept")).statusCode(200);
        pair.b().put(today + "/acknowledgement").statusCode(200);
        pair.b().delete(today + "/acknowledgement").statusCode(204);
        pair.a().delete(today + "/check").statusCode(204);
        pair.a().get(promise + "/occurrences?from=2026-11-18&to=2026-11-19").statusCode(200)
                .body("items.state", contains("due", "upcoming"));

        // A shared commitment: either partner marks it; the other acknowledges.
        String walk = make(pair, pair.a(), "Walk after lunch", "ritual", Map.of("kind", "daily"), true);
        pair.b().put(walk + "/occurrences/2026-11-18/check", Map.of("state", "kept")).statusCode(200);
        assertProblem(pair.b().put(walk + "/occurrences/2026-11-18/acknowledgement"), 409, "own-check");
        pair.a().put(walk + "/occurrences/2026-11-18/acknowledgement").statusCode(200);
        // A re-mark is a new statement by its marker: the acknowledgement of the old one goes, and nobody
        // acknowledges their own mark.
        pair.a().put(walk + "/occurrences/2026-11-18/check", Map.of("state", "kept")).statusCode(200)
                .body("acknowledgement", nullValue()).body("check.markedBy.yours", equalTo(true));
        assertProblem(pair.a().put(walk + "/occurrences/2026-11-18/acknowledgement"), 409, "own-check");
        pair.b().put(walk + "/occurrences/2026-11-18/acknowledgement").statusCode(200);

        // Calendar ranges are bounded.
        assertProblem(pair.a().get(couple(pair) + "/calendar?from=2026-11-01&to=2027-02-01"), 400,
                "invalid-parameter").body("errors[0].code", equalTo("range-too-long"));
        pair.a().get(couple(pair) + "/calendar?from=2026-11-01&to=2027-01-31").statusCode(200);
        assertProblem(pair.a().get(couple(pair) + "/calendar?from=2026-11-02&to=2026-11-01"), 400,
                "invalid-parameter").body("errors[0].code", equalTo("empty-range"));
        assertProblem(pair.a().get(couple(pair) + "/calendar?from=soon"), 400, "invalid-parameter");

        // Paused: nothing changes; reads go on.
        pair.b().put(couple(pair) + "/my-pause").statusCode(200);
        assertProblem(pair.a().put(today + "/check", Map.of("state", "kept")), 409, "couple-paused");
        assertProblem(pair.a().post(couple(pair) + "/commitments", Map.of("title", "x", "category", "ritual",
                "recurrence", Map.of("kind", "daily"))), 409, "couple-paused");
        pair.a().get(couple(pair) + "/calendar").statusCode(200);
        assertProblem(Actor.user("Outsider").put(today + "/check", Map.of("state", "kept")), 404, "not-found");
    }

    @Test
    void changingACadenceNeverRewritesThePast() {
        TestClock.travelTo(Instant.parse("2026-11-02T12:00:00Z"));
        Pair pair = pairIn("Europe/Lisbon");
        String daily = make(pair, pair.a(), "Morning message", "actOfRepair", Map.of("kind", "daily"), false);
        pair.a().put(daily + "/occurrences/2026-11-02/check", Map.of("state", "kept")).statusCode(200);
        TestClock.travelTo(Instant.parse("2026-11-05T12:00:00Z"));
        pair.a().put(daily + "/occurrences/2026-11-04/check", Map.of("state", "missed")).statusCode(200);

        String etag = pair.a().get(daily).statusCode(200).extract().header("ETag");
        assertProblem(given().auth().oauth2(pair.a().token()).contentType(ContentType.JSON)
                .body(Map.of("title", "x", "category", "actOfRepair", "recurrence", Map.of("kind", "daily")))
                .put(daily).then(), 428, "precondition-required");
        given().auth().oauth2(pair.a().token()).contentType(ContentType.JSON).header("If-Match", etag)
                .body(Map.of("title", "Morning message, weekdays", "category", "actOfRepair", "recurrence",
                        Map.of("kind", "weekdays", "weekdays", List.of("monday", "friday"))))
                .put(daily).then().statusCode(200).body("recurrence.kind", equalTo("weekdays"))
                .body("recurrence.weekdays", contains("monday", "friday"));
        // Before today: daily, with its marks. From today: Mondays and Fridays only.
        pair.a().get(daily + "/occurrences?from=2026-11-02&to=2026-11-13").statusCode(200)
                .body("items.date", contains("2026-11-02", "2026-11-03", "2026-11-04", "2026-11-06",
                        "2026-11-09", "2026-11-13"))
                .body("items.state", contains("kept", "unmarked", "missed", "upcoming", "upcoming", "upcoming"));

        // Completing it ends its occurrences after today; only its owner decides.
        assertProblem(pair.b().put(daily + "/status", Map.of("status", "completed")), 403, "not-owner");
        pair.a().put(daily + "/status", Map.of("status", "completed")).statusCode(200)
                .body("closedOn", equalTo("2026-11-05"));
        pair.a().get(daily + "/occurrences?from=2026-11-02&to=2026-11-13").statusCode(200)
                .body("items.date", contains("2026-11-02", "2026-11-03", "2026-11-04"));
        assertProblem(pair.a().put(daily + "/status", Map.of("status", "active")), 409, "illegal-transition");
        pair.a().get(couple(pair) + "/commitments?status=completed").statusCode(200).body("items", hasSize(1));
        assertProblem(pair.a().get(couple(pair) + "/commitments?status=paused"), 400, "invalid-parameter");
    }

    @Test
    void recurrencesAreValidated() {
        Pair pair = pairIn("Europe/Lisbon");
        String path = couple(pair) + "/commitments";
        assertProblem(pair.a().post(path, Map.of("title", " ", "category", "ritual", "recurrence",
                Map.of("kind", "daily"))), 422, "validation-failed").body("errors[0].field", equalTo("/title"));
        assertProblem(pair.a().post(path, Map.of("title", "x", "category", "ritual", "recurrence", Map.of())), 422,
                "validation-failed").body("errors.field", hasItem("/recurrence/kind"));
        assertProblem(pair.a().post(path, Map.of("title", "x", "category", "ritual", "recurrence",
                Map.of("kind", "weekdays", "weekdays", List.of("funday")))), 422, "validation-failed")
                .body("errors[0].code", equalTo("unknown-day"));
        assertProblem(pair.a().post(path, Map.of("title", "x", "category", "ritual", "recurrence",
                Map.of("kind", "weekdays"))), 422, "validation-failed").body("errors[0].code", equalTo("required"));
        assertProblem(pair.a().post(path, Map.of("title", "x", "category", "ritual", "recurrence",
                Map.of("kind", "monthly", "dayOfMonth", 32))), 422, "validation-failed")
                .body("errors[0].code", equalTo("out-of-range"));
        assertProblem(pair.a().post(path, Map.of("title", "x", "category", "ritual", "recurrence",
                Map.of("kind", "daily", "dayOfMonth", 3))), 422, "validation-failed")
                .body("errors[0].code", equalTo("not-applicable"));
        assertProblem(pair.a().post(path, Map.of("title", "x", "category", "ritual", "recurrence",
                Map.of("kind", "daily", "startsOn", "2020-01-01"))), 422, "validation-failed")
                .body("errors[0].code", equalTo("before-couple"));
        assertProblem(pair.a().post(path, Map.of("title", "x", "category", "grudge", "recurrence",
                Map.of("kind", "daily"))), 422, "validation-failed");
        assertProblem(pair.a().post(path, Map.of("title", "x", "category", "ritual", "recurrence",
                Map.of("kind", "daily", "time", "25:00"))), 422, "validation-failed");
        pair.a().get("/v1/commitment-categories").statusCode(200).body("items", hasSize(6))
                .body("items.colour", contains("sage", "sky", "plum", "gold", "coral", "slate"))
                .body("$", not(hasKey("nextCursor")));
        // A forming couple has no commitments yet.
        Actor alone = Actor.user("Solo");
        String forming = Couples.create(alone);
        assertProblem(alone.post("/v1/couples/" + forming + "/commitments", Map.of("title", "x", "category",
                "ritual", "recurrence", Map.of("kind", "daily"))), 409, "couple-forming");
    }

    @Test
    void aConversationNoteShowsTheCommitmentsItProduced() {
        Pair pair = pairIn("Europe/Lisbon");
        String existing = make(pair, pair.a(), "Ten minutes before bed", "dailyCheckIn", Map.of("kind", "daily"),
                true);
        String existingId = existing.substring(existing.lastIndexOf('/') + 1);
        String notes = couple(pair) + "/conversation-notes";
        String note = notes + "/" + pair.b().post(notes, Map.of("summary", "We talked about evenings.",
                "commitments", List.of(Map.of("title", "Phone in the drawer at dinner", "category",
                        "personalPromise", "recurrence", Map.of("kind", "daily"))),
                "linkCommitments", List.of(existingId))).statusCode(201)
                .body("commitments.title", containsInAnyOrder("Ten minutes before bed",
                        "Phone in the drawer at dinner"))
                .body("author.name", equalTo("Alex")).extract().path("id");
        String noteId = note.substring(note.lastIndexOf('/') + 1);
        pair.a().get(existing).statusCode(200).body("conversationNoteId", equalTo(noteId));
        pair.a().get(note).statusCode(200).body("summary", equalTo("We talked about evenings."))
                .body("commitments", hasSize(2));
        pair.a().get(notes).statusCode(200).body("items", hasSize(1));
        // A commitment belongs to one note; a note's new commitments are validated like any other.
        assertProblem(pair.a().post(notes, Map.of("summary", "Again.", "linkCommitments", List.of(existingId))), 422,
                "validation-failed").body("errors[0].code", equalTo("unknown-commitment"));
        assertProblem(pair.a().post(notes, Map.of("summary", "x", "commitments", List.of(Map.of("title", "",
                "category", "ritual", "recurrence", Map.of("kind", "daily"))))), 422, "validation-failed")
                .body("errors[0].field", equalTo("/commitments/0/title"));
        assertProblem(pair.a().post(notes, Map.of("summary", " ")), 422, "validation-failed");
        Actor counselor = Actor.counselor("Dana");
        Couples.grant(pair, counselor, List.of("commitments"), List.of("commitments"));
        assertProblem(counselor.get(notes), 403, "forbidden");
        assertProblem(pair.a().delete(note), 403, "not-author");
        pair.b().delete(note).statusCode(204);
        pair.a().get(existing).statusCode(200).body("conversationNoteId", nullValue());
    }

    @Test
    void aCalendarAppReadsTheFeedThroughASecretAddress() {
        // Los Angeles, the week clocks fall back: a timed check-in keeps its local time, in UTC it moves an hour.
        TestClock.travelTo(Instant.parse("2026-10-28T17:00:00Z"));
        Pair pair = pairIn("America/Los_Angeles");
        make(pair, pair.a(), "Check-in, kitchen table", "dailyCheckIn",
                Map.of("kind", "daily", "time", "21:30", "durationMinutes", 15), true);
        make(pair, pair.b(), "Alex's own promise", "personalPromise", Map.of("kind", "daily"), false);
        String feed = couple(pair) + "/my-calendar-feed";
        pair.a().get(feed).statusCode(200).body("active", equalTo(false));

        String url = pair.a().post(feed + "/secrets").statusCode(201).body("active", equalTo(true))
                .body("showTitles", equalTo(false)).extract().path("url");
        assertTrue(url.contains("/v1/calendar-feeds/"), url);
        String path = url.substring(url.indexOf("/v1/"));
        pair.a().get(feed).statusCode(200).body("url", nullValue()).body("active", equalTo(true));

        // No token: the secret is the key. Neutral text unless the partner chooses titles.
        String ics = given().when().get(path).then().statusCode(200)
                .contentType(org.hamcrest.Matchers.startsWith("text/calendar")).extract().asString();
        List<Map<String, String>> events = parse(ics);
        assertFalse(ics.contains("kitchen"), "titles stay out of a neutral feed");
        assertFalse(ics.contains("Alex's own promise"), "the partner's own commitments stay out of this feed");
        assertTrue(events.stream().allMatch(event -> event.get("SUMMARY").equals("Reminder")));
        Map<String, String> beforeChange = events.stream()
                .filter(event -> event.get("UID").endsWith("-2026-10-31@kintsugi")).findFirst().orElseThrow();
        assertEquals("20261101T043000Z", beforeChange.get("DTSTART"));
        assertEquals("20261101T044500Z", beforeChange.get("DTEND"));
        Map<String, String> afterChange = events.stream()
                .filter(event -> event.get("UID").endsWith("-2026-11-01@kintsugi")).findFirst().orElseThrow();
        assertEquals("20261102T053000Z", afterChange.get("DTSTART"));

        pair.a().put(feed, Map.of("showTitles", true)).statusCode(200).body("showTitles", equalTo(true));
        assertProblem(pair.a().put(feed, Map.of()), 422, "validation-failed");
        assertTrue(given().get(path).then().statusCode(200).extract().asString()
                .contains("SUMMARY:Check-in\\, kitchen table"));

        // A new address replaces the old; revoking stops it; the partner's feed is their own.
        String next = pair.a().post(feed + "/secrets").statusCode(201).extract().path("url");
        assertProblem(given().when().get(path).then(), 404, "not-found");
        String nextPath = next.substring(next.indexOf("/v1/"));
        given().when().get(nextPath).then().statusCode(200);
        String theirs = pair.b().post(feed + "/secrets").statusCode(201).extract().path("url");
        assertTrue(given().get(theirs.substring(theirs.indexOf("/v1/"))).then().statusCode(200).extract().asString()
                .contains("Reminder"));
        pair.a().delete(feed).statusCode(204);
        assertProblem(given().when().get(nextPath).then(), 404, "not-found");
        assertProblem(given().when().get("/v1/calendar-feeds/forged").then(), 404, "not-found");
        pair.a().get(feed).statusCode(200).body("active", equalTo(false)).body("showTitles", equalTo(true));
    }

    @Test
    void everyChangeWaitsOutAPauseAndStopsForGoodWhenTheCoupleEnds() {
        TestClock.travelTo(Instant.parse("2026-11-18T12:00:00Z"));
        Pair pair = pairIn("Europe/Lisbon");
        String promise = make(pair, pair.a(), "Phone in the drawer at dinner", "personalPromise",
                Map.of("kind", "daily"), false);
        String today = promise + "/occurrences/2026-11-18";
        pair.a().put(today + "/check", Map.of("state", "kept")).statusCode(200);
        pair.b().put(today + "/acknowledgement").statusCode(200);
        String etag = pair.a().get(promise).statusCode(200).extract().header("ETag");
        Map<String, Object> edit = Map.of("title", "Phone in the hall at dinner", "category", "personalPromise",
                "recurrence", Map.of("kind", "daily"));
        String notes = couple(pair) + "/conversation-notes";
        Map<String, Object> note = Map.of("summary", "We talked about dinner.");
        String feed = couple(pair) + "/my-calendar-feed";

        // Paused: nothing about commitments changes, whoever paused; reads go on.
        pair.b().put(couple(pair) + "/my-pause").statusCode(200);
        assertProblem(ifMatch(pair.a(), etag).body(edit).put(promise).then(), 409, "couple-paused");
        assertProblem(pair.a().put(promise + "/status", Map.of("status", "completed")), 409, "couple-paused");
        assertProblem(pair.a().delete(today + "/check"), 409, "couple-paused");
        assertProblem(pair.b().put(today + "/acknowledgement"), 409, "couple-paused");
        assertProblem(pair.b().delete(today + "/acknowledgement"), 409, "couple-paused");
        assertProblem(pair.a().post(notes, note), 409, "couple-paused");
        pair.a().get(promise + "/occurrences?from=2026-11-18&to=2026-11-18").statusCode(200)
                .body("items[0].acknowledgement.by.name", equalTo("Alex"));
        pair.b().delete(couple(pair) + "/my-pause").statusCode(200);

        // Ended: every change answers couple-ended, for both former partners.
        pair.b().delete(couple(pair) + "/my-membership").statusCode(200);
        for (Actor former : List.of(pair.a(), pair.b())) {
            assertProblem(former.post(couple(pair) + "/commitments", edit), 409, "couple-ended");
            assertProblem(ifMatch(former, etag).body(edit).put(promise).then(), 409, "couple-ended");
            assertProblem(former.put(promise + "/status", Map.of("status", "completed")), 409, "couple-ended");
            assertProblem(former.put(today + "/check", Map.of("state", "missed")), 409, "couple-ended");
            assertProblem(former.delete(today + "/check"), 409, "couple-ended");
            assertProblem(former.put(today + "/acknowledgement"), 409, "couple-ended");
            assertProblem(former.delete(today + "/acknowledgement"), 409, "couple-ended");
            assertProblem(former.post(notes, note), 409, "couple-ended");
            assertProblem(former.put(feed, Map.of("showTitles", true)), 409, "couple-ended");
            assertProblem(former.post(feed + "/secrets"), 409, "couple-ended");
        }
        // What was kept stays kept, for the owner to read.
        pair.a().get(promise + "/occurrences?from=2026-11-18&to=2026-11-18").statusCode(200)
                .body("items[0].state", equalTo("kept"));
    }

    @Test
    void eachChangeIsRefusedForItsOwnReasons() {
        TestClock.travelTo(Instant.parse("2026-11-18T12:00:00Z"));
        Pair pair = pairIn("Europe/Lisbon");
        String promise = make(pair, pair.a(), "Phone in the drawer at dinner", "personalPromise",
                Map.of("kind", "daily"), false);
        String today = promise + "/occurrences/2026-11-18";
        String etag = pair.a().get(promise).statusCode(200).extract().header("ETag");
        Map<String, Object> edit = Map.of("title", "Phone in the hall at dinner", "category", "personalPromise",
                "recurrence", Map.of("kind", "daily"));

        // Only its owner changes, completes or unmarks a partner's own commitment.
        assertProblem(ifMatch(pair.b(), etag).body(edit).put(promise).then(), 403, "not-owner");
        pair.a().put(today + "/check", Map.of("state", "kept")).statusCode(200);
        assertProblem(pair.b().delete(today + "/check"), 403, "not-owner");
        // A stale version, a bad body, a missing status.
        String stale = etag;
        etag = ifMatch(pair.a(), etag).body(edit).put(promise).then().statusCode(200)
                .body("title", equalTo("Phone in the hall at dinner")).extract().header("ETag");
        assertProblem(ifMatch(pair.a(), stale).body(edit).put(promise).then(), 412, "precondition-failed");
        assertProblem(ifMatch(pair.a(), etag).body(Map.of("title", " ", "category", "personalPromise", "recurrence",
                Map.of("kind", "daily"))).put(promise).then(), 422, "validation-failed")
                .body("errors[0].field", equalTo("/title"));
        assertProblem(pair.a().put(promise + "/status", Map.of()), 422, "validation-failed")
                .body("errors[0].field", equalTo("/status"));
        assertProblem(pair.a().get(promise + "/occurrences?from=soon"), 400, "invalid-parameter")
                .body("errors[0].field", equalTo("from"));

        // Withdrawing follows the rules of acknowledging: only the other partner, only a kept occurrence.
        assertProblem(pair.a().delete(today + "/acknowledgement"), 409, "own-check");
        pair.a().put(today + "/check", Map.of("state", "missed")).statusCode(200);
        assertProblem(pair.b().delete(today + "/acknowledgement"), 409, "not-kept");

        // A conversation note needs both partners, and counts against the couple's 40 active commitments.
        Actor alone = Actor.user("Solo");
        String forming = Couples.create(alone);
        assertProblem(alone.post("/v1/couples/" + forming + "/conversation-notes", Map.of("summary", "Alone.")),
                409, "couple-forming");
        for (int i = 1; i < CommitmentService.MAX_ACTIVE; i++) {
            make(pair, pair.b(), "Small promise " + i, "actOfRepair", Map.of("kind", "once"), false);
        }
        assertProblem(pair.a().post(couple(pair) + "/commitments", Map.of("title", "One more", "category", "ritual",
                "recurrence", Map.of("kind", "daily"))), 409, "too-many-commitments");
        assertProblem(pair.a().post(couple(pair) + "/conversation-notes", Map.of("summary", "We agreed on more.",
                "commitments", List.of(Map.of("title", "One more", "category", "ritual", "recurrence",
                        Map.of("kind", "daily"))))),
                409, "too-many-commitments");
        // Completing one makes room again.
        pair.a().put(promise + "/status", Map.of("status", "completed")).statusCode(200);
        make(pair, pair.a(), "One more", "ritual", Map.of("kind", "daily"), true);
    }

    private static io.restassured.specification.RequestSpecification ifMatch(Actor actor, String etag) {
        return given().auth().oauth2(actor.token()).contentType(ContentType.JSON).header("If-Match", etag);
    }

    /** Reads an iCalendar document back: unfolds lines, checks its frame, answers each event's properties. */
    private static List<Map<String, String>> parse(String ics) {
        assertTrue(ics.endsWith("\r\n"), "CRLF line ends");
        List<String> lines = new ArrayList<>();
        for (String raw : ics.split("\r\n")) {
            assertTrue(raw.getBytes(java.nio.charset.StandardCharsets.UTF_8).length <= 75, "folded at 75 octets");
            if (raw.startsWith(" ")) {
                lines.set(lines.size() - 1, lines.get(lines.size() - 1) + raw.substring(1));
            } else {
                lines.add(raw);
            }
        }
        assertEquals("BEGIN:VCALENDAR", lines.get(0));
        assertEquals("END:VCALENDAR", lines.get(lines.size() - 1));
        assertTrue(lines.contains("VERSION:2.0"));
        assertTrue(lines.stream().anyMatch(line -> line.startsWith("PRODID:")));
        List<Map<String, String>> events = new ArrayList<>();
        Map<String, String> event = null;
        for (String line : lines) {
            if (line.equals("BEGIN:VEVENT")) {
                assertEquals(null, event, "events do not nest");
                event = new HashMap<>();
            } else if (line.equals("END:VEVENT")) {
                for (String required : List.of("UID", "DTSTAMP", "DTSTART", "SUMMARY")) {
                    assertTrue(event.containsKey(required), required + " in every event");
                }
                events.add(event);
                event = null;
            } else if (event != null) {
                int colon = line.indexOf(':');
                String name = line.substring(0, colon);
                event.put(name.contains(";") ? name.substring(0, name.indexOf(';')) : name,
                        line.substring(colon + 1));
            }
        }
        assertFalse(events.isEmpty());
        assertEquals(events.size(), events.stream().map(e -> e.get("UID")).distinct().count(), "unique UIDs");
        return events;
    }
}
