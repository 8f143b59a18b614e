package app.kintsugi.exercise;

import static app.kintsugi.support.ProblemAssertions.assertProblem;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.util.HashMap;
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

import app.kintsugi.support.Couples.Actor;

/**
 * Admins translate exercise versions and prompt sets: a draft is never served, a published one is served to readers of
 * its language with Content-Language, a change of the English makes it stale (reported, not served, not publishable),
 * and a language nothing is translated into falls back to English and says so.
 */
@QuarkusTest
@WithTestResource(OidcWiremockTestResource.class)
public class TranslationAuthoringTest {

    private static final Actor ADMIN = Actor.withRoles("Ada", "admin");
    private static final String SEED_RESOURCE = "5a0c3e1f-8b7d-4c2a-9e6f-1d4b8a2c7e90";

    @Inject
    EntityManager em;
    private static final Actor USER = Actor.user("Robin");

    private static String slug() {
        return "tr-" + UUID.randomUUID().toString().substring(0, 8);
    }

    /** A French translation of {@link ExerciseCatalogueTest#draft}: as many steps, cues, prompts and notes. */
    private static Map<String, Object> french(String title) {
        Map<String, Object> body = new HashMap<>();
        body.put("title", title);
        body.put("summary", "Deux minutes chacun pour nommer une chose qui a bien marché aujourd'hui.");
        body.put("steps", List.of("Asseyez-vous ensemble.", "Parlez chacun à votre tour.", "Remerciez-vous."));
        body.put("turnCues", List.of("A parle.", "B parle."));
        body.put("reflectionPrompts", List.of("Qu'est-ce qui vous a surpris ?"));
        body.put("safetyNotes", List.of("Chacun de vous peut faire une pause à tout moment."));
        return body;
    }

    private static ValidatableResponse send(String method, Actor actor, String path, String ifMatch, Object body) {
        var request = given().auth().oauth2(actor.token());
        if (body != null) {
            request = request.contentType(ContentType.JSON).body(body);
        }
        if (ifMatch != null) {
            request = request.header("If-Match", ifMatch);
        }
        return request.when().request(method, path).then();
    }

    private static ValidatableResponse read(Actor actor, String path, String acceptLanguage) {
        return given().auth().oauth2(actor.token()).header("Accept-Language", acceptLanguage).when().get(path).then();
    }

    private static String publishedExercise() {
        String slug = slug();
        String tag = send("POST", ADMIN, "/v1/exercises", null, ExerciseCatalogueTest.draft(slug, "Two minutes"))
                .statusCode(201).extract().header("ETag");
        send("PUT", ADMIN, "/v1/exercises/" + slug + "/status", tag, Map.of("status", "published")).statusCode(200);
        return slug;
    }

    @Test
    void aPublishedTranslationIsServedWithItsLanguageAndADraftIsNot() {
        String slug = publishedExercise();
        String base = "/v1/exercises/" + slug + "/versions/1/translations/fr";
        String tag = send("PUT", ADMIN, base, null, french("Deux minutes")).statusCode(201)
                .header("Location", org.hamcrest.Matchers.endsWith(base)).body("status", equalTo("draft"))
                .body("stale", equalTo(false))
                .extract().header("ETag");

        // A draft is not served: French readers get English, and Content-Language says so.
        read(USER, "/v1/exercises/" + slug, "fr").statusCode(200).header("Content-Language", "en")
                .body("title", equalTo("Two minutes")).body("language", equalTo("en"));
        String englishTag = read(USER, "/v1/exercises/" + slug, "fr").extract().header("ETag");

        tag = send("PUT", ADMIN, base + "/status", tag, Map.of("status", "published")).statusCode(200)
                .body("status", equalTo("published")).extract().header("ETag");
        ValidatableResponse french = read(USER, "/v1/exercises/" + slug, "fr-CA, en;q=0.5").statusCode(200)
                .header("Content-Language", "fr").header("Vary", "Accept-Language, Authorization")
                .body("language", equalTo("fr")).body("title", equalTo("Deux minutes"))
                .body("turnPlan[1].cue", equalTo("B parle.")).body("safetyNotes[0]",
                        equalTo("Chacun de vous peut faire une pause à tout moment."));
        assertNotEquals(englishTag, french.extract().header("ETag"), "each language has its own ETag");
        read(USER, "/v1/exercises?limit=100", "fr").statusCode(200).header("Content-Language", "fr")
                .body("items.find { it.slug == '" + slug + "' }.title", equalTo("Deux minutes"));

        // Withdrawn to draft: English again.
        send("PUT", ADMIN, base + "/status", tag, Map.of("status", "draft")).statusCode(200);
        read(USER, "/v1/exercises/" + slug, "fr").header("Content-Language", "en").body("title",
                equalTo("Two minutes"));
    }

    @Test
    void aChangedEnglishMakesTheTranslationStaleAndItIsNeitherServedNorPublishable() {
        String slug = slug();
        String exerciseTag = send("POST", ADMIN, "/v1/exercises", null, ExerciseCatalogueTest.draft(slug, "Draft"))
                .statusCode(201).extract().header("ETag");
        String base = "/v1/exercises/" + slug + "/versions/1/translations/fr";
        String tag = send("PUT", ADMIN, base, null, french("Brouillon")).statusCode(201).extract().header("ETag");
        // A translation of a draft can be published; it is served with the exercise.
        tag = send("PUT", ADMIN, base + "/status", tag, Map.of("status", "published")).statusCode(200)
                .extract().header("ETag");
        exerciseTag = ADMIN.get("/v1/exercises/" + slug).extract().header("ETag");
        // The admin rewrites the draft's English in place: the translation is now stale.
        send("PUT", ADMIN, "/v1/exercises/" + slug, exerciseTag, ExerciseCatalogueTest.draft(null, "Draft, reworded"))
                .statusCode(200);
        send("GET", ADMIN, base, null, null).statusCode(200).body("stale", equalTo(true));
        send("GET", ADMIN, "/v1/exercises/" + slug + "/versions/1/translations", null, null).statusCode(200)
                .body("items.find { it.language == 'fr' }.stale", equalTo(true));
        exerciseTag = ADMIN.get("/v1/exercises/" + slug).extract().header("ETag");
        send("PUT", ADMIN, "/v1/exercises/" + slug + "/status", exerciseTag, Map.of("status", "published"))
                .statusCode(200);
        read(USER, "/v1/exercises/" + slug, "fr").statusCode(200).header("Content-Language", "en")
                .body("title", equalTo("Draft, reworded"));
        given().auth().oauth2(ADMIN.token()).when().get("/v1/languages/fr/gaps?limit=100").then().statusCode(200)
                .body("items", hasItem(Map.of("kind", "exercise", "item", slug, "version", 1, "state", "stale")));

        // Withdraw, then publishing the stale translation is refused until it is revised.
        tag = send("PUT", ADMIN, base + "/status", tag, Map.of("status", "draft")).statusCode(200)
                .extract().header("ETag");
        assertProblem(send("PUT", ADMIN, base + "/status", tag, Map.of("status", "published")), 409,
                "translation-stale");
        tag = send("PUT", ADMIN, base, tag, french("Brouillon, reformulé")).statusCode(200)
                .body("stale", equalTo(false)).extract().header("ETag");
        send("PUT", ADMIN, base + "/status", tag, Map.of("status", "published")).statusCode(200);
        read(USER, "/v1/exercises/" + slug, "fr").header("Content-Language", "fr").body("title",
                equalTo("Brouillon, reformulé"));
    }

    @Test
    void aNewVersionCarriesTranslationsAndOnlyUnchangedEnglishKeepsThemServed() {
        String slug = publishedExercise();
        String base = "/v1/exercises/" + slug + "/versions/1/translations/fr";
        String tag = send("PUT", ADMIN, base, null, french("Deux minutes")).statusCode(201).extract().header("ETag");
        send("PUT", ADMIN, base + "/status", tag, Map.of("status", "published")).statusCode(200);
        // Version 2 changes only the tags: the English is the same, so French readers keep their translation.
        String exerciseTag = ADMIN.get("/v1/exercises/" + slug).extract().header("ETag");
        Map<String, Object> retagged = ExerciseCatalogueTest.draft(null, "Two minutes");
        retagged.put("tags", List.of("morning"));
        exerciseTag = send("PUT", ADMIN, "/v1/exercises/" + slug, exerciseTag, retagged).statusCode(200)
                .body("version", equalTo(2)).extract().header("ETag");
        read(USER, "/v1/exercises/" + slug, "fr").body("version", equalTo(2)).header("Content-Language", "fr");
        // Version 3 rewords the English: its carried translation is stale; version 2 keeps its own.
        send("PUT", ADMIN, "/v1/exercises/" + slug, exerciseTag, ExerciseCatalogueTest.draft(null, "Two calm minutes"))
                .statusCode(200).body("version", equalTo(3));
        read(USER, "/v1/exercises/" + slug, "fr").body("version", equalTo(3)).header("Content-Language", "en")
                .body("title", equalTo("Two calm minutes"));
        send("GET", ADMIN, "/v1/exercises/" + slug + "/versions/3/translations/fr", null, null).statusCode(200)
                .body("stale", equalTo(true)).body("status", equalTo("published"));
        read(USER, "/v1/exercises/" + slug + "/versions/2", "fr").header("Content-Language", "fr");
    }

    @Test
    void theProfileLocaleIsTheSecondChoiceAndALanguageWithoutTranslationFallsBackToEnglish() {
        // The seeded catalogue is complete in Spanish and German.
        read(USER, "/v1/exercises/safe-space-check-in", "de").statusCode(200).header("Content-Language", "de");
        read(USER, "/v1/exercises/safe-space-check-in", "ja").statusCode(200).header("Content-Language", "en")
                .body("language", equalTo("en"));
        Actor spanish = Actor.user("Lucía");
        String me = spanish.get("/v1/me").statusCode(200).extract().header("ETag");
        given().auth().oauth2(spanish.token()).contentType("application/merge-patch+json").header("If-Match", me)
                .body(Map.of("locale", "es-AR")).when().patch("/v1/me").then().statusCode(200);
        // No header: the profile decides. A header that fits decides over the profile.
        given().auth().oauth2(spanish.token()).when().get("/v1/exercises/safe-space-check-in").then()
                .statusCode(200).header("Content-Language", "es");
        read(spanish, "/v1/exercises/safe-space-check-in", "de").header("Content-Language", "de");
        read(spanish, "/v1/exercises/safe-space-check-in", "ja").header("Content-Language", "es");
        given().auth().oauth2(spanish.token()).when().get("/v1/prompt-sets/five-questions").then().statusCode(200)
                .header("Content-Language", "es");
    }

    @Test
    void promptSetsAreTranslatedTheSameWay() {
        String base = "/v1/prompt-sets/progress-questions/translations/it";
        Map<String, Object> italian = Map.of("title", "Domande sul cammino",
                "description", "Domande per guardare insieme come stanno cambiando le cose.",
                "prompts", List.of("Uno?", "Due?", "Tre?", "Quattro?", "Cinque?"));
        assertProblem(send("PUT", ADMIN, base, null, Map.of("title", "Domande", "description", "Poche.",
                "prompts", List.of("Una sola?"))), 422, "validation-failed")
                .body("errors[0].field", equalTo("/prompts")).body("errors[0].code", equalTo("count-mismatch"));
        String tag = send("PUT", ADMIN, base, null, italian).statusCode(201).extract().header("ETag");
        read(USER, "/v1/prompt-sets/progress-questions", "it").header("Content-Language", "en");
        assertProblem(send("PUT", ADMIN, base, null, italian), 428, "precondition-required");
        assertProblem(send("PUT", ADMIN, base, "\"999\"", italian), 412, "precondition-failed");
        tag = send("PUT", ADMIN, base + "/status", tag, Map.of("status", "published")).statusCode(200)
                .extract().header("ETag");
        read(USER, "/v1/prompt-sets/progress-questions", "it").header("Content-Language", "it")
                .body("title", equalTo("Domande sul cammino")).body("prompts[4]", equalTo("Cinque?"));
        send("GET", ADMIN, "/v1/prompt-sets/progress-questions/translations", null, null).statusCode(200)
                .body("items.language", hasItem("it"));
        assertProblem(send("DELETE", ADMIN, base, null, null), 428, "precondition-required");
        send("DELETE", ADMIN, base, tag, null).statusCode(204);
        read(USER, "/v1/prompt-sets/progress-questions", "it").header("Content-Language", "en");
        assertProblem(send("GET", ADMIN, base, null, null), 404, "not-found");
    }

    @Test
    void onlyAdminsTranslateAndBadLanguagesOrTargetsAreRefused() {
        String slug = publishedExercise();
        String base = "/v1/exercises/" + slug + "/versions/1/translations";
        assertProblem(send("PUT", USER, base + "/fr", null, french("Non")), 403, "forbidden");
        assertProblem(send("GET", USER, base, null, null), 403, "forbidden");
        assertProblem(send("PUT", ADMIN, base + "/en", null, french("No")), 422, "validation-failed")
                .body("errors[0].code", equalTo("source-language"));
        assertProblem(send("PUT", ADMIN, base + "/French", null, french("No")), 422, "validation-failed")
                .body("errors[0].code", equalTo("invalid-language"));
        Map<String, Object> missingNote = french("Il manque une note");
        missingNote.put("safetyNotes", List.of());
        assertProblem(send("PUT", ADMIN, base + "/fr", null, missingNote), 422, "validation-failed")
                .body("errors[0].field", equalTo("/safetyNotes"));
        assertProblem(send("GET", ADMIN, base + "/fr", null, null), 404, "not-found");
        assertProblem(send("GET", ADMIN, "/v1/exercises/" + slug + "/versions/9/translations", null, null), 404,
                "not-found");
        assertProblem(send("GET", ADMIN, "/v1/exercises/no-such-exercise/versions/1/translations", null, null), 404,
                "not-found");
        assertProblem(send("PUT", ADMIN, base + "/fr", "\"1\"", french("Trop tôt")), 412, "precondition-failed");
        send("PUT", ADMIN, base + "/fr", null, french("Oui")).statusCode(201);
        assertProblem(send("PUT", ADMIN, base + "/fr/status", null, Map.of("status", "published")), 428,
                "precondition-required");
        assertProblem(send("PUT", ADMIN, base + "/fr/status", "\"1\"", Map.of()), 422, "validation-failed");
    }

    @Test
    void theReportShowsBothSeededLanguagesCompleteAndMeasuresANewTarget() {
        given().auth().oauth2(ADMIN.token()).when().get("/v1/languages?limit=100").then().statusCode(200)
                .body("items.find { it.language == 'es' }.target", equalTo(true))
                .body("items.find { it.language == 'de' }.target", equalTo(true));
        // Other tests of this run add exercises in English only, so the seeded catalogue is checked item by item.
        @SuppressWarnings("unchecked")
        List<String> seeded = QuarkusTransaction.requiringNew().call(() -> em.createNativeQuery(
                "select slug from exercise where cast(id as text) like '00000000-0000-4000-8000-%'").getResultList());
        assertEquals(16, seeded.size());
        for (String language : List.of("es", "de")) {
            List<Map<String, Object>> gaps = given().auth().oauth2(ADMIN.token()).when()
                    .get("/v1/languages/" + language + "/gaps?limit=100").then().statusCode(200).extract()
                    .path("items");
            List<Map<String, Object>> seededGaps = gaps.stream().filter(gap -> !gap.get("kind").equals("exercise")
                    && !gap.get("kind").equals("supportResource") || seeded.contains(gap.get("item"))
                    || SEED_RESOURCE.equals(gap.get("item"))).toList();
            assertEquals(List.of(), seededGaps, language + " lacks nothing of the seed and of our own texts");
        }
        send("PUT", ADMIN, "/v1/languages/pt-BR", null, null).statusCode(201)
                .header("Location", org.hamcrest.Matchers.endsWith("/v1/languages/pt-BR"))
                .body("target", equalTo(true)).body("published", equalTo(0));
        send("PUT", ADMIN, "/v1/languages/pt-BR", null, null).statusCode(200);
        given().auth().oauth2(ADMIN.token()).when().get("/v1/languages/pt-BR/gaps?limit=2").then().statusCode(200)
                .body("items.state", equalTo(List.of("missing", "missing"))).body("nextCursor", not(equalTo(null)));
        send("DELETE", ADMIN, "/v1/languages/pt-BR", null, null).statusCode(204);
        assertProblem(send("DELETE", ADMIN, "/v1/languages/pt-BR", null, null), 404, "not-found");
        assertProblem(send("PUT", ADMIN, "/v1/languages/en", null, null), 422, "validation-failed");
        assertProblem(send("GET", ADMIN, "/v1/languages/english", null, null), 404, "not-found");
        assertProblem(send("GET", USER, "/v1/languages", null, null), 403, "forbidden");
    }

    @Test
    void everyChangeOfATranslationNeedsItsCurrentETag() {
        String slug = publishedExercise();
        String base = "/v1/exercises/" + slug + "/versions/1/translations/fr";
        String tag = send("PUT", ADMIN, base, null, french("Deux minutes")).statusCode(201).extract().header("ETag");
        assertProblem(send("PUT", ADMIN, base, null, french("Sans ETag")), 428, "precondition-required");
        assertProblem(send("PUT", ADMIN, base + "/status", "\"999\"", Map.of("status", "published")), 412,
                "precondition-failed");
        assertProblem(send("DELETE", ADMIN, base, null, null), 428, "precondition-required");
        assertProblem(send("DELETE", ADMIN, base, "\"999\"", null), 412, "precondition-failed");
        send("DELETE", ADMIN, base, tag, null).statusCode(204);

        String set = "/v1/prompt-sets/five-questions/translations/nl";
        String setTag = send("PUT", ADMIN, set, null, Map.of("title", "Vijf vragen", "description", "Rustig aan.",
                "prompts", List.of("1?", "2?", "3?", "4?", "5?"))).statusCode(201).extract().header("ETag");
        assertProblem(send("PUT", ADMIN, set + "/status", null, Map.of("status", "published")), 428,
                "precondition-required");
        assertProblem(send("PUT", ADMIN, set + "/status", "\"999\"", Map.of("status", "published")), 412,
                "precondition-failed");
        assertProblem(send("DELETE", ADMIN, set, "\"999\"", null), 412, "precondition-failed");
        send("DELETE", ADMIN, set, setTag, null).statusCode(204);
    }

    @Test
    void aPromptSetTranslationTurnsStaleWhenAMigrationRewordsTheEnglish() {
        String set = "/v1/prompt-sets/conversation-starters/translations/sv";
        String tag = send("PUT", ADMIN, set, null, Map.of("title", "Samtalsöppnare", "description", "Varsamt.",
                "prompts", List.of("1?", "2?", "3?", "4?", "5?"))).statusCode(201).extract().header("ETag");
        // Prompt sets change only with migrations; one that rewords the English is played here, then undone.
        String reword = "update prompt_set_text set description = description || ' (reworded)' "
                + "where slug = 'conversation-starters' and locale = 'en'";
        String undo = "update prompt_set_text set description = left(description, length(description) - 11) "
                + "where slug = 'conversation-starters' and locale = 'en'";
        QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery(reword).executeUpdate());
        try {
            send("GET", ADMIN, set, null, null).statusCode(200).body("stale", equalTo(true));
            assertProblem(send("PUT", ADMIN, set + "/status", tag, Map.of("status", "published")), 409,
                    "translation-stale");
        } finally {
            QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery(undo).executeUpdate());
        }
        send("GET", ADMIN, set, null, null).statusCode(200).body("stale", equalTo(false));
        send("DELETE", ADMIN, set, tag, null).statusCode(204);
    }
}
