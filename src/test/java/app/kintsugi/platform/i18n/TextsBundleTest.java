package app.kintsugi.platform.i18n;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

import app.kintsugi.commitment.CommitmentCategory;
import app.kintsugi.journal.ProgressQuestion;
import app.kintsugi.progress.MilestoneKey;

/**
 * The bundle {@code texts}: every word the code says to people has an English source, and Spanish and German say each
 * of them, with no key the source does not name.
 */
class TextsBundleTest {

    private static final String BUNDLE = "texts";

    @Test
    void everyEnglishTextIsSaidInSpanishAndGerman() {
        Set<String> english = Texts.keys(BUNDLE);
        assertTrue(english.size() > 0, "the English source names the keys");
        for (String language : List.of("es", "de")) {
            Map<String, String> entries = Texts.entries(BUNDLE, language);
            List<String> missing = new ArrayList<>();
            for (String key : english) {
                String text = entries.get(key);
                if (text == null || text.isBlank()) {
                    missing.add(key);
                }
            }
            assertTrue(missing.isEmpty(), language + " lacks " + missing);
            Set<String> extra = new LinkedHashSet<>(entries.keySet());
            extra.removeAll(english);
            assertTrue(extra.isEmpty(), language + " names keys the English source does not: " + extra);
        }
        for (String key : english) {
            assertTrue(!Texts.entries(BUNDLE, "en").get(key).isBlank(), key + " is blank in English");
        }
    }

    @Test
    void everyCategoryMilestoneAndQuestionHasItsWords() {
        Set<String> english = Texts.keys(BUNDLE);
        List<String> needed = new ArrayList<>();
        for (CommitmentCategory category : CommitmentCategory.values()) {
            needed.add(category.descriptionKey());
        }
        for (MilestoneKey milestone : MilestoneKey.values()) {
            needed.add(milestone.titleKey());
        }
        for (ProgressQuestion question : ProgressQuestion.values()) {
            needed.add(question.textKey());
        }
        needed.addAll(List.of("calendar.reminder", "calendar.name.titled", "calendar.name.neutral"));
        List<String> missing = needed.stream().filter(key -> !english.contains(key)).toList();
        assertTrue(missing.isEmpty(), "texts.en.json lacks " + missing);
    }

    @Test
    void aLanguageIsSaidInItsOwnWordsOrInEnglishAndSaysWhich() {
        assertEquals(new Texts.Said("Recordatorio", "es"), Texts.say(BUNDLE, "calendar.reminder", "es"));
        assertEquals(new Texts.Said("Recordatorio", "es"), Texts.say(BUNDLE, "calendar.reminder", "es-MX"));
        assertEquals(new Texts.Said("Erinnerung", "de"), Texts.say(BUNDLE, "calendar.reminder", "de"));
        assertEquals(new Texts.Said("Reminder", "en"), Texts.say(BUNDLE, "calendar.reminder", "fr"));
        assertEquals("El primer día con corazón", MilestoneKey.FIRST_HEART_DAY.title("es").text());
        assertEquals("Ein kurzer täglicher Austausch miteinander.",
                CommitmentCategory.DAILY_CHECK_IN.description("de").text());
    }
}
