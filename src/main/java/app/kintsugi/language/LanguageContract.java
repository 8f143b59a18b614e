package app.kintsugi.language;

import java.util.List;
import java.util.Map;

import app.kintsugi.platform.openapi.ProblemCatalog.Example;
import app.kintsugi.platform.openapi.ProblemCatalog.Spec;

/** The language report's part of the OpenAPI document: its examples and named problem responses. */
public final class LanguageContract {

    static final String LANGUAGE_NOT_FOUND = "LanguageNotFound";
    static final String NOT_A_TARGET = "NotATargetLanguage";
    static final String INVALID_TARGET = "InvalidTargetLanguage";
    static final String LANGUAGE = "A BCP 47 tag: a language and an optional region, such as `es` or `pt-BR`. English is the source and has no report.";

    private LanguageContract() {
    }

    /** Registers the named problem responses; called once by {@code ProblemCatalog}. */
    public static void problems(Map<String, Spec> specs) {
        specs.put(LANGUAGE_NOT_FOUND, new Spec(404, "Not a language tag the report can speak of (malformed, or "
                + "English, the source).", List.of(Example.of("badTag", LanguageProblem.UNKNOWN_LANGUAGE))));
        specs.put(NOT_A_TARGET, new Spec(404, "The language is not a target language (or not a language tag).",
                List.of(Example.of("notTarget", LanguageProblem.NOT_A_TARGET))));
        specs.put(INVALID_TARGET, new Spec(422, "The tag is malformed, or names English, the source.", List.of(
                Example.field("badTag", "language", "invalid-language",
                        "Use a BCP 47 tag of a language and an optional region, such as es or pt-BR."),
                Example.field("english", "language", "source-language",
                        "This is the language the item is written in; edit the item itself instead."))));
    }

    static final String COVERAGE = """
            {
              "language": "es",
              "target": true,
              "items": 160,
              "published": 158,
              "draft": 1,
              "stale": 1,
              "missing": 0,
              "percentComplete": 98.7
            }""";

    static final String COVERAGE_PAGE = """
            {
              "items": [
                {"language": "de", "target": true, "items": 160, "published": 160, "draft": 0, "stale": 0, "missing": 0, "percentComplete": 100.0},
                {"language": "es", "target": true, "items": 160, "published": 158, "draft": 1, "stale": 1, "missing": 0, "percentComplete": 98.7}
              ]
            }""";

    static final String GAP_PAGE = """
            {
              "items": [
                {"kind": "exercise", "item": "safe-space-check-in", "version": 2, "state": "stale"},
                {"kind": "promptSet", "item": "five-questions", "state": "draft"}
              ]
            }""";
}
