package app.kintsugi.platform.i18n;

import java.util.List;
import java.util.regex.Pattern;

import app.kintsugi.platform.problem.Problem.FieldError;
import app.kintsugi.platform.problem.Problems;
import app.kintsugi.platform.problem.ShortTexts;

/** What every translation must satisfy, whatever it translates. */
public final class TranslationRules {

    /** The language tags translations are kept under: a language, optionally with a region ({@code pt-BR}). */
    public static final Pattern TAG = Pattern.compile("^[a-z]{2,3}(-[A-Z]{2})?$");

    private TranslationRules() {
    }

    /** Whether a path's language could name a translation at all. */
    public static boolean wellFormed(String language) {
        return language != null && TAG.matcher(language).matches();
    }

    /** The language a translation is written under: 422 when malformed, or when it is the source's own language. */
    public static String target(String language, String source) {
        if (!wellFormed(language)) {
            throw Problems.validation("language", "invalid-language",
                    "Use a BCP 47 tag of a language and an optional region, such as es or pt-BR.");
        }
        if (language.equals(source)) {
            throw Problems.validation("language", "source-language",
                    "This is the language the item is written in; edit the item itself instead.");
        }
        return language;
    }

    /** A list that must hold as many items as its source, each a text of several lines. */
    public static void matching(String field, List<String> values, int expected, int max, List<FieldError> errors) {
        if (values == null) {
            errors.add(new FieldError(field, "required", field.substring(1) + " is required."));
            return;
        }
        if (values.size() != expected) {
            errors.add(new FieldError(field, "count-mismatch",
                    field.substring(1) + " has " + expected + " items, as many as the source."));
            return;
        }
        for (int i = 0; i < values.size(); i++) {
            ShortTexts.paragraphs(field + "/" + i, "An item", values.get(i), max).ifPresent(errors::add);
        }
    }
}
