package app.kintsugi.journal;

import static app.kintsugi.support.ProblemAssertions.assertProblem;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;

import app.kintsugi.platform.TestClock;
import app.kintsugi.support.Couples;
import app.kintsugi.support.Couples.Actor;
import app.kintsugi.support.Couples.Pair;

@QuarkusTest
@WithTestResource(OidcWiremockTestResource.class)
class JournalTest {

    @AfterEach
    void backToNow() {
        TestClock.reset();
    }

    static String entries(Pair pair) {
        return "/v1/couples/" + pair.coupleId() + "/journal-entries";
    }

    /** Writes an entry and answers its path. */
    static String write(Pair pair, Actor author, String kind, String text, String visibility, Object... more) {
        Map<String, Object> body = new HashMap<>(Map.of("kind", kind, "text", text, "visibility", visibility));
        for (int i = 0; i < more.length; i += 2) {
            body.put((String) more[i], more[i + 1]);
        }
        return entries(pair) + "/" + author.post(entries(pair), body).statusCode(201).extract().path("id");
    }

    private static ValidatableResponse reword(Actor actor, String path, String ifMatch, Object body) {
        var request = given().auth().oauth2(actor.token()).contentType(ContentType.JSON).body(body);
        if (ifMatch != null) {
            request = request.header("If-Match", ifMatch);
        }
        return request.when().put(path).then();
    }

    @Test
    void eachVisibilityReachesExactlyWhoItShould() {
        Pair pair = Couples.pair();
        Actor counselor = Actor.counselor("Dana");
        Couples.grant(pair, counselor, List.of("sharedJournal"), List.of("sharedJournal"));
        String kept = write(pair, pair.a(), "somethingHard", "I felt alone at dinner.", "private");
        String open = write(pair, pair.a(), "appreciation", "Thank you for the walk.", "partner");
        String waiting = write(pair, pair.a(), "connection", "We laughed on the stairs.", "reveal");
        String counselled = write(pair, pair.a(), "setback", "I checked your phone again.", "partner",
                "shareWithCounselor", true);

        // The author sees all four, with their own settings.
        pair.a().get(entries(pair)).statusCode(200).body("items", hasSize(4))
                .body("items.visibility", containsInAnyOrder("private", "partner", "reveal", "partner"));
        pair.a().get(kept).statusCode(200).body("yours", equalTo(true)).body("visibleToPartnerFrom", nullValue())
                .body("editableUntil", notNullValue());

        // The partner sees only what is open to them now, without the author's settings.
        pair.b().get(entries(pair)).statusCode(200)
                .body("items.text", containsInAnyOrder("Thank you for the walk.", "I checked your phone again."))
                .body("items.visibility", contains(nullValue(), nullValue()))
                .body("items.shareWithCounselor", contains(nullValue(), nullValue()))
                .body("items.yours", contains(false, false));
        assertProblem(pair.b().get(kept), 404, "not-found");
        assertProblem(pair.b().get(waiting), 404, "not-found");
        pair.b().get(open).statusCode(200).body("authorName", equalTo("Sam")).body("editableUntil", nullValue());

        // The counselor sees only what was also shared with a counselor.
        counselor.get(entries(pair)).statusCode(200).body("items.text", contains("I checked your phone again."));
        assertProblem(counselor.get(open), 404, "not-found");
        assertProblem(counselor.get(kept), 404, "not-found");
        counselor.get(counselled).statusCode(200).body("kind", equalTo("setback"));
        pair.a().get("/v1/couples/" + pair.coupleId() + "/access-log").statusCode(200)
                .body("items.dataKind", hasItem("sharedJournal"));

        // A counselor without the scope, and an outsider, find nothing at all.
        Actor other = Actor.counselor("Lee");
        Couples.grant(pair, other, List.of("progress"), List.of("progress"));
        assertProblem(other.get(entries(pair)), 404, "not-found");
        assertProblem(Actor.user("Outsider").get(entries(pair)), 404, "not-found");
        assertProblem(Actor.user("Outsider").get(open), 404, "not-found");

        // Counts follow the same rule: B counts nothing private or unrevealed of A's.
        pair.b().get("/v1/couples/" + pair.coupleId() + "/journal-entry-counts").statusCode(200)
                .body("total", equalTo(2)).body("byKind.appreciation", equalTo(1))
                .body("byKind.somethingHard", equalTo(0)).body("byKind.connection", equalTo(0))
                .body("byPartner.yours", contains(true, false)).body("byPartner.entries", contains(0, 2));
        pair.a().get("/v1/couples/" + pair.coupleId() + "/journal-entry-counts").statusCode(200)
                .body("total", equalTo(4)).body("byPartner.entries", contains(4, 0));
        counselor.get("/v1/couples/" + pair.coupleId() + "/journal-entry-counts").statusCode(200)
                .body("total", equalTo(1));

        // Only the author chooses; the partner cannot even see the private one to try.
        assertProblem(pair.b().put(open + "/visibility", Map.of("visibility", "private")), 403, "not-author");
        assertProblem(pair.b().put(kept + "/visibility", Map.of("visibility", "partner")), 404, "not-found");
        assertProblem(pair.a().put(kept + "/visibility", Map.of("visibility", "private", "shareWithCounselor", true)),
                422, "validation-failed").body("errors[0].code", equalTo("private-entry"));
        assertProblem(pair.a().put(kept + "/visibility", Map.of()), 422, "validation-failed")
                .body("errors[0].field", equalTo("/visibility"));
        pair.a().put(kept + "/visibility", Map.of("visibility", "partner")).statusCode(200)
                .body("visibility", equalTo("partner")).body("visibleToPartnerFrom", notNullValue());
        pair.b().get(kept).statusCode(200);
        pair.a().put(open + "/visibility", Map.of("visibility", "private")).statusCode(200);
        assertProblem(pair.b().get(open), 404, "not-found");
        // Taking a counselor's sight back.
        pair.a().put(counselled + "/visibility", Map.of("visibility", "partner")).statusCode(200)
                .body("shareWithCounselor", equalTo(false));
        counselor.get(entries(pair)).statusCode(200).body("items", empty());
    }

    @Test
    void textsDaysAndKindsAreChecked() {
        Pair pair = Couples.pair();
        String path = entries(pair);
        assertProblem(pair.a().post(path, Map.of("kind", "tinyWin", "text", "   ")), 422, "validation-failed")
                .body("errors[0].field", equalTo("/text")).body("errors[0].code", equalTo("blank"));
        assertProblem(pair.a().post(path, Map.of("text", "No kind")), 422, "validation-failed")
                .body("errors[0].field", equalTo("/kind"));
        assertProblem(pair.a().post(path, Map.of("kind", "grudge", "text", "x")), 422, "validation-failed")
                .body("errors[0].field", equalTo("/kind"));
        assertProblem(pair.a().post(path, Map.of("kind", "tinyWin", "text", "a".repeat(281))), 422,
                "validation-failed").body("errors[0].code", equalTo("too-long"));
        pair.a().post(path, Map.of("kind", "tinyWin", "text", "a".repeat(280))).statusCode(201);
        // An emoji is one character though Java needs two chars for it; 280 fit, 281 do not.
        String thumbs = "\uD83D\uDC4D";
        pair.a().post(path, Map.of("kind", "tinyWin", "text", thumbs.repeat(280))).statusCode(201)
                .body("text", equalTo(thumbs.repeat(280)));
        assertProblem(pair.a().post(path, Map.of("kind", "tinyWin", "text", thumbs.repeat(281))), 422,
                "validation-failed").body("errors[0].code", equalTo("too-long"));
        // An e with a combining accent is normalized to one character, and stored that way.
        String decomposed = "e\u0301";
        pair.a().post(path, Map.of("kind", "connection", "text", decomposed.repeat(280))).statusCode(201)
                .body("text", equalTo("\u00e9".repeat(280)));
        assertProblem(pair.a().post(path, Map.of("kind", "connection", "text", decomposed.repeat(281))), 422,
                "validation-failed").body("errors[0].code", equalTo("too-long"));
        // Control characters other than line breaks are refused; two lines are fine.
        assertProblem(pair.a().post(path, Map.of("kind", "reflection", "text", "bell\u0007")), 422,
                "validation-failed").body("errors[0].code", equalTo("control-character"));
        pair.a().post(path, Map.of("kind", "reflection", "text", "One line.\nAnother.")).statusCode(201);

        // Days: not in the future, not before the couple began, in the couple's zone (Europe/Lisbon here).
        String today = java.time.LocalDate.now(java.time.ZoneId.of("Europe/Lisbon")).toString();
        pair.a().post(path, Map.of("kind", "tinyWin", "text", "Today by default.")).statusCode(201)
                .body("writtenOn", equalTo(today));
        String tomorrow = java.time.LocalDate.parse(today).plusDays(1).toString();
        assertProblem(pair.a().post(path, Map.of("kind", "tinyWin", "text", "x", "writtenOn", tomorrow)), 422,
                "validation-failed").body("errors[0].code", equalTo("in-future"));
        String lastYear = java.time.LocalDate.parse(today).minusYears(1).toString();
        assertProblem(pair.a().post(path, Map.of("kind", "tinyWin", "text", "x", "writtenOn", lastYear)), 422,
                "validation-failed").body("errors[0].code", equalTo("before-couple"));
        assertProblem(pair.a().post(path, Map.of("kind", "tinyWin", "text", "x", "writtenOn", "yesterday")), 422,
                "validation-failed").body("errors[0].field", equalTo("/writtenOn"));
        assertProblem(pair.a().post(path, Map.of("kind", "tinyWin", "text", "x", "colour", "red")), 422,
                "validation-failed").body("errors[0].code", equalTo("unknown-field"));

        // A few lines a day: the eleventh entry for one day is refused, kindly.
        Pair busy = Couples.pair();
        for (int i = 0; i < 10; i++) {
            busy.a().post(entries(busy), Map.of("kind", "tinyWin", "text", "Win " + i)).statusCode(201);
        }
        assertProblem(busy.a().post(entries(busy), Map.of("kind", "tinyWin", "text", "One more")), 409, "day-full");
        busy.b().post(entries(busy), Map.of("kind", "tinyWin", "text", "Mine count apart")).statusCode(201);

        // Outsiders find no couple.
        assertProblem(Actor.user("Outsider").post(path, Map.of("kind", "tinyWin", "text", "x")), 404, "not-found");
    }

    @Test
    void sharingDefaultsDecideTheVisibilityLeftOut() {
        Pair pair = Couples.pair();
        pair.b().put("/v1/couples/" + pair.coupleId() + "/my-sharing-defaults",
                Map.of("newItemsPrivateByDefault", true)).statusCode(200);
        pair.a().post(entries(pair), Map.of("kind", "tinyWin", "text", "Left out")).statusCode(201)
                .body("visibility", equalTo("reveal"));
        pair.b().post(entries(pair), Map.of("kind", "tinyWin", "text", "Left out")).statusCode(201)
                .body("visibility", equalTo("private")).body("shareWithCounselor", equalTo(false));
    }

    @Test
    void anEntryCanBeRewordedForADayAndNeverSilently() {
        Pair pair = Couples.pair();
        ValidatableResponse created = pair.a()
                .post(entries(pair), Map.of("kind", "appreciation", "text", "First words.", "visibility", "private"))
                .statusCode(201).header("Location", org.hamcrest.Matchers.containsString("/journal-entries/"));
        String path = entries(pair) + "/" + created.extract().path("id");
        String etag = created.extract().header("ETag");

        // While nobody else could read it, a rewording leaves no mark, but the author keeps the earlier words.
        assertProblem(reword(pair.a(), path, null, Map.of("kind", "appreciation", "text", "x")), 428,
                "precondition-required");
        etag = reword(pair.a(), path, etag, Map.of("kind", "appreciation", "text", "Second words.")).statusCode(200)
                .body("text", equalTo("Second words.")).body("editedAt", nullValue()).extract().header("ETag");
        assertProblem(reword(pair.a(), path, "\"0\"", Map.of("kind", "appreciation", "text", "x")), 412,
                "precondition-failed");

        // Once the partner could read it, a rewording is marked for everyone.
        String stale = etag;
        etag = pair.a().put(path + "/visibility", Map.of("visibility", "partner")).statusCode(200).extract()
                .header("ETag");
        assertProblem(reword(pair.a(), path, stale, Map.of("kind", "appreciation", "text", "x")), 412,
                "precondition-failed");
        pair.b().get(path).statusCode(200).body("text", equalTo("Second words.")).body("editedAt", nullValue());
        assertProblem(reword(pair.b(), path, etag, Map.of("kind", "appreciation", "text", "Hijacked")), 403,
                "not-author");
        etag = reword(pair.a(), path, etag, Map.of("kind", "tinyWin", "text", "Third words.")).statusCode(200)
                .body("editedAt", notNullValue()).extract().header("ETag");
        pair.b().get(path).statusCode(200).body("text", equalTo("Third words.")).body("kind", equalTo("tinyWin"))
                .body("editedAt", notNullValue());

        // The earlier wordings are the author's alone.
        pair.a().get(path + "/revisions").statusCode(200).body("items.text", contains("Second words.", "First words."))
                .body("items[1].kind", equalTo("appreciation"));
        assertProblem(pair.b().get(path + "/revisions"), 403, "not-author");
        assertProblem(Actor.user("Outsider").get(path + "/revisions"), 404, "not-found");
        assertProblem(pair.a().get(path + "/revisions?limit=0"), 400, "invalid-parameter")
                .body("errors[0].field", equalTo("limit"));

        // After 24 hours the words stay as they are; deleting is still the author's right.
        TestClock.travelBy(Duration.ofHours(24).plusMinutes(1));
        assertProblem(reword(pair.a(), path, etag, Map.of("kind", "tinyWin", "text", "Too late.")), 409,
                "entry-immutable");
        pair.a().get(path).statusCode(200).body("editableUntil", nullValue()).body("text", equalTo("Third words."));
        assertProblem(pair.b().delete(path), 403, "not-author");
        pair.a().delete(path).statusCode(204);
        assertProblem(pair.b().get(path), 404, "not-found");
        assertProblem(pair.a().get(path), 404, "not-found");
        pair.b().get(entries(pair)).statusCode(200).body("items", empty());
        pair.b().get("/v1/couples/" + pair.coupleId() + "/journal-entry-counts").statusCode(200)
                .body("total", equalTo(0));
    }

    @Test
    void hidingAnEntryAndSharingItAgainNeverLosesTheEditMark() {
        Pair pair = Couples.pair();
        String path = write(pair, pair.a(), "somethingHard", "I was short with you.", "partner");
        // The partner reads it, without a version: that is for the author's rewording only.
        pair.b().get(path).statusCode(200).header("ETag", nullValue());
        pair.a().put(path + "/visibility", Map.of("visibility", "private")).statusCode(200);
        String etag = pair.a().get(path).statusCode(200).header("ETag", notNullValue()).extract().header("ETag");
        reword(pair.a(), path, etag, Map.of("kind", "somethingHard", "text", "I was short with you, and unfair."))
                .statusCode(200).body("editedAt", notNullValue());
        pair.a().put(path + "/visibility", Map.of("visibility", "partner")).statusCode(200);
        pair.b().get(path).statusCode(200).body("text", equalTo("I was short with you, and unfair."))
                .body("editedAt", notNullValue());
    }

    @Test
    void aPauseHoldsBackRewordingsAndAcknowledgements() {
        Pair pair = Couples.pair();
        String couple = "/v1/couples/" + pair.coupleId();
        String seen = write(pair, pair.a(), "appreciation", "You waited up for me.", "partner");
        String mine = write(pair, pair.a(), "reflection", "Just for me.", "private");
        String theirs = write(pair, pair.b(), "tinyWin", "I said it out loud.", "partner");
        pair.a().put(couple + "/my-pause").statusCode(200);

        String etag = pair.a().get(seen).extract().header("ETag");
        assertProblem(reword(pair.a(), seen, etag, Map.of("kind", "appreciation", "text", "Changed in the pause.")),
                409, "couple-paused");
        etag = pair.a().get(mine).extract().header("ETag");
        reword(pair.a(), mine, etag, Map.of("kind", "reflection", "text", "Still just for me.")).statusCode(200);

        // B acknowledges during the pause: B sees it, A only once the pause ends.
        pair.a().put(theirs + "/acknowledgement", Map.of("reaction", "celebrate")).statusCode(200)
                .body("acknowledgement.reaction", equalTo("celebrate"));
        pair.b().get(theirs).statusCode(200).body("acknowledgement", nullValue());
        pair.a().delete(couple + "/my-pause").statusCode(200);
        pair.b().get(theirs).statusCode(200).body("acknowledgement.reaction", equalTo("celebrate"))
                .body("acknowledgement.byName", equalTo("Sam"));

        // Hiding an entry drops the acknowledgement of what the partner can no longer read.
        pair.b().put(theirs + "/visibility", Map.of("visibility", "private")).statusCode(200)
                .body("acknowledgement", nullValue());
        pair.b().put(theirs + "/visibility", Map.of("visibility", "partner")).statusCode(200)
                .body("acknowledgement", nullValue());
    }

    @Test
    void thePartnerAcknowledgesWhatTheyCanRead() {
        Pair pair = Couples.pair();
        String win = write(pair, pair.a(), "tinyWin", "I put my phone away at dinner.", "partner");
        String hidden = write(pair, pair.a(), "tinyWin", "Not yet for you.", "private");

        assertProblem(pair.a().put(win + "/acknowledgement", Map.of("reaction", "seen")), 409, "own-entry");
        assertProblem(pair.b().put(hidden + "/acknowledgement", Map.of("reaction", "seen")), 404, "not-found");
        assertProblem(pair.b().put(win + "/acknowledgement", Map.of("reaction", "applause")), 422,
                "validation-failed");
        pair.b().put(win + "/acknowledgement", Map.of("reaction", "celebrate")).statusCode(200)
                .body("acknowledgement.reaction", equalTo("celebrate")).body("acknowledgement.byName", equalTo("Alex"));
        pair.a().get(win).statusCode(200).body("acknowledgement.reaction", equalTo("celebrate"))
                .body("acknowledgement.at", notNullValue());
        // Without a body it is a plain "I saw this".
        pair.b().put(win + "/acknowledgement").statusCode(200).body("acknowledgement.reaction", equalTo("seen"));

        Actor counselor = Actor.counselor("Dana");
        Couples.grant(pair, counselor, List.of("sharedJournal"), List.of("sharedJournal"));
        pair.a().put(win + "/visibility", Map.of("visibility", "partner", "shareWithCounselor", true)).statusCode(200);
        counselor.get(win).statusCode(200).body("acknowledgement", nullValue());
        assertProblem(counselor.put(win + "/acknowledgement", Map.of()), 403, "forbidden");

        assertProblem(pair.a().delete(win + "/acknowledgement"), 409, "own-entry");
        pair.b().delete(win + "/acknowledgement").statusCode(204);
        pair.b().delete(win + "/acknowledgement").statusCode(204);
        pair.a().get(win).statusCode(200).body("acknowledgement", nullValue());
    }

    @Test
    void listsAreFilteredAndPaged() {
        Pair pair = Couples.pair();
        String today = java.time.LocalDate.now(java.time.ZoneId.of("Europe/Lisbon")).toString();
        for (int i = 0; i < 3; i++) {
            write(pair, pair.a(), "appreciation", "A" + i, "partner");
            write(pair, pair.b(), i == 0 ? "tinyWin" : "connection", "B" + i, "partner");
        }
        String path = entries(pair);
        pair.a().get(path + "?author=me").statusCode(200).body("items.text", contains("A2", "A1", "A0"));
        pair.a().get(path + "?author=partner&kind=connection").statusCode(200)
                .body("items.text", contains("B2", "B1"));
        pair.a().get(path + "?from=" + today + "&to=" + today + "&kind=tinyWin").statusCode(200)
                .body("items.text", contains("B0"));
        String cursor = pair.a().get(path + "?limit=4").statusCode(200).body("items", hasSize(4))
                .body("nextCursor", notNullValue()).extract().path("nextCursor");
        pair.a().get(path + "?limit=4&cursor=" + cursor).statusCode(200).body("items", hasSize(2))
                // The last page leaves nextCursor out: the API never sends null.
                .body("$", not(hasKey("nextCursor"))).body("items.text", not(hasItem("B2")));
        pair.a().get(path + "?limit=3").statusCode(200).body("items.text", contains("B2", "A2", "B1"));

        assertProblem(pair.a().get(path + "?kind=grudge"), 400, "invalid-parameter")
                .body("errors[0].field", equalTo("kind"));
        assertProblem(pair.a().get(path + "?author=them"), 400, "invalid-parameter");
        assertProblem(pair.a().get(path + "?from=2026-13-01"), 400, "invalid-parameter")
                .body("errors[0].code", equalTo("invalid-date"));
        assertProblem(pair.a().get(path + "?from=2026-11-02&to=2026-11-01"), 400, "invalid-parameter")
                .body("errors[0].code", equalTo("empty-range"));
        assertProblem(pair.a().get(path + "?limit=0"), 400, "invalid-parameter");
        assertProblem(pair.a().get(path + "?cursor=forged.value"), 400, "invalid-parameter");
        assertProblem(pair.a().get(path + "?order=oldest"), 400, "unknown-query-parameter");

        Actor counselor = Actor.counselor("Dana");
        Couples.grant(pair, counselor, List.of("sharedJournal"), List.of("sharedJournal"));
        assertProblem(counselor.get(path + "?author=me"), 400, "invalid-parameter")
                .body("errors[0].code", equalTo("partners-only"));
    }

    @Test
    void pausedCouplesShowNothingNewAndEndedCouplesKeepOnlyTheirOwn() {
        Pair pair = Couples.pair();
        String couple = "/v1/couples/" + pair.coupleId();
        write(pair, pair.a(), "appreciation", "Before the pause.", "partner");
        String waiting = write(pair, pair.a(), "connection", "Kept private a while.", "private");
        pair.b().put(couple + "/my-pause").statusCode(200);

        // Written or shared during the pause: held back until it ends. Writing for oneself goes on.
        String during = write(pair, pair.a(), "tinyWin", "During the pause.", "partner");
        pair.a().put(waiting + "/visibility", Map.of("visibility", "partner")).statusCode(200);
        pair.b().get(entries(pair)).statusCode(200).body("items.text", contains("Before the pause."));
        assertProblem(pair.b().get(during), 404, "not-found");
        assertProblem(pair.a().put(couple + "/journal-weeks/current/my-read-mark"), 409, "couple-paused");

        pair.b().delete(couple + "/my-pause").statusCode(200);
        pair.b().get(entries(pair)).statusCode(200).body("items", hasSize(3));

        // After the couple ends, each former partner sees only what they wrote, and may still delete it.
        String mine = write(pair, pair.b(), "reflection", "B's own words.", "partner");
        pair.a().delete(couple + "/my-membership").statusCode(200);
        pair.b().get(entries(pair)).statusCode(200).body("items.text", contains("B's own words."));
        pair.a().get(entries(pair)).statusCode(200).body("items", hasSize(3));
        assertProblem(pair.b().get(during), 404, "not-found");
        pair.b().get(couple + "/journal-entry-counts").statusCode(200).body("total", equalTo(1))
                .body("byPartner", hasSize(1));
        pair.b().get(couple + "/journal-weeks/current").statusCode(200).body("entries.text",
                contains("B's own words.")).body("participation", hasSize(1));
        assertProblem(pair.b().post(entries(pair), Map.of("kind", "tinyWin", "text", "x")), 409, "couple-ended");
        assertProblem(pair.b().put(mine + "/visibility", Map.of("visibility", "private")), 409, "couple-ended");
        pair.b().delete(mine).statusCode(204);
    }

    @Test
    void aRewordingMeetsTheSameLimitsAsAnEntry() {
        // The couple begins on a Monday evening; the next morning the author fills that day.
        TestClock.travelTo(java.time.Instant.parse("2026-11-16T21:00:00Z"));
        Pair pair = Couples.pair();
        ValidatableResponse created = pair.a().post(entries(pair), Map.of("kind", "tinyWin", "text",
                "Yesterday's win.", "visibility", "partner")).statusCode(201).body("writtenOn", equalTo("2026-11-16"));
        String path = entries(pair) + "/" + created.extract().path("id");
        String etag = created.extract().header("ETag");
        TestClock.travelTo(java.time.Instant.parse("2026-11-17T09:00:00Z"));
        for (int i = 0; i < 10; i++) {
            pair.a().post(entries(pair), Map.of("kind", "tinyWin", "text", "Win " + i)).statusCode(201)
                    .body("writtenOn", equalTo("2026-11-17"));
        }
        assertProblem(reword(pair.a(), path, etag, Map.of("kind", "tinyWin", "text", "Moved to a full day.",
                "writtenOn", "2026-11-17")), 409, "day-full");
        assertProblem(reword(pair.a(), path, etag, Map.of("kind", "tinyWin", "text", " ")), 422, "validation-failed")
                .body("errors[0].field", equalTo("/text"));
        reword(pair.a(), path, etag, Map.of("kind", "tinyWin", "text", "Yesterday's win, said better.")).statusCode(200)
                .body("writtenOn", equalTo("2026-11-16"));
        assertProblem(pair.a().get("/v1/couples/" + pair.coupleId() + "/journal-entry-counts?from=monday"), 400,
                "invalid-parameter").body("errors[0].code", equalTo("invalid-date"));
    }

    @Test
    void aFormingOrEndedCoupleChangesNothingInTheJournal() {
        Actor alone = Actor.user("Solo");
        String forming = "/v1/couples/" + Couples.create(alone);
        assertProblem(alone.put(forming + "/journal-weeks/current/my-read-mark"), 409, "couple-forming");

        Pair pair = Couples.pair();
        String couple = "/v1/couples/" + pair.coupleId();
        String mine = write(pair, pair.a(), "appreciation", "You called when you said you would.", "partner");
        String theirs = write(pair, pair.b(), "tinyWin", "I asked before borrowing the car.", "partner");
        pair.a().put(theirs + "/acknowledgement", Map.of("reaction", "celebrate")).statusCode(200);
        String etag = pair.a().get(mine).statusCode(200).extract().header("ETag");
        pair.b().delete(couple + "/my-membership").statusCode(200);

        assertProblem(reword(pair.a(), mine, etag, Map.of("kind", "appreciation", "text", "Changed after the end.")),
                409, "couple-ended");
        assertProblem(pair.a().put(theirs + "/acknowledgement", Map.of("reaction", "seen")), 409, "couple-ended");
        assertProblem(pair.a().delete(theirs + "/acknowledgement"), 409, "couple-ended");
        assertProblem(pair.a().put(couple + "/journal-weeks/current/my-read-mark"), 409, "couple-ended");
        pair.a().get(mine).statusCode(200).body("text", equalTo("You called when you said you would."));
    }
}
