package app.kintsugi.jar;

import java.util.List;
import java.util.Map;

import app.kintsugi.couple.CoupleProblem;
import app.kintsugi.platform.openapi.ProblemCatalog;
import app.kintsugi.platform.openapi.ProblemCatalog.Example;
import app.kintsugi.platform.openapi.ProblemCatalog.Spec;

/**
 * The OpenAPI examples and named problem responses of the "trust me" jar. The problems' codes and details come from
 * {@link JarProblem} and the constants its throw sites use, so what is documented is what is sent.
 */
public final class JarContract {

    public static final String SLIP_NOT_FOUND = "JarSlipNotFound";
    public static final String NOT_SLIP_AUTHOR = "NotJarSlipAuthor";
    public static final String ADD_SLIP_CONFLICT = "AddJarSlipConflict";
    public static final String INVALID_SLIP = "InvalidJarSlip";
    public static final String DRAW_CONFLICT = "JarDrawConflict";
    public static final String DONE_CONFLICT = "JarDoneConflict";
    public static final String UNDO_DONE_CONFLICT = "JarUndoDoneConflict";

    public static final String NEW_SLIP = """
            { "text": "Phones away while we eat" }""";

    public static final String SLIP = """
            {
              "id": "3e8a1c5b-7d2f-4b6e-9a0c-8f1d2e3b4c5a",
              "authorId": "7b0f5a52-2f7e-4d8a-9b1e-5c3f2a9d8e61",
              "authorName": "Sam",
              "yours": true,
              "text": "Phones away while we eat",
              "createdAt": "2026-11-23T19:05:00Z"
            }""";

    public static final String SLIP_PAGE = """
            {
              "items": [
                {
                  "id": "3e8a1c5b-7d2f-4b6e-9a0c-8f1d2e3b4c5a",
                  "authorId": "7b0f5a52-2f7e-4d8a-9b1e-5c3f2a9d8e61",
                  "authorName": "Sam",
                  "yours": true,
                  "text": "Phones away while we eat",
                  "createdAt": "2026-11-23T19:05:00Z"
                },
                {
                  "id": "b51f0d7e-2c4a-4e9b-8d3f-6a7c1e0b9d24",
                  "authorId": "c2a91e07-4d3b-4b8f-a6e5-1f0d9c8b7a62",
                  "authorName": "Alex",
                  "yours": false,
                  "text": "Say \\"I love you\\" before the day starts",
                  "createdAt": "2026-11-22T08:40:00Z"
                }
              ],
              "nextCursor": "eyJsaXN0IjoiamFyLXNsaXBzIiwiYWZ0ZXIiOlsiMjAyNi0xMS0yMiJdfQ.c2lnbmF0dXJl"
            }""";

    public static final String DRAW = """
            {
              "drawnOn": "2026-11-24",
              "cycle": 2,
              "slipId": "b51f0d7e-2c4a-4e9b-8d3f-6a7c1e0b9d24",
              "text": "Say \\"I love you\\" before the day starts",
              "slipRemoved": false,
              "drawnAt": "2026-11-24T07:12:00Z",
              "done": false
            }""";

    public static final String DRAW_DONE = """
            {
              "drawnOn": "2026-11-24",
              "cycle": 2,
              "slipId": "b51f0d7e-2c4a-4e9b-8d3f-6a7c1e0b9d24",
              "text": "Say \\"I love you\\" before the day starts",
              "slipRemoved": false,
              "drawnAt": "2026-11-24T07:12:00Z",
              "done": true,
              "doneAt": "2026-11-24T07:30:00Z"
            }""";

    public static final String DRAW_PAGE = """
            {
              "items": [
                {
                  "drawnOn": "2026-11-24",
                  "cycle": 2,
                  "slipId": "b51f0d7e-2c4a-4e9b-8d3f-6a7c1e0b9d24",
                  "text": "Say \\"I love you\\" before the day starts",
                  "slipRemoved": false,
                  "drawnAt": "2026-11-24T07:12:00Z",
                  "done": true,
                  "doneAt": "2026-11-24T07:30:00Z"
                },
                {
                  "drawnOn": "2026-11-23",
                  "cycle": 1,
                  "slipId": "3e8a1c5b-7d2f-4b6e-9a0c-8f1d2e3b4c5a",
                  "text": "Phones away while we eat",
                  "slipRemoved": false,
                  "drawnAt": "2026-11-23T12:02:00Z",
                  "done": false
                },
                {
                  "drawnOn": "2026-11-22",
                  "cycle": 1,
                  "slipId": "d4c2e9a1-5b3f-4a7d-8e6c-0f9b1a2d3e47",
                  "slipRemoved": true,
                  "drawnAt": "2026-11-22T09:15:00Z",
                  "done": true,
                  "doneAt": "2026-11-22T20:48:00Z"
                }
              ]
            }""";

    private JarContract() {
    }

    /** Registers the jar's named problem responses; called once by {@link ProblemCatalog}. */
    public static void problems(Map<String, Spec> specs) {
        Example paused = Example.of("paused", CoupleProblem.COUPLE_PAUSED.code(), JarService.PAUSED);
        Example forming = Example.of("forming", CoupleProblem.COUPLE_FORMING.code(), JarService.FORMING);
        specs.put(SLIP_NOT_FOUND, new Spec(404, "No slip with this id in a jar the caller may see: removed slips, "
                + "the other partner's after the couple ended, and couples the caller is not in all answer the same.",
                List.of(Example.of("notFound", "not-found",
                        "This couple has no slip in its jar with this id that you can see."))));
        specs.put(NOT_SLIP_AUTHOR, new Spec(403, "The caller can see the slip but did not write it.",
                List.of(Example.of("notAuthor", JarProblem.NOT_AUTHOR))));
        specs.put(ADD_SLIP_CONFLICT, new Spec(409, "The jar cannot take a slip now.", List.of(
                paused,
                Example.of("jarFull", JarProblem.JAR_FULL),
                ProblemCatalog.ENDED)));
        specs.put(INVALID_SLIP, new Spec(422, "The text is missing, too long or not on one line; `errors` says which.",
                List.of(
                        Example.field("blank", "/text", "blank", "A slip cannot be empty."),
                        Example.field("tooLong", "/text", "too-long", "A slip has at most 120 characters."),
                        Example.field("lineBreak", "/text", "control-character",
                                "A slip cannot contain control characters such as line breaks."),
                        Example.field("noBody", "", "required", "Send the slip as a JSON object."))));
        specs.put(DRAW_CONFLICT, new Spec(409, "No slip can be drawn now.", List.of(
                Example.of("jarEmpty", JarProblem.JAR_EMPTY),
                paused, forming, ProblemCatalog.ENDED)));
        specs.put(DONE_CONFLICT, new Spec(409, "Today's act cannot be marked done now.", List.of(
                Example.of("nothingDrawn", JarProblem.NOTHING_DRAWN),
                paused, forming, ProblemCatalog.ENDED)));
        specs.put(UNDO_DONE_CONFLICT, new Spec(409, "Today's done mark cannot change now.",
                List.of(paused, forming, ProblemCatalog.ENDED)));
    }
}
