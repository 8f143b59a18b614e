package app.kintsugi.exercise;

import java.util.List;
import java.util.Map;

import app.kintsugi.platform.openapi.ProblemCatalog.Example;
import app.kintsugi.platform.openapi.ProblemCatalog.Spec;

/**
 * The catalogue translations' part of the OpenAPI document: examples of exercise and prompt-set translations and the
 * named problem responses their operations answer with, built from {@link TranslationProblem}.
 */
public final class TranslationContract {

    static final String TRANSLATION_NOT_FOUND = "TranslationNotFound";
    static final String TRANSLATION_STALE = "TranslationStale";
    static final String INVALID_EXERCISE_TRANSLATION = "InvalidExerciseTranslation";
    static final String INVALID_PROMPT_SET_TRANSLATION = "InvalidPromptSetTranslation";
    static final String LANGUAGE_PATH = "The language of the translation, a BCP 47 tag such as `es` or `pt-BR`; never `en`, the source.";

    private TranslationContract() {
    }

    /** Registers the named problem responses; called once by {@code ProblemCatalog}. */
    public static void problems(Map<String, Spec> specs) {
        specs.put(TRANSLATION_NOT_FOUND, new Spec(404, "The item, the version or the translation does not exist.",
                List.of(Example.of("noTranslation", TranslationProblem.TRANSLATION_NOT_FOUND),
                        Example.of("noExercise", "not-found", "There is no exercise with this slug that you can see."),
                        Example.of("noVersion", "not-found", "This exercise has no version 7."),
                        Example.of("noPromptSet", "not-found", "There is no prompt set with this slug."))));
        specs.put(TRANSLATION_STALE, new Spec(409, "The source text changed after the translation was written; "
                + "revise it with `PUT` first.", List.of(Example.of("stale", TranslationProblem.TRANSLATION_STALE))));
        specs.put(INVALID_EXERCISE_TRANSLATION, new Spec(422, "The language cannot be translated into, or a field "
                + "is invalid; `errors` names each one.",
                List.of(
                        Example.field("english", "language", "source-language",
                                "This is the language the item is written in; edit the item itself instead."),
                        Example.field("badTag", "language", "invalid-language",
                                "Use a BCP 47 tag of a language and an optional region, such as es or pt-BR."),
                        Example.field("missingStep", "/steps", "count-mismatch",
                                "steps has 5 items, as many as the source."),
                        Example.field("blankTitle", "/title", "blank", "A title cannot be empty."),
                        Example.field("missingNotes", "/safetyNotes", "required", "safetyNotes is required."))));
        specs.put(INVALID_PROMPT_SET_TRANSLATION, new Spec(422, "The language cannot be translated into, or a field "
                + "is invalid; `errors` names each one.",
                List.of(
                        Example.field("english", "language", "source-language",
                                "This is the language the item is written in; edit the item itself instead."),
                        Example.field("badTag", "language", "invalid-language",
                                "Use a BCP 47 tag of a language and an optional region, such as es or pt-BR."),
                        Example.field("missingPrompt", "/prompts", "count-mismatch",
                                "prompts has 5 items, as many as the source."),
                        Example.field("blankTitle", "/title", "blank", "A title cannot be empty."))));
    }

    static final String EXERCISE_TRANSLATION_DRAFT = """
            {
              "title": "Eine Verabredung zum Zuhören",
              "summary": "Einmal pro Woche bekommt jede und jeder von euch fünf Minuten, um zu erzählen, wie es gerade geht, während die andere Person nur zuhört.",
              "steps": ["Wählt eine feste Zeit und einen ruhigen Ort.", "Legt die Telefone weg und stellt einen Timer auf fünf Minuten.", "Partner A erzählt, Partner B hört zu, ohne zu unterbrechen.", "Tauscht die Rollen.", "Dankt einander fürs Zuhören."],
              "turnCues": ["Kommt mit ein paar ruhigen Atemzügen an.", "Partner A: Erzähle, wie es dir diese Woche geht.", "Partner B: Erzähle, wie es dir diese Woche geht.", "Dankt einander fürs Zuhören."],
              "reflectionPrompts": ["Wie war es, zugehört zu bekommen, ohne unterbrochen zu werden?", "Was hast du beim Zuhören an dir bemerkt?"],
              "safetyNotes": ["Jede und jeder von euch kann jederzeit ohne Begründung pausieren oder aufhören.", "Wenn die Gefühle hochgehen, macht eine Pause und setzt das Gespräch an einem anderen Tag fort."]
            }""";

    static final String EXERCISE_TRANSLATION = """
            {
              "slug": "safe-space-check-in",
              "version": 1,
              "language": "de",
              "status": "draft",
              "stale": false,
              "title": "Eine Verabredung zum Zuhören",
              "summary": "Einmal pro Woche bekommt jede und jeder von euch fünf Minuten, um zu erzählen, wie es gerade geht, während die andere Person nur zuhört.",
              "steps": ["Wählt eine feste Zeit und einen ruhigen Ort.", "Legt die Telefone weg und stellt einen Timer auf fünf Minuten.", "Partner A erzählt, Partner B hört zu, ohne zu unterbrechen.", "Tauscht die Rollen.", "Dankt einander fürs Zuhören."],
              "turnCues": ["Kommt mit ein paar ruhigen Atemzügen an.", "Partner A: Erzähle, wie es dir diese Woche geht.", "Partner B: Erzähle, wie es dir diese Woche geht.", "Dankt einander fürs Zuhören."],
              "reflectionPrompts": ["Wie war es, zugehört zu bekommen, ohne unterbrochen zu werden?", "Was hast du beim Zuhören an dir bemerkt?"],
              "safetyNotes": ["Jede und jeder von euch kann jederzeit ohne Begründung pausieren oder aufhören.", "Wenn die Gefühle hochgehen, macht eine Pause und setzt das Gespräch an einem anderen Tag fort."],
              "updatedAt": "2026-12-04T10:00:00Z"
            }""";

    static final String TRANSLATION_PAGE = """
            {
              "items": [
                {"language": "de", "status": "published", "stale": false, "updatedAt": "2026-12-04T10:00:00Z"},
                {"language": "es", "status": "draft", "stale": true, "updatedAt": "2026-12-01T08:30:00Z"}
              ]
            }""";

    static final String PROMPT_SET_TRANSLATION_DRAFT = """
            {
              "title": "Preguntas para ver cómo vamos",
              "description": "Preguntas para mirar juntos cómo van cambiando las cosas. Sirven para darse cuenta, no para llevar la cuenta.",
              "prompts": ["¿Qué se ha sentido un poco mejor entre nosotros últimamente?", "¿Has notado algún cambio en cómo nos tratamos?", "¿Qué pequeño momento de esta semana te pareció un paso adelante?", "¿Qué hacemos ahora que te gustaría que siguiéramos haciendo?", "¿Hay algo en lo que te gustaría que fuéramos más despacio?"]
            }""";

    static final String PROMPT_SET_TRANSLATION = """
            {
              "slug": "progress-questions",
              "language": "es",
              "status": "published",
              "stale": false,
              "title": "Preguntas para ver cómo vamos",
              "description": "Preguntas para mirar juntos cómo van cambiando las cosas. Sirven para darse cuenta, no para llevar la cuenta.",
              "prompts": ["¿Qué se ha sentido un poco mejor entre nosotros últimamente?", "¿Has notado algún cambio en cómo nos tratamos?", "¿Qué pequeño momento de esta semana te pareció un paso adelante?", "¿Qué hacemos ahora que te gustaría que siguiéramos haciendo?", "¿Hay algo en lo que te gustaría que fuéramos más despacio?"],
              "updatedAt": "2026-12-04T10:00:00Z"
            }""";
}
