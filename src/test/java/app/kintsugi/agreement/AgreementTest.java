package app.kintsugi.agreement;

import static app.kintsugi.support.ProblemAssertions.assertProblem;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
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
import io.restassured.response.ValidatableResponse;

import app.kintsugi.platform.TestClock;
import app.kintsugi.support.Couples;
import app.kintsugi.support.Couples.Actor;
import app.kintsugi.support.Couples.Pair;

@QuarkusTest
@WithTestResource(OidcWiremockTestResource.class)
class AgreementTest {

    private static final ZoneId LISBON = ZoneId.of("Europe/Lisbon");
    private static final String DINNER = "Phones stay in the hall during dinner.";
    private static final String EVENINGS = "Phones stay in the hall from dinner until we sleep.";

    @Inject
    EntityManager em;

    @AfterEach
    void backToNow() {
        TestClock.reset();
    }

    private static String agreements(Pair pair) {
        return "/v1/couples/" + pair.coupleId() + "/agreements";
    }

    private static Map<String, Object> agreement(String topic, String title, String terms, Object... more) {
        Map<String, Object> body = new HashMap<>(Map.of("topic", topic, "title", title, "terms", terms));
        for (int i = 0; i < more.length; i += 2) {
            body.put((String) more[i], more[i + 1]);
        }
        return body;
    }

    /** Proposes an agreement and answers its path. */
    private static String propose(Pair pair, Actor proposer, String topic, String title, String terms,
            Object... more) {
        return agreements(pair) + "/" + proposer.post(agreements(pair), agreement(topic, title, terms, more))
                .statusCode(201).extract().path("id");
    }

    /** Raises a concern and answers its path. */
    private static String raise(Actor actor, String agreement, String text) {
        return agreement + "/concerns/" + actor.post(agreement + "/concerns", Map.of("text", text)).statusCode(201)
                .extract().path("id");
    }

    private static ValidatableResponse withIfMatch(Actor actor, String ifMatch, String method, String path,
            Object body) {
        return given().auth().oauth2(actor.token()).header("If-Match", ifMatch).contentType(ContentType.JSON)
                .body(body).when().request(method, path).then();
    }

    /** Today in the couple's zone, by the application's clock as the tests move it. */
    private static LocalDate today(Duration travelled) {
        return LocalDate.ofInstant(Instant.now().plus(travelled), LISBON);
    }

    /** A conversation note of the couple's, written through the API as a partner would. */
    private UUID conversationNote(Pair pair, Actor author) {
        String notes = "/v1/couples/" + pair.coupleId() + "/conversation-notes";
        return UUID.fromString(author.post(notes, Map.of("summary",
                "We talked it through and agreed to check in on Sundays.")).statusCode(201).extract().path("id"));
    }

    @Test
    void anAgreementTakesEffectOnlyOnceBothPartnersAcceptedIt() {
        Pair pair = Couples.pair();
        ValidatableResponse created = pair.a()
                .post(agreements(pair), agreement("devicesAndMessages", " Phones at the table ", DINNER))
                .statusCode(201).header("Location", containsString("/agreements/")).header("ETag", notNullValue())
                .body("topic", equalTo("devicesAndMessages"))
                .body("status", equalTo("proposed"))
                .body("title", equalTo("Phones at the table"))
                .body("inForce", nullValue())
                .body("pending.number", equalTo(1))
                .body("pending.origin", equalTo("proposal"))
                .body("pending.status", equalTo("pending"))
                .body("pending.terms", equalTo(DINNER))
                .body("pending.reviewEveryMonths", equalTo(1))
                .body("pending.proposedByName", equalTo("Sam"))
                .body("pending.proposedByYou", equalTo(true))
                .body("pending.acceptedByYou", equalTo(true))
                .body("pending.acceptances.name", contains("Sam"))
                .body("reviewOn", nullValue())
                .body("reviewDue", equalTo(false))
                .body("openConcerns", equalTo(0));
        String path = agreements(pair) + "/" + created.extract().path("id");

        // Proposing counts as the proposer's acceptance, and one partner alone never puts an agreement in force.
        pair.a().put(path + "/versions/1/my-acceptance").statusCode(200).body("status", equalTo("proposed"))
                .body("pending.acceptances", hasSize(1));
        pair.b().get(path).statusCode(200).body("status", equalTo("proposed"))
                .body("pending.proposedByYou", equalTo(false)).body("pending.acceptedByYou", equalTo(false));
        pair.b().get(agreements(pair)).statusCode(200).body("items.status", contains("proposed"));

        // The partner's acceptance makes it take effect, with a review a month on in the couple's zone.
        pair.b().put(path + "/versions/1/my-acceptance").statusCode(200)
                .header("ETag", notNullValue())
                .body("status", equalTo("inForce"))
                .body("pending", nullValue())
                .body("inForce.number", equalTo(1))
                .body("inForce.status", equalTo("inForce"))
                .body("inForce.inForceFrom", notNullValue())
                .body("inForce.acceptances.name", contains("Sam", "Alex"))
                .body("inForce.acceptances.yours", contains(false, true))
                .body("reviewOn", equalTo(today(Duration.ZERO).plusMonths(1).toString()))
                .body("reviewDue", equalTo(false));

        // Accepting again changes nothing, not even the version.
        String etag = pair.a().get(path).statusCode(200).header("ETag", notNullValue()).extract().header("ETag");
        pair.b().put(path + "/versions/1/my-acceptance").statusCode(200).header("ETag", equalTo(etag));
        pair.a().put(path + "/versions/1/my-acceptance").statusCode(200).header("ETag", equalTo(etag));
        pair.a().get(path + "/versions/1").statusCode(200).body("status", equalTo("inForce"))
                .body("acceptances", hasSize(2));
    }

    @Test
    void revisionsAndReopeningsKeepTheLastAcceptedVersionInForce() {
        Pair pair = Couples.pair();
        String path = propose(pair, pair.a(), "devicesAndMessages", "Phones at the table", DINNER);
        pair.b().put(path + "/versions/1/my-acceptance").statusCode(200).body("status", equalTo("inForce"));

        // B proposes a revision: the agreement is under review, and version 1 still counts.
        String stale = pair.b().get(path).extract().header("ETag");
        pair.b().post(path + "/versions", Map.of("terms", "Phones stay in the hall during dinner and the hour "
                + "before bed.")).statusCode(201)
                .header("Location", endsWith("/versions/2"))
                .body("number", equalTo(2)).body("status", equalTo("pending")).body("origin", equalTo("proposal"))
                .body("title", equalTo("Phones at the table")).body("reviewEveryMonths", equalTo(1))
                .body("acceptedByYou", equalTo(true)).body("proposedByName", equalTo("Alex"));
        pair.a().get(path).statusCode(200).body("status", equalTo("underReview"))
                .body("inForce.number", equalTo(1)).body("inForce.terms", equalTo(DINNER))
                .body("pending.number", equalTo(2)).body("pending.acceptedByYou", equalTo(false));
        assertProblem(withIfMatch(pair.a(), stale, "POST", path + "/versions", Map.of("terms", EVENINGS)), 412,
                "precondition-failed");

        // A answers with other terms: B's proposal is set aside and can no longer be accepted.
        String current = pair.a().get(path).extract().header("ETag");
        withIfMatch(pair.a(), current, "POST", path + "/versions", Map.of("title", "Evenings without phones",
                "terms", EVENINGS, "reviewEveryMonths", 2)).statusCode(201).body("number", equalTo(3));
        assertProblem(pair.a().put(path + "/versions/2/my-acceptance"), 409, "version-not-pending");
        pair.b().put(path + "/versions/3/my-acceptance").statusCode(200)
                .body("status", equalTo("inForce"))
                .body("title", equalTo("Evenings without phones"))
                .body("inForce.number", equalTo(3))
                .body("inForce.terms", equalTo(EVENINGS))
                .body("reviewOn", equalTo(today(Duration.ZERO).plusMonths(2).toString()));
        pair.a().get(path + "/versions").statusCode(200).body("items.number", contains(3, 2, 1))
                .body("items.status", contains("inForce", "superseded", "replaced"));
        assertProblem(pair.b().put(path + "/versions/1/my-acceptance"), 409, "version-not-pending");

        // Reopening puts the terms in force back on the table, unchanged; it is not an acceptance.
        String etag = pair.a().get(path).extract().header("ETag");
        assertProblem(withIfMatch(pair.b(), "\"0\"", "PUT", path + "/status", Map.of("status", "underReview")),
                412, "precondition-failed");
        String reopened = withIfMatch(pair.b(), etag, "PUT", path + "/status", Map.of("status", "underReview"))
                .statusCode(200)
                .header("ETag", not(equalTo(etag)))
                .body("status", equalTo("underReview"))
                .body("inForce.number", equalTo(3))
                .body("pending.number", equalTo(4))
                .body("pending.origin", equalTo("reopening"))
                .body("pending.title", equalTo("Evenings without phones"))
                .body("pending.terms", equalTo(EVENINGS))
                .body("pending.reviewEveryMonths", equalTo(2))
                .body("pending.proposedByYou", equalTo(true))
                .body("pending.acceptances", empty())
                .body("pending.acceptedByYou", equalTo(false))
                .extract().header("ETag");
        // It is open already: reopening again changes nothing. No other status can be set.
        pair.a().put(path + "/status", Map.of("status", "underReview")).statusCode(200)
                .header("ETag", equalTo(reopened)).body("pending.number", equalTo(4));
        assertProblem(pair.a().put(path + "/status", Map.of("status", "inForce")), 409, "illegal-transition");
        assertProblem(pair.a().put(path + "/status", Map.of("status", "proposed")), 409, "illegal-transition");
        assertProblem(pair.a().put(path + "/status", Map.of()), 422, "validation-failed")
                .body("errors[0].field", equalTo("/status")).body("errors[0].code", equalTo("required"));
        assertProblem(pair.a().put(path + "/status", Map.of("status", "cancelled")), 422, "validation-failed")
                .body("errors[0].field", equalTo("/status"));

        // Both accept the reopened terms again; until then version 3 stays in force.
        pair.b().put(path + "/versions/4/my-acceptance").statusCode(200).body("status", equalTo("underReview"))
                .body("inForce.number", equalTo(3)).body("pending.acceptances.name", contains("Alex"));
        pair.a().put(path + "/versions/4/my-acceptance").statusCode(200).body("status", equalTo("inForce"))
                .body("inForce.number", equalTo(4)).body("inForce.origin", equalTo("reopening"))
                .body("inForce.terms", equalTo(EVENINGS)).body("pending", nullValue());

        // The history is paged, newest first.
        String cursor = pair.a().get(path + "/versions?limit=2").statusCode(200).body("items.number", contains(4, 3))
                .body("nextCursor", notNullValue()).extract().path("nextCursor");
        pair.a().get(path + "/versions?limit=2&cursor=" + cursor).statusCode(200)
                .body("items.number", contains(2, 1)).body("items.status", contains("superseded", "replaced"))
                .body("nextCursor", nullValue());
        assertProblem(pair.a().get(path + "/versions?cursor=" + cursor.substring(1)), 400, "invalid-parameter");
        assertProblem(pair.a().get(path + "/versions?limit=101"), 400, "invalid-parameter");
    }

    @Test
    void reviewDaysComeDueAndTheCoupleSeesWhich() {
        Pair pair = Couples.pair();
        String monthly = propose(pair, pair.a(), "devicesAndMessages", "Phones at the table", DINNER);
        pair.b().put(monthly + "/versions/1/my-acceptance").statusCode(200);
        String quarterly = propose(pair, pair.a(), "socialMedia", "Our accounts",
                "We each keep our own accounts and tell each other about new ones.", "reviewEveryMonths", 3);
        pair.b().put(quarterly + "/versions/1/my-acceptance").statusCode(200)
                .body("reviewOn", equalTo(today(Duration.ZERO).plusMonths(3).toString()));
        propose(pair, pair.b(), "physicalPace", "A slow pace", "We hold hands on walks; more when both of us say so.");

        pair.a().get(agreements(pair) + "?due=true").statusCode(200).body("items", empty());
        pair.a().get(agreements(pair)).statusCode(200).body("items", hasSize(3))
                .body("items.reviewDue", contains(false, false, false));

        // A month and a bit later the monthly one is due; the quarterly one and the proposal are not.
        Duration later = Duration.ofDays(32);
        TestClock.travelBy(later);
        pair.a().get(agreements(pair) + "?due=true").statusCode(200)
                .body("items.title", contains("Phones at the table"))
                .body("items[0].reviewDue", equalTo(true));
        pair.b().get(agreements(pair) + "?due=false").statusCode(200)
                .body("items.title", contains("A slow pace", "Our accounts"));
        pair.b().get(monthly).statusCode(200).body("reviewDue", equalTo(true));

        // Reviewing it: reopened, it stays due until both accepted it again; then the next review is a month on.
        pair.a().put(monthly + "/status", Map.of("status", "underReview")).statusCode(200)
                .body("status", equalTo("underReview")).body("reviewDue", equalTo(true));
        pair.a().put(monthly + "/versions/2/my-acceptance").statusCode(200).body("reviewDue", equalTo(true));
        pair.b().put(monthly + "/versions/2/my-acceptance").statusCode(200).body("status", equalTo("inForce"))
                .body("reviewDue", equalTo(false)).body("reviewOn", equalTo(today(later).plusMonths(1).toString()));
        pair.a().get(agreements(pair) + "?due=true").statusCode(200).body("items", empty());

        // The other filters.
        pair.a().get(agreements(pair) + "?status=proposed").statusCode(200).body("items.title",
                contains("A slow pace"));
        pair.a().get(agreements(pair) + "?status=inForce").statusCode(200)
                .body("items.title", contains("Our accounts", "Phones at the table"));
        pair.a().get(agreements(pair) + "?status=underReview").statusCode(200).body("items", empty());
        pair.a().get(agreements(pair) + "?topic=socialMedia").statusCode(200).body("items.title",
                contains("Our accounts"));
        String cursor = pair.a().get(agreements(pair) + "?limit=2").statusCode(200).body("items", hasSize(2))
                .extract().path("nextCursor");
        pair.a().get(agreements(pair) + "?limit=2&cursor=" + cursor).statusCode(200)
                .body("items.title", contains("Phones at the table")).body("nextCursor", nullValue());
    }

    @Test
    void fieldsAndParametersAreChecked() {
        Pair pair = Couples.pair();
        String list = agreements(pair);
        assertProblem(pair.a().post(list, Map.of()), 422, "validation-failed")
                .body("errors.field", containsInAnyOrder("/topic", "/title", "/terms"));
        assertProblem(pair.a().post(list, Map.of("title", "x", "terms", "y")), 422, "validation-failed")
                .body("errors.field", contains("/topic"));
        assertProblem(pair.a().post(list, agreement("phoneChecks", "x", "y")), 422, "validation-failed")
                .body("errors[0].field", equalTo("/topic"));
        assertProblem(pair.a().post(list, agreement("other", "   ", "y")), 422, "validation-failed")
                .body("errors[0].field", equalTo("/title")).body("errors[0].code", equalTo("blank"));
        assertProblem(pair.a().post(list, agreement("other", "a".repeat(81), "y")), 422, "validation-failed")
                .body("errors[0].code", equalTo("too-long"));
        assertProblem(pair.a().post(list, agreement("other", "Two\nlines", "y")), 422, "validation-failed")
                .body("errors[0].code", equalTo("control-character"));
        assertProblem(pair.a().post(list, agreement("other", "x", "a".repeat(2001))), 422, "validation-failed")
                .body("errors[0].field", equalTo("/terms")).body("errors[0].code", equalTo("too-long"));
        assertProblem(pair.a().post(list, agreement("other", "x", "y", "reviewEveryMonths", 0)), 422,
                "validation-failed").body("errors[0].field", equalTo("/reviewEveryMonths"))
                .body("errors[0].code", equalTo("out-of-range"));
        assertProblem(pair.a().post(list, agreement("other", "x", "y", "reviewEveryMonths", 13)), 422,
                "validation-failed").body("errors[0].code", equalTo("out-of-range"));
        assertProblem(pair.a().post(list, agreement("other", "x", "y", "shareLocation", true)), 422,
                "validation-failed").body("errors[0].code", equalTo("unknown-field"));
        // Limits count characters, not Java chars: 80 emoji fit a title. Terms may run over several lines.
        String thumbs = "\uD83D\uDC4D";
        String path = agreements(pair) + "/" + pair.a().post(list, agreement("other", thumbs.repeat(80),
                "a\n".repeat(999) + "a", "reviewEveryMonths", 12)).statusCode(201)
                .body("title", equalTo(thumbs.repeat(80))).body("pending.reviewEveryMonths", equalTo(12))
                .extract().path("id");

        // A revision: terms are required, the rest is carried over.
        assertProblem(pair.b().post(path + "/versions", Map.of()), 422, "validation-failed")
                .body("errors.field", contains("/terms"));
        assertProblem(pair.b().post(path + "/versions", Map.of("terms", "ok", "title", "")), 422,
                "validation-failed").body("errors[0].field", equalTo("/title"));
        assertProblem(pair.b().post(path + "/versions", Map.of("terms", "ok", "reviewEveryMonths", 24)), 422,
                "validation-failed").body("errors[0].field", equalTo("/reviewEveryMonths"));
        pair.b().post(path + "/versions", Map.of("terms", "Shorter terms.")).statusCode(201)
                .body("title", equalTo(thumbs.repeat(80))).body("reviewEveryMonths", equalTo(12));

        // Concerns: a few words, 1 to 280 characters.
        assertProblem(pair.a().post(path + "/concerns", Map.of("text", " \n ")), 422, "validation-failed")
                .body("errors[0].field", equalTo("/text")).body("errors[0].code", equalTo("blank"));
        assertProblem(pair.a().post(path + "/concerns", Map.of()), 422, "validation-failed")
                .body("errors[0].field", equalTo("/text"));
        assertProblem(pair.a().post(path + "/concerns", Map.of("text", "a".repeat(281))), 422, "validation-failed")
                .body("errors[0].code", equalTo("too-long"));
        pair.a().post(path + "/concerns", Map.of("text", "a".repeat(280))).statusCode(201);

        // Ids and numbers that name nothing.
        assertProblem(pair.a().get(list + "/not-an-id"), 404, "not-found");
        assertProblem(pair.a().get(list + "/" + UUID.randomUUID()), 404, "not-found");
        assertProblem(pair.a().get(path + "/versions/0"), 404, "not-found");
        assertProblem(pair.a().get(path + "/versions/first"), 404, "not-found");
        assertProblem(pair.a().get(path + "/versions/3"), 404, "not-found");
        assertProblem(pair.a().put(path + "/versions/9/my-acceptance"), 404, "not-found");
        assertProblem(pair.a().get(path + "/concerns/" + UUID.randomUUID()), 404, "not-found");

        // Query parameters.
        assertProblem(pair.a().get(list + "?due=yes"), 400, "invalid-parameter")
                .body("errors[0].field", equalTo("due")).body("errors[0].code", equalTo("invalid-boolean"));
        assertProblem(pair.a().get(list + "?topic=phoneChecks"), 400, "invalid-parameter")
                .body("errors[0].code", equalTo("unknown-value"));
        assertProblem(pair.a().get(list + "?status=broken"), 400, "invalid-parameter")
                .body("errors[0].field", equalTo("status"));
        assertProblem(pair.a().get(list + "?limit=0"), 400, "invalid-parameter");
        assertProblem(pair.a().get(list + "?cursor=forged.value"), 400, "invalid-parameter");
        assertProblem(pair.a().get(list + "?watch=true"), 400, "unknown-query-parameter");
        assertProblem(pair.a().get(path + "/concerns?open=maybe"), 400, "invalid-parameter")
                .body("errors[0].field", equalTo("open"));
    }

    @Test
    void aCounselorWithTheAgreementsScopeReadsAgreementsButNeverConcerns() {
        Pair pair = Couples.pair();
        String path = propose(pair, pair.a(), "devicesAndMessages", "Phones at the table", DINNER);
        pair.b().put(path + "/versions/1/my-acceptance").statusCode(200);
        String concern = raise(pair.b(), path, "Dinner felt tense yesterday.");

        Actor counselor = Actor.counselor("Dana");
        Couples.grant(pair, counselor, List.of("agreements"), List.of("agreements"));
        counselor.get(agreements(pair)).statusCode(200).body("items", hasSize(1))
                .body("items[0].inForce.terms", equalTo(DINNER))
                .body("items[0].inForce.proposedByName", equalTo("Sam"))
                .body("items[0].inForce.proposedByYou", nullValue())
                .body("items[0].inForce.acceptedByYou", nullValue())
                .body("items[0].openConcerns", nullValue());
        counselor.get(path).statusCode(200).body("status", equalTo("inForce")).body("openConcerns", nullValue())
                .body("inForce.acceptances.name", contains("Sam", "Alex"));
        counselor.get(path + "/versions").statusCode(200).body("items.number", contains(1));
        counselor.get(path + "/versions/1").statusCode(200).body("terms", equalTo(DINNER));
        pair.a().get("/v1/couples/" + pair.coupleId() + "/access-log").statusCode(200)
                .body("items.dataKind", hasItem("agreements"));

        // Concerns are the couple's own, and a counselor changes nothing.
        assertProblem(counselor.get(path + "/concerns"), 403, "forbidden");
        assertProblem(counselor.get(concern), 403, "forbidden");
        assertProblem(counselor.post(path + "/concerns", Map.of("text", "x")), 403, "forbidden");
        assertProblem(counselor.post(agreements(pair), agreement("other", "x", "y")), 403, "forbidden");
        assertProblem(counselor.post(path + "/versions", Map.of("terms", "x")), 403, "forbidden");
        assertProblem(counselor.put(path + "/versions/1/my-acceptance"), 403, "forbidden");
        assertProblem(counselor.put(path + "/status", Map.of("status", "underReview")), 403, "forbidden");

        // Without the scope there is nothing at all, as for an outsider.
        Actor other = Actor.counselor("Lee");
        Couples.grant(pair, other, List.of("progress", "sharedJournal"), List.of("progress", "sharedJournal"));
        assertProblem(other.get(agreements(pair)), 404, "not-found");
        assertProblem(other.get(path), 404, "not-found");
        assertProblem(other.get(path + "/versions"), 404, "not-found");
        assertProblem(other.get(path + "/versions/1"), 404, "not-found");
        // Offered by one partner but not agreed by the other is no scope either.
        Actor half = Actor.counselor("Kim");
        Couples.grant(pair, half, List.of("agreements", "progress"), List.of("progress"));
        assertProblem(half.get(agreements(pair)), 404, "not-found");

        Actor outsider = Actor.user("Outsider");
        assertProblem(outsider.get(agreements(pair)), 404, "not-found");
        assertProblem(outsider.get(path), 404, "not-found");
        assertProblem(outsider.post(agreements(pair), agreement("other", "x", "y")), 404, "not-found");
        assertProblem(outsider.put(path + "/versions/1/my-acceptance"), 404, "not-found");
        assertProblem(outsider.get(path + "/concerns"), 404, "not-found");
        assertProblem(outsider.get(concern), 404, "not-found");

        // Partners of another couple cannot reach it through their own couple's id either.
        Pair others = Couples.pair();
        String id = path.substring(path.lastIndexOf('/') + 1);
        assertProblem(others.a().get(agreements(others) + "/" + id), 404, "not-found");
        assertProblem(others.a().put(agreements(others) + "/" + id + "/versions/1/my-acceptance"), 404,
                "not-found");
        assertProblem(others.a().post(agreements(others) + "/" + id + "/concerns", Map.of("text", "x")), 404,
                "not-found");
        assertProblem(others.a().post(agreements(others) + "/" + id + "/versions", Map.of("terms", "x")), 404,
                "not-found");
        assertProblem(others.a().put(agreements(others) + "/" + id + "/status", Map.of("status", "underReview")),
                404, "not-found");
        assertProblem(others.a().put(agreements(others) + "/" + id + "/concerns/" + UUID.randomUUID()
                + "/resolution", Map.of("conversationNoteId", UUID.randomUUID().toString())), 404, "not-found");
    }

    @Test
    void concernsAreRaisedAndResolvedByAConversation() {
        Pair pair = Couples.pair();
        String path = propose(pair, pair.a(), "devicesAndMessages", "Phones at the table", DINNER);
        pair.b().put(path + "/versions/1/my-acceptance").statusCode(200);

        ValidatableResponse raised = pair.b()
                .post(path + "/concerns", Map.of("text", "  The hour before bed feels long on work nights.  "))
                .statusCode(201).header("Location", containsString("/concerns/"))
                .body("text", equalTo("The hour before bed feels long on work nights."))
                .body("raisedByName", equalTo("Alex")).body("yours", equalTo(true))
                .body("resolved", equalTo(false)).body("resolvedAt", nullValue());
        String concern = path + "/concerns/" + raised.extract().path("id");
        pair.a().get(concern).statusCode(200).body("yours", equalTo(false))
                .body("text", equalTo("The hour before bed feels long on work nights."));
        pair.a().get(path).statusCode(200).body("openConcerns", equalTo(1)).body("status", equalTo("inForce"));
        pair.a().get(agreements(pair)).statusCode(200).body("items[0].openConcerns", equalTo(1));
        pair.a().get(path + "/concerns").statusCode(200).body("items", hasSize(1));
        pair.a().get(path + "/concerns?open=true").statusCode(200).body("items", hasSize(1));
        pair.a().get(path + "/concerns?open=false").statusCode(200).body("items", empty());

        // A concern is resolved by naming the note of the conversation that followed, and only a note of theirs.
        assertProblem(pair.a().put(concern + "/resolution", Map.of()), 422, "validation-failed")
                .body("errors[0].field", equalTo("/conversationNoteId")).body("errors[0].code", equalTo("required"));
        assertProblem(pair.a().put(concern + "/resolution", Map.of("conversationNoteId", "note-1")), 422,
                "validation-failed").body("errors[0].field", equalTo("/conversationNoteId"));

        // From here on the conversation_note table (migration V7) is queried.
        assertProblem(pair.a().put(concern + "/resolution", Map.of("conversationNoteId", UUID.randomUUID()
                .toString())), 422, "validation-failed").body("errors[0].code", equalTo("unknown-note"));
        Pair elsewhere = Couples.pair();
        UUID foreign = conversationNote(elsewhere, elsewhere.a());
        assertProblem(pair.a().put(concern + "/resolution", Map.of("conversationNoteId", foreign.toString())), 422,
                "validation-failed").body("errors[0].code", equalTo("unknown-note"));
        UUID note = conversationNote(pair, pair.a());
        pair.a().put(concern + "/resolution", Map.of("conversationNoteId", note.toString())).statusCode(200)
                .body("resolved", equalTo(true)).body("resolvedByName", equalTo("Sam"))
                .body("resolvedAt", notNullValue()).body("conversationNoteId", equalTo(note.toString()));
        String resolvedAt = pair.b().get(concern).statusCode(200).body("resolved", equalTo(true))
                .extract().path("resolvedAt");
        // Naming another note replaces the link and keeps when and by whom it was first resolved.
        UUID second = conversationNote(pair, pair.b());
        pair.b().put(concern + "/resolution", Map.of("conversationNoteId", second.toString())).statusCode(200)
                .body("conversationNoteId", equalTo(second.toString())).body("resolvedAt", equalTo(resolvedAt))
                .body("resolvedByName", equalTo("Sam"));
        pair.a().get(path).statusCode(200).body("openConcerns", equalTo(0));
        pair.a().get(path + "/concerns?open=true").statusCode(200).body("items", empty());
        pair.a().get(path + "/concerns?open=false").statusCode(200).body("items", hasSize(1));

        // A concern belongs to its agreement.
        String other = propose(pair, pair.b(), "disclosure", "Telling each other", "We say the same day when an ex "
                + "gets in touch.");
        String id = concern.substring(concern.lastIndexOf('/') + 1);
        assertProblem(pair.a().get(other + "/concerns/" + id), 404, "not-found");
        pair.a().get(other + "/concerns").statusCode(200).body("items", empty());
    }

    @Test
    void termsTitlesAndConcernsAreStoredSealed() {
        Pair pair = Couples.pair();
        String marker = "Lighthouse" + UUID.randomUUID().toString().substring(0, 8);
        String path = propose(pair, pair.a(), "thirdPersonContact", marker + " title", marker + " terms");
        pair.b().post(path + "/versions", Map.of("terms", marker + " revised")).statusCode(201);
        pair.a().put(path + "/status", Map.of("status", "underReview")).statusCode(200);
        raise(pair.b(), path, marker + " concern");
        pair.a().get(path + "/versions").statusCode(200).body("items.terms", contains(marker + " revised",
                marker + " terms"));

        long plain = ((Number) QuarkusTransaction.requiringNew().call(() -> em.createNativeQuery("""
                select (select count(*) from agreement_version
                        where position(cast(:t as bytea) in title) > 0 or position(cast(:t as bytea) in terms) > 0)
                     + (select count(*) from agreement_concern where position(cast(:t as bytea) in body) > 0)""")
                .setParameter("t", marker.getBytes(StandardCharsets.UTF_8)).getSingleResult())).longValue();
        assertEquals(0, plain, "agreement texts are stored sealed");
    }

    @Test
    void aReplayedProposalCreatesOneAgreement() {
        Pair pair = Couples.pair();
        String key = UUID.randomUUID().toString();
        Map<String, Object> body = agreement("disclosure", "Telling each other", "We say the same day.");
        String first = given().auth().oauth2(pair.a().token()).contentType(ContentType.JSON)
                .header("Idempotency-Key", key).body(body).when().post(agreements(pair)).then().statusCode(201)
                .extract().path("id");
        given().auth().oauth2(pair.a().token()).contentType(ContentType.JSON).header("Idempotency-Key", key)
                .body(body).when().post(agreements(pair)).then().statusCode(201).body("id", equalTo(first));
        pair.b().get(agreements(pair)).statusCode(200).body("items.id", contains(first));
    }

    @Test
    void nothingChangesWhileFormingOrPausedAndAfterTheEndEachKeepsWhatIsTheirs() {
        // Agreements are made by two.
        Actor alone = Actor.user("Robin");
        String forming = "/v1/couples/" + Couples.create(alone) + "/agreements";
        assertProblem(alone.post(forming, agreement("other", "x", "y")), 409, "couple-forming");
        alone.get(forming).statusCode(200).body("items", empty());
        // Every change says so before anything else, whatever agreement it names.
        String any = forming + "/" + UUID.randomUUID();
        assertProblem(alone.post(any + "/versions", Map.of("terms", "x")), 409, "couple-forming");
        assertProblem(alone.put(any + "/status", Map.of("status", "underReview")), 409, "couple-forming");
        assertProblem(alone.put(any + "/versions/1/my-acceptance"), 409, "couple-forming");
        assertProblem(alone.post(any + "/concerns", Map.of("text", "x")), 409, "couple-forming");
        assertProblem(alone.put(any + "/concerns/" + UUID.randomUUID() + "/resolution",
                Map.of("conversationNoteId", UUID.randomUUID().toString())), 409, "couple-forming");

        Pair pair = Couples.pair();
        String couple = "/v1/couples/" + pair.coupleId();
        String path = propose(pair, pair.a(), "devicesAndMessages", "Phones at the table", DINNER);
        pair.b().put(path + "/versions/1/my-acceptance").statusCode(200);
        String proposal = propose(pair, pair.b(), "physicalPace", "A slow pace", "We hold hands on walks.");
        String theirs = raise(pair.b(), path, "Dinner felt tense yesterday.");
        String mine = raise(pair.a(), path, "I would like to talk about weekends.");

        // During a pause nothing changes, and the version in force stays in force.
        pair.b().put(couple + "/my-pause").statusCode(200);
        assertProblem(pair.a().post(agreements(pair), agreement("other", "x", "y")), 409, "couple-paused");
        assertProblem(pair.a().post(path + "/versions", Map.of("terms", "x")), 409, "couple-paused");
        assertProblem(pair.a().put(path + "/status", Map.of("status", "underReview")), 409, "couple-paused");
        assertProblem(pair.a().put(proposal + "/versions/1/my-acceptance"), 409, "couple-paused");
        assertProblem(pair.a().post(path + "/concerns", Map.of("text", "x")), 409, "couple-paused");
        assertProblem(pair.a().put(theirs + "/resolution", Map.of("conversationNoteId", UUID.randomUUID().toString())),
                409,
                "couple-paused");
        pair.a().get(path).statusCode(200).body("status", equalTo("inForce")).body("inForce.number", equalTo(1));
        pair.a().get(proposal).statusCode(200).body("status", equalTo("proposed"));
        pair.b().delete(couple + "/my-pause").statusCode(200);

        // After the end: what both accepted stays with both; a proposal and a concern stay with whoever wrote it.
        pair.a().delete(couple + "/my-membership").statusCode(200);
        assertProblem(pair.b().post(agreements(pair), agreement("other", "x", "y")), 409, "couple-ended");
        assertProblem(pair.b().post(path + "/versions", Map.of("terms", "x")), 409, "couple-ended");
        assertProblem(pair.b().put(path + "/status", Map.of("status", "underReview")), 409, "couple-ended");
        assertProblem(pair.a().put(proposal + "/versions/1/my-acceptance"), 409, "couple-ended");
        assertProblem(pair.b().post(path + "/concerns", Map.of("text", "x")), 409, "couple-ended");
        assertProblem(pair.b().put(theirs + "/resolution", Map.of("conversationNoteId", UUID.randomUUID().toString())),
                409, "couple-ended");

        pair.a().get(agreements(pair)).statusCode(200).body("items.title", contains("Phones at the table"))
                .body("items[0].reviewDue", equalTo(false)).body("items[0].openConcerns", equalTo(1));
        assertProblem(pair.a().get(proposal), 404, "not-found");
        pair.b().get(agreements(pair)).statusCode(200).body("items.title", contains("A slow pace",
                "Phones at the table"));
        pair.b().get(path).statusCode(200).body("inForce.terms", equalTo(DINNER))
                .body("inForce.proposedByName", equalTo("Former partner")).body("inForce.proposedById", notNullValue())
                .body("inForce.acceptances[0].name", equalTo("Former partner"))
                .body("inForce.acceptances[1].name", equalTo("Alex"));
        pair.b().get(agreements(pair) + "?due=true").statusCode(200).body("items", empty());

        pair.a().get(path + "/concerns").statusCode(200).body("items.text",
                contains("I would like to talk about weekends."));
        pair.b().get(path + "/concerns").statusCode(200).body("items.text", contains("Dinner felt tense yesterday."));
        assertProblem(pair.b().get(mine), 404, "not-found");
        assertProblem(pair.a().get(theirs), 404, "not-found");
    }
}
