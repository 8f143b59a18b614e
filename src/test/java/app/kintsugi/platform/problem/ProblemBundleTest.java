package app.kintsugi.platform.problem;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import app.kintsugi.platform.http.SoundText;
import app.kintsugi.platform.http.StatusKinds;
import app.kintsugi.platform.i18n.Texts;

/** The bundle {@code problems} is complete in every language, and names every problem the code raises. */
class ProblemBundleTest {

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\d}");
    private static final List<Integer> STATUSES = List.of(400, 401, 403, 404, 405, 406, 409, 410, 412, 413, 414, 415,
            422, 428, 429, 431, 500, 503);

    @Test
    void everyEnglishKeyIsTranslatedWithTheSamePlaceholders() {
        List<String> gaps = new ArrayList<>();
        for (String language : Texts.LANGUAGES) {
            var entries = Texts.entries(ProblemTexts.BUNDLE, language);
            for (String key : Texts.keys(ProblemTexts.BUNDLE)) {
                String text = entries.get(key);
                if (text == null || text.isBlank()) {
                    gaps.add(language + ": no " + key);
                } else if (!placeholders(text).equals(placeholders(Texts.entries(ProblemTexts.BUNDLE, "en")
                        .get(key)))) {
                    gaps.add(language + ": " + key + " has other placeholders than English");
                }
            }
            for (String key : entries.keySet()) {
                if (!Texts.keys(ProblemTexts.BUNDLE).contains(key)) {
                    gaps.add(language + ": " + key + " is not in the English bundle");
                }
            }
        }
        assertTrue(gaps.isEmpty(), String.join("\n", gaps));
    }

    @Test
    void everyProblemTypeDetailIsInTheEnglishBundle() throws Exception {
        List<Class<?>> types = problemTypes();
        assertTrue(types.size() >= 14, "found only " + types);
        List<String> missing = new ArrayList<>();
        for (Class<?> type : types) {
            for (Object constant : type.getEnumConstants()) {
                String detail = ((ProblemType) constant).detail();
                if (ProblemTexts.keyOf(detail).isEmpty()) {
                    missing.add(type.getSimpleName() + "." + constant + ": " + detail);
                }
                for (String language : List.of("es", "de")) {
                    if (!ProblemTexts.say(detail, language).language().equals(language)) {
                        missing.add(type.getSimpleName() + "." + constant + " is not said in " + language);
                    }
                }
            }
        }
        assertTrue(missing.isEmpty(), String.join("\n", missing));
    }

    @Test
    void everyTitleAndGenericDetailIsTranslated() {
        List<String> missing = new ArrayList<>();
        for (int status : STATUSES) {
            var kind = StatusKinds.of(status);
            for (String english : new String[]{Problems.title(status), kind.title(), kind.detail()}) {
                if (english == null) {
                    continue; // a status with no generic detail
                }
                for (String language : List.of("es", "de")) {
                    if (!ProblemTexts.say(english, language).language().equals(language)) {
                        missing.add(status + " " + english + " in " + language);
                    }
                }
            }
            assertEquals(Texts.entries(ProblemTexts.BUNDLE, "en").get("status." + status), Problems.title(status));
        }
        for (String english : List.of(SoundText.MESSAGE, "Some fields are not valid; see errors.",
                "A parameter of the request is not valid.", Problems.preconditionFailed().detail(),
                Problems.preconditionRequired().detail())) {
            if (!ProblemTexts.say(english, "de").language().equals("de")) {
                missing.add(english);
            }
        }
        assertTrue(missing.isEmpty(), String.join("\n", missing));
    }

    @Test
    void valuesAndNounsAreCarriedIntoTheTranslation() {
        assertEquals(new Texts.Said("El título tiene como máximo 120 caracteres.", "es"),
                ProblemTexts.say("A title has at most 120 characters.", "es"));
        assertEquals(new Texts.Said("Der Anzeigename darf nicht leer sein.", "de"),
                ProblemTexts.say("A display name cannot be empty.", "de"));
        assertEquals(new Texts.Said("limit muss eine ganze Zahl von 1 bis 100 sein.", "de"),
                ProblemTexts.say("limit must be a whole number from 1 to 100.", "de"));
        assertEquals(new Texts.Said("status es obligatorio.", "es"), ProblemTexts.say("status is required.", "es"));
        assertEquals(new Texts.Said("visibility es uno de estos valores: [private, partner].", "es"),
                ProblemTexts.say("visibility is one of [private, partner].", "es"));
        // A placeholder holds one value or a known noun, never a sentence of its own.
        assertEquals("en", ProblemTexts.say("Some words we never wrote is required.", "es").language());
        // A noun the bundle does not know leaves the sentence English.
        assertEquals(new Texts.Said("A mystery cannot be empty.", "en"),
                ProblemTexts.say("A mystery cannot be empty.", "de"));
        assertEquals(new Texts.Said("Nothing we know.", "en"), ProblemTexts.say("Nothing we know.", "es"));
        assertEquals(new Texts.Said("Not found", "en"), ProblemTexts.say("Not found", "en"));
    }

    @Test
    void contentLanguageNamesEnglishWhenSomeTextStayedEnglish() {
        Problem problem = new Problem(URI.create(Problem.TYPE_BASE + "validation-failed"), "Validation failed", 422,
                "Some fields are not valid; see errors.", "/v1/me", "validation-failed", "request-1",
                List.of(new Problem.FieldError("/a", "blank", "A title cannot be empty."),
                        new Problem.FieldError("/b", "odd", "A sentence only a new feature says.")));
        var localized = ProblemTexts.localize(problem, "es");
        assertEquals("es, en", localized.contentLanguage());
        assertEquals("Datos no válidos", localized.problem().title());
        assertEquals("El título no puede quedar en blanco.", localized.problem().errors().get(0).message());
        assertEquals("A sentence only a new feature says.", localized.problem().errors().get(1).message());
        assertEquals(problem.type(), localized.problem().type());
        assertEquals(problem.code(), localized.problem().code());
        assertEquals("blank", localized.problem().errors().get(0).code());

        assertEquals("de", ProblemTexts.localize(new Problem(problem.type(), "Validation failed", 422,
                "Some fields are not valid; see errors.", null, problem.code(), "r", null), "de").contentLanguage());
        assertEquals("en", ProblemTexts.localize(problem, "en").contentLanguage());
        assertEquals("en", ProblemTexts.contentLanguage("es", List.of("en", "en")));
    }

    @Test
    void everyEnglishSentenceHasOneKey() {
        Set<String> seen = new TreeSet<>();
        List<String> twice = new ArrayList<>();
        Texts.entries(ProblemTexts.BUNDLE, "en").forEach((key, text) -> {
            if (!seen.add(text)) {
                twice.add(key + ": " + text);
            }
        });
        assertTrue(twice.isEmpty(), "One English sentence, two keys: translations could differ\n" + twice);
        assertFalse(seen.isEmpty());
    }

    private static Set<String> placeholders(String text) {
        Set<String> found = new TreeSet<>();
        Matcher matcher = PLACEHOLDER.matcher(text);
        while (matcher.find()) {
            found.add(matcher.group());
        }
        return found;
    }

    /** Every enum of the main code that implements {@link ProblemType}, found in {@code target/classes}. */
    private static List<Class<?>> problemTypes() throws IOException, ClassNotFoundException {
        Path root = Path.of("target/classes");
        List<Class<?>> found = new ArrayList<>();
        try (Stream<Path> files = Files.walk(root.resolve("app/kintsugi"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".class")).toList()) {
                String name = root.relativize(file).toString().replace('/', '.').replaceAll("\\.class$", "");
                Class<?> type = Class.forName(name, false, ProblemBundleTest.class.getClassLoader());
                if (type.isEnum() && ProblemType.class.isAssignableFrom(type)) {
                    found.add(type);
                }
            }
        }
        return found;
    }
}
