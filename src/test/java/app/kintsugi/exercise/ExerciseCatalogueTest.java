package app.kintsugi.exercise;

import static app.kintsugi.support.ProblemAssertions.assertProblem;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.lessThanOrEqualTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;

import app.kintsugi.support.Couples;
import app.kintsugi.support.Couples.Actor;

@QuarkusTest
@WithTestResource(OidcWiremockTestResource.class)
public class ExerciseCatalogueTest {

    private static final Actor ADMIN = Actor.withRoles("Ada", "admin");
    private static final Actor USER = Actor.user("Robin");

    /** A valid draft any test may post. */
    public static Map<String, Object> draft(String slug, String title) {
        Map<String, Object> body = new HashMap<>();
        if (slug != null) {
            // Replacing keeps the path's slug: a client leaves it out rather than sending null.
            body.put("slug", slug);
        }
        body.put("title", title);
        body.put("summary", "Two minutes each to name one thing that went well today.");
        body.put("category", "communication");
        body.put("steps", List.of("Sit together.", "Take turns.", "Thank each other."));
        body.put("durationMinutes", 5);
        body.put("turnPlan", List.of(Map.of("lead", "partnerA", "mode", "speaking", "seconds", 120, "cue", "A speaks."),
                Map.of("lead", "partnerB", "mode", "speaking", "seconds", 120, "cue", "B speaks.")));
        body.put("cadence", "daily");
        body.put("intensity", "gentle");
        body.put("involvesTouch", false);
        body.put("reflectionPrompts", List.of("What surprised you?"));
        body.put("safetyNotes", List.of("Either of you may pause at any moment."));
        body.put("tags", List.of("evening", "timer"));
        return body;
    }

    private static ValidatableResponse put(Actor actor, String path, String ifMatch, Object body) {
        var request = given().auth().oauth2(actor.token()).contentType(ContentType.JSON).body(body);
        if (ifMatch != null) {
            request = request.header("If-Match", ifMatch);
        }
        return request.when().put(path).then();
    }

    private static String slug() {
        return "test-" + UUID.randomUUID().toString().substring(0, 8);
    }

    @Test
    void theSeedHoldsEveryExerciseOfThePracticeAndThePromptSets() {
        USER.get("/v1/exercises?limit=100").statusCode(200)
                .body("items.slug", hasItems("safe-space-check-in", "eye-contact-without-words", "repair-letter",
                        "i-miss-this-ritual", "trust-journal", "gentle-touch-practice", "trust-me-jar",
                        "structured-conversation", "boundary-review", "grounding-pause", "gratitude-note-exchange",
                        "weekly-date-night", "cooking-together", "sunday-walk", "nighttime-check-in",
                        "shared-hobby-or-project"))
                .body("items.status", everyItem(equalTo("published")));
        USER.get("/v1/exercises/safe-space-check-in").statusCode(200)
                .body("turnPlan.lead", hasItems("partnerA", "partnerB"))
                .body("turnPlan.find { it.lead == 'partnerA' && it.mode == 'speaking' }.seconds", equalTo(300))
                .body("steps.size()", org.hamcrest.Matchers.greaterThanOrEqualTo(3))
                .body("language", equalTo("en"));
        USER.get("/v1/prompt-sets").statusCode(200)
                .body("items.slug", contains("five-questions", "conversation-starters", "progress-questions"))
                .body("items[0].prompts", hasSize(5));
        USER.get("/v1/prompt-sets/five-questions").statusCode(200).body("prompts", hasSize(5));
        assertProblem(USER.get("/v1/prompt-sets/no-such-set"), 404, "not-found");
    }

    @Test
    void filtersNarrowTheCatalogueAndSearchFindsByMeaning() {
        USER.get("/v1/exercises?intensity=gentle&maxMinutes=10&limit=100").statusCode(200)
                .body("items.intensity", everyItem(equalTo("gentle")))
                .body("items.durationMinutes", everyItem(lessThanOrEqualTo(10)))
                .body("items.slug", hasItems("grounding-pause", "nighttime-check-in"))
                .body("items.slug", not(hasItem("repair-letter")));
        USER.get("/v1/exercises?involvesTouch=true&limit=100").statusCode(200)
                .body("items.slug", hasItem("gentle-touch-practice"))
                .body("items.involvesTouch", everyItem(equalTo(true)));
        USER.get("/v1/exercises?involvesTouch=false&limit=100").statusCode(200)
                .body("items.slug", not(hasItem("gentle-touch-practice")));
        USER.get("/v1/exercises?category=ritual&limit=100").statusCode(200)
                .body("items.category", everyItem(equalTo("ritual")))
                .body("items.slug", hasItems("weekly-date-night", "sunday-walk"));
        String tag = USER.get("/v1/exercises/sunday-walk").statusCode(200).extract().path("tags[0]");
        USER.get("/v1/exercises?tag=" + tag + "&limit=100").statusCode(200)
                .body("items.slug", hasItem("sunday-walk")).body("items.tags", everyItem(hasItem(tag)));
        // Stemming: "listening" finds texts that say "listen".
        List<String> found = USER.get("/v1/exercises?q=listening&limit=100").statusCode(200)
                .body("items.slug", hasItem("structured-conversation")).extract().path("items.slug");
        assertTrue(found.size() < 16, "a search narrows the catalogue");
        USER.get("/v1/exercises?q=zebra%20giraffe").statusCode(200).body("items", hasSize(0));
    }

    @Test
    void badFilterValuesAnswer400NamingTheParameter() {
        assertProblem(USER.get("/v1/exercises?intensity=intense"), 400, "invalid-parameter")
                .body("errors[0].field", equalTo("intensity"));
        assertProblem(USER.get("/v1/exercises?maxMinutes=0"), 400, "invalid-parameter")
                .body("errors[0].field", equalTo("maxMinutes"));
        assertProblem(USER.get("/v1/exercises?maxMinutes=ten"), 400, "invalid-parameter");
        assertProblem(USER.get("/v1/exercises?involvesTouch=yes"), 400, "invalid-parameter");
        assertProblem(USER.get("/v1/exercises?tag=Not%20A%20Tag"), 400, "invalid-parameter");
        assertProblem(USER.get("/v1/exercises?q=" + "a".repeat(201)), 400, "invalid-parameter");
        assertProblem(USER.get("/v1/exercises?category=cooking"), 400, "invalid-parameter");
        assertProblem(USER.get("/v1/exercises?status=draft"), 400, "invalid-parameter")
                .body("errors[0].code", equalTo("admins-only"));
        assertProblem(USER.get("/v1/exercises?sort=title"), 400, "unknown-query-parameter");
        assertProblem(USER.get("/v1/exercises?cursor=forged.cursor"), 400, "invalid-parameter");
    }

    @Test
    void pagesCoverTheCatalogueOnceEach() {
        int total = USER.get("/v1/exercises?limit=100").statusCode(200).extract().path("items.size()");
        List<String> seen = new ArrayList<>();
        String cursor = null;
        do {
            ValidatableResponse page = USER
                    .get("/v1/exercises?limit=5" + (cursor == null ? "" : "&cursor=" + cursor)).statusCode(200);
            seen.addAll(page.extract().path("items.slug"));
            cursor = page.extract().path("nextCursor");
        } while (cursor != null);
        assertEquals(total, seen.size());
        assertEquals(total, new HashSet<>(seen).size());
        // Searching pages by relevance the same way.
        List<String> searched = new ArrayList<>();
        String next = null;
        do {
            ValidatableResponse page = USER
                    .get("/v1/exercises?q=partner&limit=2" + (next == null ? "" : "&cursor=" + next)).statusCode(200);
            searched.addAll(page.extract().path("items.slug"));
            next = page.extract().path("nextCursor");
        } while (next != null);
        List<String> whole = USER.get("/v1/exercises?q=partner&limit=100").extract().path("items.slug");
        assertEquals(whole, searched);
    }

    @Test
    void appsRevalidateTheCatalogueCheaplyAndLanguagesFallBackToEnglish() {
        String etag = USER.get("/v1/exercises?intensity=gentle").statusCode(200)
                .header("ETag", notNullValue()).header("Content-Language", "en").extract().header("ETag");
        given().auth().oauth2(USER.token()).header("If-None-Match", etag).when()
                .get("/v1/exercises?intensity=gentle").then().statusCode(304).header("ETag", etag);
        given().auth().oauth2(USER.token()).header("If-None-Match", "\"other\"").when()
                .get("/v1/exercises?intensity=gentle").then().statusCode(200);
        given().auth().oauth2(USER.token()).header("Accept-Language", "fr-CA, fr;q=0.9").when()
                .get("/v1/exercises/safe-space-check-in").then().statusCode(200)
                .header("Content-Language", "en")
                .header("Vary", org.hamcrest.Matchers.containsString("Accept-Language"))
                .body("language", equalTo("en"));
        String one = USER.get("/v1/exercises/grounding-pause").statusCode(200)
                .header("Cache-Control", "private, no-cache").extract().header("ETag");
        given().auth().oauth2(USER.token()).header("If-None-Match", one).when().get("/v1/exercises/grounding-pause")
                .then().statusCode(304).header("ETag", one).header("Content-Language", "en")
                .header("Cache-Control", "private, no-cache");
        // One version, the prompt sets and their list revalidate the same way.
        for (String path : List.of("/v1/exercises/grounding-pause/versions/1", "/v1/prompt-sets",
                "/v1/prompt-sets/five-questions")) {
            String tag = USER.get(path).statusCode(200).header("Content-Language", "en")
                    .header("Cache-Control", "private, no-cache").extract().header("ETag");
            given().auth().oauth2(USER.token()).header("If-None-Match", tag).when().get(path).then().statusCode(304)
                    .header("ETag", tag).header("Content-Language", "en")
                    .header("Vary", org.hamcrest.Matchers.containsString("Accept-Language"))
                    .header("Cache-Control", "private, no-cache");
        }
        // The tag of another language's variant is not this one.
        given().auth().oauth2(USER.token()).header("If-None-Match", one.replace(".en", ".de")).when()
                .get("/v1/exercises/grounding-pause").then().statusCode(200);
    }

    @Test
    void adminsWriteDraftsThatOnlyTheySeeThenPublishAndVersionThem() {
        String slug = slug();
        ValidatableResponse created = ADMIN.post("/v1/exercises", draft(slug, "Two good things")).statusCode(201)
                .header("Location", org.hamcrest.Matchers.endsWith("/v1/exercises/" + slug))
                .body("status", equalTo("draft")).body("version", equalTo(1));
        String etag = created.extract().header("ETag");
        assertProblem(USER.get("/v1/exercises/" + slug), 404, "not-found");
        USER.get("/v1/exercises?limit=100").body("items.slug", not(hasItem(slug)));
        ADMIN.get("/v1/exercises?status=draft&limit=100").statusCode(200).body("items.slug", hasItem(slug));

        // A draft is edited in place.
        etag = put(ADMIN, "/v1/exercises/" + slug, etag, draft(slug, "Three good things")).statusCode(200)
                .body("version", equalTo(1)).body("title", equalTo("Three good things")).extract().header("ETag");
        // Concurrency: no If-Match is 428, a stale one 412.
        assertProblem(put(ADMIN, "/v1/exercises/" + slug, null, draft(slug, "x")), 428, "precondition-required");
        assertProblem(put(ADMIN, "/v1/exercises/" + slug, "\"1.en\"", draft(slug, "x")), 412,
                "precondition-failed");
        assertProblem(put(ADMIN, "/v1/exercises/" + slug + "/status", "\"1.en\"", Map.of("status", "published")),
                412, "precondition-failed");
        // The current ETag with a draft that is not valid: nothing changes.
        assertProblem(put(ADMIN, "/v1/exercises/" + slug, etag, draft(slug(), "Renamed")), 422, "validation-failed")
                .body("errors[0].code", equalTo("slug-immutable"));
        ADMIN.get("/v1/exercises/" + slug).statusCode(200).body("title", equalTo("Three good things"));

        put(ADMIN, "/v1/exercises/" + slug + "/status", null, Map.of("status", "published")).statusCode(200)
                .body("status", equalTo("published")).body("publishedAt", notNullValue());
        USER.get("/v1/exercises/" + slug).statusCode(200).body("title", equalTo("Three good things"));

        // Editing a published exercise makes version 2; version 1 stays readable.
        etag = ADMIN.get("/v1/exercises/" + slug).extract().header("ETag");
        put(ADMIN, "/v1/exercises/" + slug, etag, draft(null, "Good things, new")).statusCode(200)
                .body("version", equalTo(2)).body("currentVersion", equalTo(2));
        USER.get("/v1/exercises/" + slug).statusCode(200).body("version", equalTo(2))
                .body("title", equalTo("Good things, new"));
        USER.get("/v1/exercises/" + slug + "/versions").statusCode(200).body("items.version", contains(2, 1))
                .body("items.title", contains("Good things, new", "Three good things"))
                .body("items.current", contains(true, false));
        USER.get("/v1/exercises/" + slug + "/versions/1").statusCode(200).body("version", equalTo(1))
                .body("currentVersion", equalTo(2)).body("title", equalTo("Three good things"));
        assertProblem(USER.get("/v1/exercises/" + slug + "/versions/3"), 404, "not-found");
        assertProblem(USER.get("/v1/exercises/" + slug + "/versions/one"), 404, "not-found");
        assertProblem(USER.get("/v1/exercises/" + slug() + "/versions"), 404, "not-found");

        // Retired: out of the catalogue, frozen, and can come back.
        put(ADMIN, "/v1/exercises/" + slug + "/status", null, Map.of("status", "retired")).statusCode(200)
                .body("status", equalTo("retired")).body("retiredAt", notNullValue());
        assertProblem(USER.get("/v1/exercises/" + slug), 404, "not-found");
        USER.get("/v1/exercises?limit=100").body("items.slug", not(hasItem(slug)));
        String retiredTag = ADMIN.get("/v1/exercises/" + slug).extract().header("ETag");
        assertProblem(put(ADMIN, "/v1/exercises/" + slug, retiredTag, draft(slug, "x")), 409, "exercise-retired");
        assertProblem(put(ADMIN, "/v1/exercises/" + slug + "/status", null, Map.of("status", "draft")), 409,
                "illegal-transition");
        put(ADMIN, "/v1/exercises/" + slug + "/status", null, Map.of("status", "published")).statusCode(200)
                .body("retiredAt", equalTo(null));
        put(ADMIN, "/v1/exercises/" + slug + "/status", null, Map.of("status", "published")).statusCode(200);
    }

    @Test
    void illegalLifecycleMovesAndBadDraftsAreRefused() {
        String slug = slug();
        ADMIN.post("/v1/exercises", draft(slug, "Draft only")).statusCode(201);
        assertProblem(put(ADMIN, "/v1/exercises/" + slug + "/status", null, Map.of("status", "retired")), 409,
                "illegal-transition");
        assertProblem(put(ADMIN, "/v1/exercises/" + slug + "/status", null, Map.of()), 422, "validation-failed");
        assertProblem(put(ADMIN, "/v1/exercises/" + slug + "/status", null, Map.of("status", "gone")), 422,
                "validation-failed");
        assertProblem(put(ADMIN, "/v1/exercises/no-such-slug/status", null, Map.of("status", "published")), 404,
                "not-found");
        assertProblem(ADMIN.post("/v1/exercises", draft(slug, "Again")), 409, "slug-taken");

        Map<String, Object> tooLong = draft(slug(), "Too long");
        tooLong.put("durationMinutes", 3);
        assertProblem(ADMIN.post("/v1/exercises", tooLong), 422, "validation-failed")
                .body("errors.field", hasItem("/turnPlan"));
        Map<String, Object> touch = draft(slug(), "Hidden touch");
        touch.put("turnPlan",
                List.of(Map.of("lead", "partnerA", "mode", "touch", "seconds", 60, "cue", "Hold hands.")));
        assertProblem(ADMIN.post("/v1/exercises", touch), 422, "validation-failed")
                .body("errors.code", hasItem("touch-undeclared"));
        Map<String, Object> bad = draft("Bad Slug", "");
        bad.put("steps", List.of());
        bad.put("tags", List.of("ok", "ok"));
        assertProblem(ADMIN.post("/v1/exercises", bad), 422, "validation-failed")
                .body("errors.field", hasItems("/slug", "/title", "/steps", "/tags"));
        Map<String, Object> lead = draft(slug(), "Bad lead");
        lead.put("turnPlan", List.of(Map.of("lead", "partnerC", "mode", "speaking", "seconds", 60, "cue", "x")));
        assertProblem(ADMIN.post("/v1/exercises", lead), 422, "validation-failed");
    }

    @Test
    void onlyAdminsCurate() {
        String slug = slug();
        for (Actor actor : List.of(USER, Actor.counselor("Dana"), Actor.withRoles("Platform", "service"))) {
            assertProblem(actor.post("/v1/exercises", draft(slug, "Not mine")), 403, "forbidden");
            assertProblem(put(actor, "/v1/exercises/safe-space-check-in", "*", draft(null, "x")), 403, "forbidden");
            assertProblem(put(actor, "/v1/exercises/safe-space-check-in/status", null, Map.of("status", "retired")),
                    403, "forbidden");
        }
        assertProblem(Actor.anonymous().get("/v1/exercises"), 401, "unauthorized");
        USER.get("/v1/exercises/safe-space-check-in").statusCode(200).body("status", equalTo("published"));
    }

    @Test
    void historyKeepsThePractisedVersionAndARetiredExerciseStaysReadableToItsCouple() {
        String slug = slug();
        ADMIN.post("/v1/exercises", draft(slug, "Before the edit")).statusCode(201);
        put(ADMIN, "/v1/exercises/" + slug + "/status", null, Map.of("status", "published")).statusCode(200);
        Couples.Pair pair = Couples.pair();
        String runs = "/v1/couples/" + pair.coupleId() + "/practice-runs";
        String runId = pair.a().post(runs, Map.of("exercise", slug)).statusCode(201)
                .body("exercise.version", equalTo(1)).extract().path("id");

        String etag = ADMIN.get("/v1/exercises/" + slug).extract().header("ETag");
        put(ADMIN, "/v1/exercises/" + slug, etag, draft(null, "After the edit")).statusCode(200);
        pair.b().get(runs + "/" + runId).statusCode(200).body("exercise.version", equalTo(1))
                .body("exercise.title", equalTo("Before the edit"));

        put(ADMIN, "/v1/exercises/" + slug + "/status", null, Map.of("status", "retired")).statusCode(200);
        pair.a().get("/v1/exercises/" + slug).statusCode(200).body("status", equalTo("retired"));
        pair.a().get("/v1/exercises/" + slug + "/versions/1").statusCode(200)
                .body("title", equalTo("Before the edit"));
        assertProblem(USER.get("/v1/exercises/" + slug), 404, "not-found");
        String before = ADMIN.get("/v1/exercises/" + slug).extract().header("ETag");
        assertNotEquals(etag, before, "every change moves the ETag");
    }

    @Test
    void exercisesThatAreNotThereAndBadPagesAnswerAsDocumented() {
        assertProblem(put(ADMIN, "/v1/exercises/" + slug(), "*", draft(null, "Nowhere")), 404, "not-found");
        assertProblem(USER.get("/v1/exercises/grounding-pause/versions?limit=0"), 400, "invalid-parameter");
        assertProblem(USER.get("/v1/prompt-sets?cursor=forged.cursor"), 400, "invalid-parameter")
                .body("errors[0].field", equalTo("cursor"));
    }
}
