package app.kintsugi.exercise;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;

/**
 * V20 seeds a German translation of the whole seeded catalogue: each one is published, records the digest of the
 * English it translates (so it is not stale) and has as many entries in each list as its English source.
 */
@QuarkusTest
@WithTestResource(OidcWiremockTestResource.class)
class GermanCatalogueSeedTest {

    /** The sixteen exercises V4 seeds, version 1. */
    private static final String SEEDED = "en.exercise_id between '00000000-0000-4000-8000-000000000001'::uuid"
            + " and '00000000-0000-4000-8000-000000000016'::uuid and en.version = 1";

    @Inject
    AgroalDataSource dataSource;

    @Test
    void everySeededExerciseHasAPublishedGermanTextOfTheSameShape() throws SQLException {
        String sql = """
                select en.exercise_id, en.title, en.text_digest, de.title, de.status, de.source_digest,
                       jsonb_array_length(en.steps), jsonb_array_length(de.steps),
                       jsonb_array_length(en.turn_cues), jsonb_array_length(de.turn_cues),
                       jsonb_array_length(en.reflection_prompts), jsonb_array_length(de.reflection_prompts),
                       jsonb_array_length(en.safety_notes), jsonb_array_length(de.safety_notes),
                       jsonb_array_length(v.turn_plan)
                from exercise_text en
                join exercise_version v on v.exercise_id = en.exercise_id and v.version = en.version
                left join exercise_text de
                       on de.exercise_id = en.exercise_id and de.version = en.version and de.locale = 'de'
                where en.locale = 'en' and\s""" + SEEDED;
        int rows = 0;
        try (Connection connection = dataSource.getConnection();
                PreparedStatement statement = connection.prepareStatement(sql);
                ResultSet row = statement.executeQuery()) {
            while (row.next()) {
                rows++;
                String id = row.getString(1);
                assertNotNull(row.getString(4), id + " has a German text");
                assertNotEquals(row.getString(2), row.getString(4), id + ": the title is translated");
                assertEquals("published", row.getString(5), id + " is published");
                assertEquals(row.getString(3), row.getString(6), id + " translates the current English");
                assertEquals(row.getInt(7), row.getInt(8), id + ": steps");
                assertEquals(row.getInt(9), row.getInt(10), id + ": turn cues");
                assertEquals(row.getInt(15), row.getInt(10), id + ": one cue per turn of the plan");
                assertEquals(row.getInt(11), row.getInt(12), id + ": reflection prompts");
                assertEquals(row.getInt(13), row.getInt(14), id + ": safety notes");
            }
        }
        assertEquals(16, rows, "the seeded exercises");
    }

    @Test
    void everyPromptSetHasAPublishedGermanTextWithAsManyPrompts() throws SQLException {
        String sql = """
                select en.slug, en.text_digest, de.title, de.status, de.source_digest,
                       jsonb_array_length(en.prompts), jsonb_array_length(de.prompts)
                from prompt_set_text en
                left join prompt_set_text de on de.slug = en.slug and de.locale = 'de'
                where en.locale = 'en' and en.slug in ('five-questions', 'conversation-starters', 'progress-questions')
                """;
        int rows = 0;
        try (Connection connection = dataSource.getConnection();
                PreparedStatement statement = connection.prepareStatement(sql);
                ResultSet row = statement.executeQuery()) {
            while (row.next()) {
                rows++;
                String slug = row.getString(1);
                assertNotNull(row.getString(3), slug + " has a German text");
                assertEquals("published", row.getString(4), slug + " is published");
                assertEquals(row.getString(2), row.getString(5), slug + " translates the current English");
                assertEquals(row.getInt(6), row.getInt(7), slug + ": prompts");
            }
        }
        assertEquals(3, rows, "the seeded prompt sets");
    }

    @Test
    void theSeededSupportResourceHasAPublishedGermanDescription() throws SQLException {
        String sql = """
                select t.status, t.source_digest = r.description_digest, char_length(t.description)
                from support_resource r
                join support_resource_text t on t.resource_id = r.id and t.locale = 'de'
                where r.id = '5a0c3e1f-8b7d-4c2a-9e6f-1d4b8a2c7e90'::uuid
                """;
        try (Connection connection = dataSource.getConnection();
                PreparedStatement statement = connection.prepareStatement(sql);
                ResultSet row = statement.executeQuery()) {
            assertTrue(row.next(), "the German description exists");
            assertEquals("published", row.getString(1));
            assertTrue(row.getBoolean(2), "it translates the current description");
            assertTrue(row.getInt(3) > 0);
        }
    }

    @Test
    void germanIsATargetLanguage() throws SQLException {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement statement = connection
                        .prepareStatement("select count(*) from target_language where language = 'de'");
                ResultSet row = statement.executeQuery()) {
            assertTrue(row.next());
            assertEquals(1, row.getInt(1));
        }
    }
}
