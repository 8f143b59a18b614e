package app.kintsugi.journal;

import static app.kintsugi.journal.JournalTest.entries;
import static app.kintsugi.journal.JournalTest.write;
import static app.kintsugi.support.ProblemAssertions.assertProblem;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;

import app.kintsugi.platform.TestClock;
import app.kintsugi.support.Couples;
import app.kintsugi.support.Couples.Actor;
import app.kintsugi.support.Couples.Pair;

/**
 * The weekly reveal, read together, in time zones far from UTC and across daylight-saving changes. The application's
 * clock is moved to just before and just after each boundary; a reveal computed as seven times 24 hours from the week's
 * start would be an hour off in both weeks tested here.
 */
@QuarkusTest
@WithTestResource(OidcWiremockTestResource.class)
class JournalWeekTest {

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

    private static String week(Pair pair, String week) {
        return "/v1/couples/" + pair.coupleId() + "/journal-weeks/" + week;
    }

    @Test
    void losAngelesRevealsAtLocalMidnightAfterClocksFallBack() {
        // Tuesday 27 October 2026, noon in Los Angeles (PDT, UTC-7). Clocks fall back on Sunday 1 November, so the week
        // ends on Monday 2 November at 00:00 PST, 08:00 UTC; 168 hours after Monday 26 October 00:00 PDT is 07:00 UTC.
        TestClock.travelTo(Instant.parse("2026-10-27T19:00:00Z"));
        Pair pair = pairIn("America/Los_Angeles");
        String waiting = write(pair, pair.a(), "appreciation", "You listened all the way to the end.", "reveal");
        write(pair, pair.a(), "tinyWin", "I called when I said I would.", "partner");
        write(pair, pair.b(), "somethingHard", "Tuesdays are still hard for me.", "reveal");
        pair.a().get(waiting).statusCode(200).body("writtenOn", equalTo("2026-10-27"))
                .body("visibleToPartnerFrom", equalTo("2026-11-02T08:00:00Z"));

        // Nobody goes first: each sees their own and only what is open to them.
        pair.b().get(entries(pair)).statusCode(200).body("items.text",
                containsInAnyOrder("I called when I said I would.", "Tuesdays are still hard for me."));
        pair.a().get(week(pair, "current")).statusCode(200).body("week", equalTo("2026-W44"))
                .body("startsOn", equalTo("2026-10-26")).body("endsOn", equalTo("2026-11-01"))
                .body("endsAt", equalTo("2026-11-02T08:00:00Z")).body("revealed", equalTo(false))
                .body("participation.yours", contains(true, false)).body("participation.daysWritten", contains(1, 0))
                .body("participation.entries", contains(2, 0))
                .body("questions.key", contains("feltBetter", "noticedChange"));

        // Sunday 23:30 PST: an hour past the naive reveal, still the same local week.
        TestClock.travelTo(Instant.parse("2026-11-02T07:30:00Z"));
        assertProblem(pair.b().get(waiting), 404, "not-found");
        TestClock.travelTo(Instant.parse("2026-11-02T07:59:58Z"));
        assertProblem(pair.b().get(waiting), 404, "not-found");
        pair.b().get(week(pair, "2026-W44")).statusCode(200).body("revealed", equalTo(false))
                .body("entries", hasSize(2));

        // Local midnight: the week is over and both see everything both wrote.
        TestClock.travelTo(Instant.parse("2026-11-02T08:00:00Z"));
        pair.b().get(waiting).statusCode(200).body("text", equalTo("You listened all the way to the end."));
        pair.b().get(week(pair, "2026-W44")).statusCode(200).body("revealed", equalTo(true))
                .body("reviewed", equalTo(false)).body("entries", hasSize(3))
                .body("participation.daysWritten", contains(1, 1));
        pair.a().get(week(pair, "current")).statusCode(200).body("week", equalTo("2026-W45"))
                .body("entries", empty());
    }

    @Test
    void aucklandRevealsAtLocalMidnightAfterClocksSpringForward() {
        // Tuesday 22 September 2026, noon in Auckland (NZST, UTC+12). Clocks spring forward on Sunday 27 September,
        // so the week ends on Monday 28 September at 00:00 NZDT, 11:00 UTC on the 27th; the naive answer is 12:00.
        TestClock.travelTo(Instant.parse("2026-09-22T00:00:00Z"));
        Pair pair = pairIn("Pacific/Auckland");
        String waiting = write(pair, pair.b(), "connection", "Dinner on the floor like when we met.", "reveal");
        pair.b().get(waiting).statusCode(200).body("writtenOn", equalTo("2026-09-22"))
                .body("visibleToPartnerFrom", equalTo("2026-09-27T11:00:00Z"));

        TestClock.travelTo(Instant.parse("2026-09-27T10:59:58Z"));
        assertProblem(pair.a().get(waiting), 404, "not-found");

        TestClock.travelTo(Instant.parse("2026-09-27T11:00:01Z"));
        pair.a().get(waiting).statusCode(200).body("authorName", equalTo("Alex"));
        // It is Monday in Auckland now: today's entries belong to the next week and wait for its end.
        String next = write(pair, pair.b(), "tinyWin", "Monday, and we started it kindly.", "reveal");
        pair.b().get(next).statusCode(200).body("writtenOn", equalTo("2026-09-28"))
                .body("visibleToPartnerFrom", equalTo("2026-10-04T11:00:00Z"));
        assertProblem(pair.a().get(next), 404, "not-found");
        pair.a().get(week(pair, "2026-W39")).statusCode(200).body("revealed", equalTo(true))
                .body("endsAt", equalTo("2026-09-27T11:00:00Z"));
    }

    @Test
    void readingTheWeekTogetherRevealsItEarlyAndAnswersFollowTheSameRules() {
        // Wednesday 18 November 2026, noon in Lisbon.
        TestClock.travelTo(Instant.parse("2026-11-18T12:00:00Z"));
        Pair pair = pairIn("Europe/Lisbon");
        Actor counselor = Actor.counselor("Dana");
        Couples.grant(pair, counselor, List.of("sharedJournal"), List.of("sharedJournal"));
        String waiting = write(pair, pair.a(), "appreciation", "You asked how my day really was.", "reveal");
        write(pair, pair.a(), "reflection", "Mornings are gentler.", "reveal", "answers", "feltBetter");
        write(pair, pair.a(), "reflection", "Only for me, for now.", "private", "answers", "noticedChange");
        write(pair, pair.b(), "reflection", "We laugh again.", "reveal", "answers", "noticedChange",
                "shareWithCounselor", true);

        // One mark is not enough; the week is not reviewed and nothing is revealed.
        pair.a().put(week(pair, "2026-W47") + "/my-read-mark").statusCode(200).body("reviewed", equalTo(false))
                .body("revealed", equalTo(false)).body("readMarks.yours", contains(true));
        pair.a().put(week(pair, "2026-W47") + "/my-read-mark").statusCode(200).body("readMarks", hasSize(1));
        assertProblem(pair.b().get(waiting), 404, "not-found");

        // The second mark reviews the week and reveals it to both at once, days before it ends.
        pair.b().put(week(pair, "current") + "/my-read-mark").statusCode(200).body("reviewed", equalTo(true))
                .body("revealed", equalTo(true)).body("readMarks", hasSize(2))
                .body("entries.text", containsInAnyOrder("You asked how my day really was.", "Mornings are gentler.",
                        "We laugh again."))
                .body("entries.find { it.text == 'Mornings are gentler.' }.answers", equalTo("feltBetter"));
        pair.b().get(waiting).statusCode(200);
        pair.a().get(week(pair, "current")).statusCode(200).body("entries", hasSize(4))
                .body("participation.entries", contains(3, 1));

        // In a week already read together, a new reveal entry is open at once.
        String late = write(pair, pair.a(), "tinyWin", "Written after we read the week.", "reveal");
        pair.b().get(late).statusCode(200);

        // The counselor sees only the answer shared with a counselor.
        counselor.get(week(pair, "2026-W47")).statusCode(200).body("entries.text", contains("We laugh again."))
                .body("reviewed", equalTo(true));

        // Weeks that are not there.
        assertProblem(pair.a().get(week(pair, "2026-W48")), 404, "not-found");
        assertProblem(pair.a().get(week(pair, "2026-W46")), 404, "not-found");
        assertProblem(pair.a().get(week(pair, "2026-W54")), 404, "not-found");
        assertProblem(pair.a().get(week(pair, "last-week")), 404, "not-found");
        assertProblem(pair.a().put(week(pair, "2026-W48") + "/my-read-mark"), 404, "not-found");
        assertProblem(Actor.user("Outsider").get(week(pair, "current")), 404, "not-found");
        assertProblem(counselor.put(week(pair, "current") + "/my-read-mark"), 403, "forbidden");
    }

    @Test
    void aPauseHoldsBackTheRevealUntilItEnds() {
        TestClock.travelTo(Instant.parse("2026-11-18T12:00:00Z"));
        Pair pair = pairIn("Europe/Lisbon");
        String waiting = write(pair, pair.a(), "connection", "The walk by the river.", "reveal");
        pair.b().put("/v1/couples/" + pair.coupleId() + "/my-pause").statusCode(200);

        // The week ends during the pause: nothing is revealed while it lasts, and it cannot be read together.
        TestClock.travelTo(Instant.parse("2026-11-23T10:00:00Z"));
        assertProblem(pair.b().get(waiting), 404, "not-found");
        pair.b().get(week(pair, "2026-W47")).statusCode(200).body("revealed", equalTo(false))
                .body("entries", empty());
        assertProblem(pair.b().put(week(pair, "2026-W47") + "/my-read-mark"), 409, "couple-paused");
        // A partner-visible entry rewording is held too, while a private one can still change.
        pair.b().delete("/v1/couples/" + pair.coupleId() + "/my-pause").statusCode(200);
        pair.b().get(waiting).statusCode(200);
        pair.b().get(week(pair, "2026-W47")).statusCode(200).body("revealed", equalTo(true));
    }

    @Test
    void aFormingCoupleCannotReadAWeekTogether() {
        Actor a = Actor.user("Sam");
        String coupleId = Couples.create(a);
        assertProblem(a.put("/v1/couples/" + coupleId + "/journal-weeks/current/my-read-mark"), 409,
                "couple-forming");
        a.get("/v1/couples/" + coupleId + "/journal-weeks/current").statusCode(200).body("readMarks", empty());
    }
}
