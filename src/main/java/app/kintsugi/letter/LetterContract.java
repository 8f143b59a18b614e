package app.kintsugi.letter;

import java.util.List;
import java.util.Map;

import app.kintsugi.couple.CoupleProblem;
import app.kintsugi.platform.openapi.ProblemCatalog;
import app.kintsugi.platform.openapi.ProblemCatalog.Example;
import app.kintsugi.platform.openapi.ProblemCatalog.Spec;
import app.kintsugi.platform.problem.CommonProblem;

/**
 * Repair letters' part of the OpenAPI document: their examples and the named problem responses of each operation, built
 * from the {@link LetterProblem} its throw sites send.
 */
public final class LetterContract {

    static final String LETTER_NOT_FOUND = "LetterNotFound";
    static final String NOT_AUTHOR = "NotAuthor";
    static final String EDIT_CONFLICT = "EditLetterConflict";
    static final String SHARE_CONFLICT = "ShareLetterConflict";
    static final String READ_ALOUD_CONFLICT = "ReadAloudConflict";
    static final String INVALID_LETTER = "InvalidLetter";
    static final String INVALID_LETTER_STATUS = "InvalidLetterStatus";

    private LetterContract() {
    }

    /** Registers the letters' named problem responses; called once by {@code ProblemCatalog}. */
    public static void problems(Map<String, Spec> specs) {
        specs.put(LETTER_NOT_FOUND, new Spec(404, "No letter with this id that the caller may read: the partner's "
                + "drafts, letters shared during a pause and everything of the other after a couple ended answer the "
                + "same.",
                List.of(Example.of("notFound", "not-found",
                        "This couple has no letter with this id that you can see."))));
        specs.put(NOT_AUTHOR, new Spec(403, "The caller can read the letter but did not write it.",
                List.of(Example.of("notAuthor", LetterProblem.NOT_AUTHOR))));
        specs.put(EDIT_CONFLICT, new Spec(409, "The letter was shared, so it no longer changes, or the couple ended.",
                List.of(Example.of("shared", LetterProblem.LETTER_SHARED), ProblemCatalog.ENDED)));
        specs.put(SHARE_CONFLICT, new Spec(409, "The letter cannot take that status now.", List.of(
                Example.of("backToDraft", CommonProblem.ILLEGAL_TRANSITION.code(),
                        "A shared letter cannot go back to being a draft."),
                Example.of("forming", CoupleProblem.COUPLE_FORMING.code(),
                        "A letter can be shared once your partner has joined."),
                ProblemCatalog.ENDED)));
        specs.put(READ_ALOUD_CONFLICT, new Spec(409, "Only the partner who received the letter marks it, while the "
                + "couple lasts.",
                List.of(Example.of("ownLetter", LetterProblem.OWN_LETTER), ProblemCatalog.ENDED)));
        specs.put(INVALID_LETTER, new Spec(422, "A field is invalid; `errors` names each one.", List.of(
                Example.field("lineBreakInTitle", "/title", "control-character",
                        "A title cannot contain control characters such as line breaks."),
                Example.field("blank", "/body", "blank", "A letter cannot be empty."),
                Example.field("noBody", "", "required", "Send the letter as a JSON object."),
                Example.field("tooLong", "/body", "too-long", "A letter has at most 5000 characters."),
                Example.field("follows", "/follows", "unknown-letter",
                        "A letter can follow only a shared letter of yours in this couple."))));
        specs.put(INVALID_LETTER_STATUS, new Spec(422, "The status is missing or not a letter status.",
                List.of(Example.field("missing", "/status", "required", "status is required."))));
    }

    // --- Examples ---

    static final String LETTER_DRAFT = """
            {
              "title": "About the messages I hid",
              "body": "I know the hiding hurt you more than the messages did. You were right to feel shut out. From now on I will tell you when something worries me instead of keeping it from you."
            }""";

    static final String LETTER = """
            {
              "id": "5a7c2e91-3b4d-4f6a-8e1c-9d0b2a4c6e83",
              "authorId": "7b0f5a52-2f7e-4d8a-9b1e-5c3f2a9d8e61",
              "authorName": "Sam",
              "yours": true,
              "status": "draft",
              "title": "About the messages I hid",
              "body": "I know the hiding hurt you more than the messages did. You were right to feel shut out. From now on I will tell you when something worries me instead of keeping it from you.",
              "createdAt": "2026-11-24T20:05:00Z",
              "updatedAt": "2026-11-24T20:05:00Z"
            }""";

    static final String LETTER_SHARED_BY_YOU = """
            {
              "id": "5a7c2e91-3b4d-4f6a-8e1c-9d0b2a4c6e83",
              "authorId": "7b0f5a52-2f7e-4d8a-9b1e-5c3f2a9d8e61",
              "authorName": "Sam",
              "yours": true,
              "status": "shared",
              "title": "About the messages I hid",
              "body": "I know the hiding hurt you more than the messages did. You were right to feel shut out. From now on I will tell you when something worries me instead of keeping it from you.",
              "createdAt": "2026-11-24T20:05:00Z",
              "updatedAt": "2026-11-25T18:40:00Z",
              "sharedAt": "2026-11-25T18:40:00Z"
            }""";

    static final String LETTER_SHARED = """
            {
              "id": "5a7c2e91-3b4d-4f6a-8e1c-9d0b2a4c6e83",
              "authorId": "7b0f5a52-2f7e-4d8a-9b1e-5c3f2a9d8e61",
              "authorName": "Sam",
              "yours": false,
              "status": "shared",
              "title": "About the messages I hid",
              "body": "I know the hiding hurt you more than the messages did. You were right to feel shut out. From now on I will tell you when something worries me instead of keeping it from you.",
              "createdAt": "2026-11-24T20:05:00Z",
              "updatedAt": "2026-11-25T18:40:00Z",
              "sharedAt": "2026-11-25T18:40:00Z"
            }""";

    static final String LETTER_READ_ALOUD = """
            {
              "id": "5a7c2e91-3b4d-4f6a-8e1c-9d0b2a4c6e83",
              "authorId": "7b0f5a52-2f7e-4d8a-9b1e-5c3f2a9d8e61",
              "authorName": "Sam",
              "yours": false,
              "status": "shared",
              "title": "About the messages I hid",
              "body": "I know the hiding hurt you more than the messages did. You were right to feel shut out. From now on I will tell you when something worries me instead of keeping it from you.",
              "createdAt": "2026-11-24T20:05:00Z",
              "updatedAt": "2026-11-25T18:40:00Z",
              "sharedAt": "2026-11-25T18:40:00Z",
              "readAloudAt": "2026-11-26T19:30:00Z"
            }""";

    static final String LETTER_PAGE = """
            {
              "items": [
                {
                  "id": "e3b8d1f0-6a2c-4c9e-b7d5-1f4a8c2e6b90",
                  "authorId": "c2a91e07-4d3b-4b8f-a6e5-1f0d9c8b7a62",
                  "authorName": "Alex",
                  "yours": true,
                  "status": "draft",
                  "body": "What I want you to know is that I noticed how hard you tried this week.",
                  "createdAt": "2026-11-27T21:10:00Z",
                  "updatedAt": "2026-11-27T21:10:00Z"
                },
                {
                  "id": "5a7c2e91-3b4d-4f6a-8e1c-9d0b2a4c6e83",
                  "authorId": "7b0f5a52-2f7e-4d8a-9b1e-5c3f2a9d8e61",
                  "authorName": "Sam",
                  "yours": false,
                  "status": "shared",
                  "title": "About the messages I hid",
                  "body": "I know the hiding hurt you more than the messages did. You were right to feel shut out. From now on I will tell you when something worries me instead of keeping it from you.",
                  "createdAt": "2026-11-24T20:05:00Z",
                  "updatedAt": "2026-11-25T18:40:00Z",
                  "sharedAt": "2026-11-25T18:40:00Z",
                  "readAloudAt": "2026-11-26T19:30:00Z"
                }
              ]
            }""";
}
