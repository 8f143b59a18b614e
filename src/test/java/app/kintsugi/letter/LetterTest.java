package app.kintsugi.letter;

import static app.kintsugi.support.ProblemAssertions.assertProblem;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
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
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;

import app.kintsugi.support.Couples;
import app.kintsugi.support.Couples.Actor;
import app.kintsugi.support.Couples.Pair;

@QuarkusTest
@WithTestResource(OidcWiremockTestResource.class)
class LetterTest {

    @Inject
    EntityManager entityManager;

    private static String letters(Pair pair) {
        return "/v1/couples/" + pair.coupleId() + "/letters";
    }

    private static String write(Pair pair, Actor author, String body) {
        return letters(pair) + "/" + author.post(letters(pair), Map.of("body", body)).statusCode(201)
                .body("status", equalTo("draft")).extract().path("id");
    }

    private static ValidatableResponse edit(Actor actor, String path, String ifMatch, Object body) {
        var request = given().auth().oauth2(actor.token()).contentType(ContentType.JSON).body(body);
        if (ifMatch != null) {
            request = request.header("If-Match", ifMatch);
        }
        return request.when().put(path).then();
    }

    @Test
    void aLetterGoesFromAPrivateDraftToSharedToReadAloud() {
        Pair pair = Couples.pair();
        String secret = "I am sorry I kept the truth from you for so long.";
        ValidatableResponse created = pair.a().post(letters(pair), Map.of("title", " About the lie ", "body", secret))
                .statusCode(201).header("Location", org.hamcrest.Matchers.containsString("/letters/"))
                .body("title", equalTo("About the lie")).body("body", equalTo(secret)).body("yours", equalTo(true));
        String path = letters(pair) + "/" + created.extract().path("id");
        String etag = created.extract().header("ETag");

        // A draft is its author's alone.
        assertProblem(pair.b().get(path), 404, "not-found");
        pair.b().get(letters(pair)).statusCode(200).body("items", empty());
        assertProblem(edit(pair.b(), path, etag, Map.of("body", "rewritten")), 404, "not-found");

        // Edits need the current ETag.
        assertProblem(edit(pair.a(), path, null, Map.of("body", "x")), 428, "precondition-required");
        etag = edit(pair.a(), path, etag, Map.of("body", secret + " Truly.")).statusCode(200)
                .body("body", equalTo(secret + " Truly.")).body("title", nullValue()).extract().header("ETag");
        assertProblem(edit(pair.a(), path, "\"0\"", Map.of("body", "x")), 412, "precondition-failed");
        assertProblem(edit(pair.a(), path, etag, Map.of("body", "  ")), 422, "validation-failed")
                .body("errors[0].field", equalTo("/body"));

        assertProblem(pair.b().put(path + "/status", Map.of("status", "shared")), 404, "not-found");
        pair.a().put(path + "/status", Map.of("status", "shared")).statusCode(200).body("status", equalTo("shared"))
                .body("sharedAt", notNullValue());
        pair.a().put(path + "/status", Map.of("status", "shared")).statusCode(200);
        assertProblem(pair.a().put(path + "/status", Map.of("status", "draft")), 409, "illegal-transition");
        assertProblem(pair.a().put(path + "/status", Map.of()), 422, "validation-failed");
        assertProblem(edit(pair.a(), path, etag, Map.of("body", "changed")), 412, "precondition-failed");
        String current = pair.a().get(path).statusCode(200).extract().header("ETag");
        assertProblem(edit(pair.a(), path, current, Map.of("body", "changed")), 409, "letter-shared");

        pair.b().get(path).statusCode(200).body("body", equalTo(secret + " Truly.")).body("yours", equalTo(false))
                .body("authorName", equalTo("Sam"));
        assertProblem(edit(pair.b(), path, "*", Map.of("body", "mine now")), 403, "not-author");
        assertProblem(pair.b().delete(path), 403, "not-author");
        assertProblem(pair.a().put(path + "/read-aloud"), 409, "own-letter");
        pair.b().put(path + "/read-aloud").statusCode(200).body("readAloudAt", notNullValue());
        pair.a().get(path).statusCode(200).body("readAloudAt", notNullValue());

        // A shared letter is followed, never edited.
        String next = pair.a().post(letters(pair), Map.of("body", "One more thing.", "follows",
                path.substring(path.lastIndexOf('/') + 1))).statusCode(201).extract().path("id");
        assertProblem(pair.a().post(letters(pair), Map.of("body", "x", "follows", next)), 422, "validation-failed")
                .body("errors[0].code", equalTo("unknown-letter"));
        assertProblem(pair.b().post(letters(pair), Map.of("body", "x", "follows",
                path.substring(path.lastIndexOf('/') + 1))), 422, "validation-failed");
        pair.a().get(letters(pair)).statusCode(200).body("items", hasSize(2));
        pair.b().get(letters(pair)).statusCode(200).body("items", hasSize(1));

        // Stored sealed: the text is nowhere in the table.
        long plain = ((Number) QuarkusTransaction.requiringNew().call(() -> entityManager.createNativeQuery("""
                select count(*) from repair_letter where position(cast(:t as bytea) in body) > 0
                   or position(cast(:t as bytea) in coalesce(title, ''::bytea)) > 0""")
                .setParameter("t", "truth".getBytes(StandardCharsets.UTF_8)).getSingleResult())).longValue();
        assertEquals(0, plain);

        // The author may always delete; the partner then sees nothing of it.
        pair.a().delete(path).statusCode(204);
        assertProblem(pair.b().get(path), 404, "not-found");
        pair.a().get(letters(pair) + "/" + next).statusCode(200).body("follows", nullValue());
    }

    @Test
    void aReplayedLetterComesBackWhileItsStoredAnswerIsSealed() {
        Pair pair = Couples.pair();
        String text = "Replayed words " + java.util.UUID.randomUUID();
        String key = java.util.UUID.randomUUID().toString();
        String first = given().auth().oauth2(pair.a().token()).contentType(ContentType.JSON)
                .header("Idempotency-Key", key).body(Map.of("body", text)).when().post(letters(pair)).then()
                .statusCode(201).extract().path("id");
        given().auth().oauth2(pair.a().token()).contentType(ContentType.JSON).header("Idempotency-Key", key)
                .body(Map.of("body", text)).when().post(letters(pair)).then().statusCode(201)
                .body("id", equalTo(first)).body("body", equalTo(text));
        long plain = ((Number) QuarkusTransaction.requiringNew().call(() -> entityManager.createNativeQuery(
                "select count(*) from idempotency_record where position(cast(:t as bytea) in response_body) > 0")
                .setParameter("t", "Replayed words".getBytes(StandardCharsets.UTF_8)).getSingleResult()))
                .longValue();
        assertEquals(0, plain, "stored answers are sealed");
    }

    @Test
    void pausedCouplesShareNothingNewAndEndedCouplesKeepOnlyTheirOwn() {
        Pair pair = Couples.pair();
        String before = write(pair, pair.a(), "Written before the pause.");
        pair.a().put(before + "/status", Map.of("status", "shared")).statusCode(200);
        pair.b().put("/v1/couples/" + pair.coupleId() + "/my-pause").statusCode(200);
        String during = write(pair, pair.a(), "Shared during the pause.");
        pair.a().put(during + "/status", Map.of("status", "shared")).statusCode(200);
        pair.b().get(letters(pair)).statusCode(200).body("items.body", contains("Written before the pause."));
        assertProblem(pair.b().get(during), 404, "not-found");
        // B's pause ends while A takes one: the couple stays paused since B's began, so the share still waits.
        pair.a().put("/v1/couples/" + pair.coupleId() + "/my-pause").statusCode(200);
        pair.b().delete("/v1/couples/" + pair.coupleId() + "/my-pause").statusCode(200);
        assertProblem(pair.b().get(during), 404, "not-found");
        pair.a().delete("/v1/couples/" + pair.coupleId() + "/my-pause").statusCode(200);
        pair.b().get(during).statusCode(200);

        String bOwn = write(pair, pair.b(), "My own words.");
        pair.a().delete("/v1/couples/" + pair.coupleId() + "/my-membership").statusCode(200);
        pair.b().get(letters(pair)).statusCode(200).body("items.body", contains("My own words."));
        assertProblem(pair.b().get(before), 404, "not-found");
        assertProblem(pair.b().post(letters(pair), Map.of("body", "after the end")), 409, "couple-ended");
        pair.a().get(letters(pair)).statusCode(200).body("items", hasSize(2));
        pair.a().delete(before).statusCode(204);
        pair.b().delete(bOwn).statusCode(204);
    }

    @Test
    void afterTheEndLettersStayAsTheyWereAndOnlyTheirDeletionIsLeft() {
        Pair pair = Couples.pair();
        String draft = write(pair, pair.a(), "Still a draft.");
        String etag = pair.a().get(draft).statusCode(200).extract().header("ETag");
        String shared = write(pair, pair.a(), "Shared before the end.");
        pair.a().put(shared + "/status", Map.of("status", "shared")).statusCode(200).body("yours", equalTo(true));
        assertProblem(pair.b().put(shared + "/status", Map.of("status", "shared")), 403, "not-author");

        pair.b().delete("/v1/couples/" + pair.coupleId() + "/my-membership").statusCode(200);
        assertProblem(edit(pair.a(), draft, etag, Map.of("body", "Rewritten after the end.")), 409, "couple-ended");
        assertProblem(pair.a().put(draft + "/status", Map.of("status", "shared")), 409, "couple-ended");
        assertProblem(pair.b().put(shared + "/read-aloud"), 409, "couple-ended");
        pair.a().get(draft).statusCode(200).body("status", equalTo("draft")).body("body", equalTo("Still a draft."));
        pair.a().delete(draft).statusCode(204);
        assertProblem(pair.a().get(draft), 404, "not-found");
    }

    @Test
    void badLettersAndWrongCallersAreRefused() {
        Pair pair = Couples.pair();
        assertProblem(pair.a().post(letters(pair), Map.of("body", "   ")), 422, "validation-failed")
                .body("errors[0].code", equalTo("blank"));
        assertProblem(pair.a().post(letters(pair), Map.of("body", "a".repeat(5001))), 422, "validation-failed")
                .body("errors[0].code", equalTo("too-long"));
        // Counted in code points: 5000 emoji (10000 UTF-16 units) fit, 5001 do not.
        pair.a().post(letters(pair), Map.of("body", "\uD83D\uDC9B".repeat(5000))).statusCode(201);
        assertProblem(pair.a().post(letters(pair), Map.of("body", "\uD83D\uDC9B".repeat(5001))), 422,
                "validation-failed");
        assertProblem(pair.a().post(letters(pair), Map.of("body", "ok", "title", "line\nbreak")), 422,
                "validation-failed").body("errors[0].field", equalTo("/title"));
        assertProblem(pair.a().post(letters(pair), Map.of("body", "bell\u0007")), 422, "validation-failed");

        assertProblem(Actor.user("Outsider").get(letters(pair)), 404, "not-found");
        assertProblem(Actor.user("Outsider").post(letters(pair), Map.of("body", "hello")), 404, "not-found");
        Actor counselor = Actor.counselor("Dana");
        Couples.grant(pair, counselor, List.of("sharedJournal", "sessions"), List.of("sharedJournal", "sessions"));
        assertProblem(counselor.get(letters(pair)), 403, "forbidden");
        assertProblem(pair.a().get(letters(pair) + "/not-an-id"), 404, "not-found");

        Actor alone = Actor.user("Alone");
        String forming = Couples.create(alone);
        String draft = "/v1/couples/" + forming + "/letters/" + alone.post("/v1/couples/" + forming + "/letters",
                Map.of("body", "For when you join.")).statusCode(201).extract().path("id");
        assertProblem(alone.put(draft + "/status", Map.of("status", "shared")), 409, "couple-forming");
    }

    @Test
    void lettersThatAreNotThereAndBadPagesAnswerAsDocumented() {
        Pair pair = Couples.pair();
        String unknown = letters(pair) + "/" + UUID.randomUUID();
        assertProblem(pair.a().delete(unknown), 404, "not-found");
        assertProblem(pair.a().put(unknown + "/read-aloud"), 404, "not-found");
        assertProblem(pair.a().get(letters(pair) + "?limit=0"), 400, "invalid-parameter")
                .body("errors[0].field", equalTo("limit"));
    }
}
