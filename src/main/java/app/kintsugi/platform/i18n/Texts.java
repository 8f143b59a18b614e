package app.kintsugi.platform.i18n;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The texts the code itself says (problem titles and details, category descriptions, milestone names, calendar feed
 * words), one flat JSON object per bundle and language in {@code i18n/<bundle>.<language>.json}. The English file of a
 * bundle is its source and names every key; another language may lack a key, and then English is said and the answer's
 * {@code Content-Language} tells. The files ship with the code and are reviewed like it; the coverage report lists the
 * keys a language still lacks.
 */
public final class Texts {

    /** Every bundle; each has an English file. */
    public static final List<String> BUNDLES = List.of("problems", "texts");

    /** The languages our own texts are written in, English first. */
    public static final List<String> LANGUAGES = List.of("en", "es", "de");

    /** A text and the language it is in, which is the language asked for or English. */
    public record Said(String text, String language) {
    }

    private static final ObjectMapper JSON = new ObjectMapper();

    private static final Map<String, Map<String, String>> LOADED = new ConcurrentHashMap<>();

    private Texts() {
    }

    /**
     * The text of {@code key} in {@code language} (or in its primary language: {@code es-MX} reads {@code es}),
     * otherwise in English.
     *
     * @throws IllegalStateException
     *             when the English file lacks the key, which is a defect of the code
     */
    public static Said say(String bundle, String key, String language) {
        Optional<String> found = find(bundle, key, language);
        if (found.isPresent()) {
            return new Said(found.get(), language(language));
        }
        String english = entries(bundle, "en").get(key);
        if (english == null) {
            throw new IllegalStateException("The bundle " + bundle + " has no English text for " + key);
        }
        return new Said(english, "en");
    }

    /** The text of {@code key} in {@code language} or its primary language, without falling back to English. */
    public static Optional<String> find(String bundle, String key, String language) {
        if (language == null) {
            return Optional.empty();
        }
        String exact = entries(bundle, language).get(key);
        if (exact != null) {
            return Optional.of(exact);
        }
        int dash = language.indexOf('-');
        return dash < 0 ? Optional.empty() : Optional.ofNullable(entries(bundle, language.substring(0, dash)).get(key));
    }

    /** The keys of a bundle, as its English file names them, in file order. */
    public static Set<String> keys(String bundle) {
        return entries(bundle, "en").keySet();
    }

    /** The entries of one bundle in one language (empty when the file does not exist). */
    public static Map<String, String> entries(String bundle, String language) {
        return LOADED.computeIfAbsent(bundle + "." + language, Texts::load);
    }

    /** The language the text was found in: the one asked for, or its primary language. */
    private static String language(String language) {
        int dash = language.indexOf('-');
        return dash < 0 || LANGUAGES.contains(language) ? language : language.substring(0, dash);
    }

    private static Map<String, String> load(String name) {
        String resource = "i18n/" + name + ".json";
        try (InputStream in = Thread.currentThread().getContextClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                return Map.of();
            }
            return Collections.unmodifiableMap(JSON.readValue(in, new TypeReference<LinkedHashMap<String, String>>() {
            }));
        } catch (IOException e) {
            throw new UncheckedIOException("The text bundle " + resource + " cannot be read", e);
        }
    }
}
