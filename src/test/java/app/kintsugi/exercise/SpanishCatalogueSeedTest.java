package app.kintsugi.exercise;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Tuple;

import org.junit.jupiter.api.Test;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;

import app.kintsugi.support.Couples.Actor;

/** V19 seeds the whole catalogue in Spanish, each text pinned to the English it was written from. */
@QuarkusTest
@WithTestResource(OidcWiremockTestResource.class)
class SpanishCatalogueSeedTest {

    private static final List<String> SEEDED = List.of("safe-space-check-in", "eye-contact-without-words",
            "repair-letter", "i-miss-this-ritual", "trust-journal", "gentle-touch-practice", "trust-me-jar",
            "structured-conversation", "boundary-review", "grounding-pause", "gratitude-note-exchange",
            "weekly-date-night", "cooking-together", "sunday-walk", "nighttime-check-in", "shared-hobby-or-project");
    private static final List<String> PROMPT_SETS = List.of("five-questions", "conversation-starters",
            "progress-questions");
    private static final String FIND_A_HELPLINE = "5a0c3e1f-8b7d-4c2a-9e6f-1d4b8a2c7e90";

    private static final Actor USER = Actor.user("Lucía");

    @Inject
    EntityManager em;

    @Test
    void everySeededExerciseHasAFreshPublishedSpanishTextShapedLikeItsEnglish() {
        List<Tuple> rows = rows("""
                select x.slug, es.locale as es_locale, es.status, es.source_digest = en.text_digest as fresh,
                       es.title <> en.title as retitled,
                       jsonb_array_length(es.steps) = jsonb_array_length(en.steps) as steps,
                       jsonb_array_length(es.turn_cues) = jsonb_array_length(en.turn_cues) as cues,
                       jsonb_array_length(es.turn_cues) = jsonb_array_length(v.turn_plan) as cues_per_turn,
                       jsonb_array_length(es.reflection_prompts) = jsonb_array_length(en.reflection_prompts) as prompts,
                       jsonb_array_length(es.safety_notes) = jsonb_array_length(en.safety_notes) as notes,
                       lower(es.safety_notes::text) like '%cualquiera de los dos%' as anyone_may_stop,
                       (select max(char_length(c)) from jsonb_array_elements_text(es.turn_cues) c) as longest_cue,
                       (select max(char_length(s)) from jsonb_array_elements_text(es.steps || es.reflection_prompts
                           || es.safety_notes) s) as longest_line
                from exercise x
                join exercise_text en on en.exercise_id = x.id and en.version = 1 and en.locale = 'en'
                join exercise_version v on v.exercise_id = x.id and v.version = 1
                left join exercise_text es on es.exercise_id = x.id and es.version = 1 and es.locale = 'es'
                where x.slug in (:slugs)
                order by x.slug
                """, SEEDED);
        assertEquals(SEEDED.size(), rows.size(), "every seeded exercise has its English version 1");
        for (Tuple row : rows) {
            String slug = row.get("slug", String.class);
            assertEquals("es", row.get("es_locale"), slug + " has a Spanish text");
            assertEquals("published", row.get("status"), slug);
            assertTrue(row.get("fresh", Boolean.class), slug + " translates the current English");
            assertTrue(row.get("retitled", Boolean.class), slug + " has a title of its own in Spanish");
            for (String list : List.of("steps", "cues", "cues_per_turn", "prompts", "notes")) {
                assertTrue(row.get(list, Boolean.class), slug + ": " + list + " has as many entries as the English");
            }
            assertTrue(row.get("anyone_may_stop", Boolean.class), slug + " says either partner may stop");
            // Within what an admin's edit would accept, so the seed can be revised through the API.
            assertTrue(((Number) row.get("longest_cue")).intValue() <= 300, slug);
            assertTrue(((Number) row.get("longest_line")).intValue() <= 500, slug);
        }
    }

    @Test
    void theThreePromptSetsAreInSpanishWithAsManyPrompts() {
        List<Tuple> rows = rows("""
                select en.slug, es.locale as es_locale, es.status, es.source_digest = en.text_digest as fresh,
                       es.title <> en.title as retitled,
                       jsonb_array_length(es.prompts) = jsonb_array_length(en.prompts) as prompts
                from prompt_set_text en
                left join prompt_set_text es on es.slug = en.slug and es.locale = 'es'
                where en.locale = 'en' and en.slug in (:slugs)
                """, PROMPT_SETS);
        assertEquals(PROMPT_SETS.size(), rows.size());
        for (Tuple row : rows) {
            String slug = row.get("slug", String.class);
            assertEquals("es", row.get("es_locale"), slug);
            assertEquals("published", row.get("status"), slug);
            assertTrue(row.get("fresh", Boolean.class), slug);
            assertTrue(row.get("retitled", Boolean.class), slug);
            assertTrue(row.get("prompts", Boolean.class), slug);
        }
    }

    @Test
    void theSeededHelplineDirectoryIsDescribedInSpanishAndSpanishIsATargetLanguage() {
        Tuple row = QuarkusTransaction.requiringNew().call(() -> (Tuple) em.createNativeQuery("""
                select t.status, t.source_digest = r.description_digest as fresh, t.description <> r.description
                       as translated, (select count(*) from target_language where language = 'es') as targets
                from support_resource r
                join support_resource_text t on t.resource_id = r.id and t.locale = 'es'
                where r.id = cast(:id as uuid)
                """, Tuple.class).setParameter("id", FIND_A_HELPLINE).getSingleResult());
        assertEquals("published", row.get("status"));
        assertTrue(row.get("fresh", Boolean.class));
        assertTrue(row.get("translated", Boolean.class));
        assertEquals(1, ((Number) row.get("targets")).intValue());
    }

    @Test
    void aReaderAskingForSpanishGetsTheSpanishWords() {
        String english = USER.get("/v1/exercises/safe-space-check-in").statusCode(200).extract().path("title");
        given().auth().oauth2(USER.token()).header("Accept-Language", "es-MX, es;q=0.9").when()
                .get("/v1/exercises/safe-space-check-in").then().statusCode(200)
                .header("Content-Language", "es").body("language", equalTo("es"))
                .body("title", equalTo("Encuentro en un espacio seguro")).body("turnPlan", hasSize(4))
                .body("turnPlan[1].cue", equalTo(
                        "Persona A: cuenta cómo te sientes esta semana. Persona B: escucha sin interrumpir."));
        assertNotEquals("Encuentro en un espacio seguro", english);
        given().auth().oauth2(USER.token()).header("Accept-Language", "es").when()
                .get("/v1/prompt-sets/five-questions").then().statusCode(200).header("Content-Language", "es")
                .body("title", equalTo("Cinco preguntas para compartir en pareja")).body("prompts", hasSize(5));
    }

    @SuppressWarnings("unchecked")
    private List<Tuple> rows(String sql, List<String> slugs) {
        return QuarkusTransaction.requiringNew().call(
                () -> em.createNativeQuery(sql, Tuple.class).setParameter("slugs", slugs).getResultList());
    }
}
