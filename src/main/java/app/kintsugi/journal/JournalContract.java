package app.kintsugi.journal;

import static app.kintsugi.platform.openapi.ProblemCatalog.ENDED;

import java.util.List;
import java.util.Map;

import app.kintsugi.couple.CoupleProblem;
import app.kintsugi.platform.openapi.ProblemCatalog;
import app.kintsugi.platform.openapi.ProblemCatalog.Example;
import app.kintsugi.platform.openapi.ProblemCatalog.Spec;

/**
 * The OpenAPI examples and named problem responses of the trust journal. The problems' codes and details come from
 * {@link JournalProblem} and the constants its throw sites use, so what is documented is what is sent.
 */
public final class JournalContract {

    public static final String ENTRY_NOT_FOUND = "JournalEntryNotFound";

    /** The negotiated language of the week's questions, as the headers document it. */
    static final String ACCEPT_LANGUAGE = "Languages the caller reads, such as `es, en;q=0.5`; without a fitting one, the caller's profile locale decides, then English.";
    static final String CONTENT_LANGUAGE = "The language of the progress questions: `en`, `es` or `de`; `en` when nothing the caller reads fits.";
    static final String VARY = "`Accept-Language, Authorization`: the questions follow the header, else the caller's profile.";
    public static final String WEEK_NOT_FOUND = "JournalWeekNotFound";
    public static final String NOT_ENTRY_AUTHOR = "NotEntryAuthor";
    public static final String WRITE_ENTRY_CONFLICT = "WriteEntryConflict";
    public static final String EDIT_ENTRY_CONFLICT = "EditEntryConflict";
    public static final String ACKNOWLEDGE_CONFLICT = "AcknowledgeConflict";
    public static final String WEEK_READ_CONFLICT = "WeekReadConflict";
    public static final String INVALID_ENTRY = "InvalidJournalEntry";
    public static final String INVALID_VISIBILITY = "InvalidVisibility";
    public static final String INVALID_ACKNOWLEDGEMENT = "InvalidAcknowledgement";
    public static final String BAD_JOURNAL_QUERY = "BadJournalQuery";

    private JournalContract() {
    }

    /** Registers the journal's named problem responses; called once by {@link ProblemCatalog}. */
    public static void problems(Map<String, Spec> specs) {
        Example dayFull = Example.of("dayFull", JournalProblem.DAY_FULL);
        specs.put(ENTRY_NOT_FOUND, new Spec(404, "No entry with this id that the caller may read: the "
                + "partner's private and not yet revealed entries, entries shared during a pause, everything of the "
                + "other after a couple ended, and for a counselor anything not shared with one, all answer the same.",
                List.of(Example.of("notFound", "not-found",
                        "This couple has no journal entry with this id that you can see."))));
        specs.put(WEEK_NOT_FOUND, new Spec(404, "No couple the caller may see, or no such week: not an ISO "
                + "week name, before the couple's first week, or still to come.",
                List.of(Example.of("notFound", "not-found", "This couple has no such week of journal: weeks are "
                        + "named like 2026-W48 (or current) and run from the couple's first week to this one."))));
        specs.put(NOT_ENTRY_AUTHOR, new Spec(403, "The caller can read the entry but did not write it.",
                List.of(Example.of("notAuthor", JournalProblem.NOT_AUTHOR))));
        specs.put(WRITE_ENTRY_CONFLICT, new Spec(409, "The entry cannot be written now.", List.of(dayFull,
                ENDED)));
        specs.put(EDIT_ENTRY_CONFLICT, new Spec(409, "The entry can no longer be reworded, or not now.", List.of(
                Example.of("immutable", JournalProblem.ENTRY_IMMUTABLE),
                Example.of("paused", CoupleProblem.COUPLE_PAUSED.code(), JournalService.PAUSED_EDIT),
                dayFull, ENDED)));
        specs.put(ACKNOWLEDGE_CONFLICT, new Spec(409, "Only the partner acknowledges an entry, while the couple "
                + "lasts.",
                List.of(Example.of("ownEntry", JournalProblem.OWN_ENTRY), ENDED)));
        specs.put(WEEK_READ_CONFLICT, new Spec(409, "The week cannot be marked read now.", List.of(
                Example.of("paused", CoupleProblem.COUPLE_PAUSED.code(), WeekService.PAUSED),
                Example.of("forming", CoupleProblem.COUPLE_FORMING.code(), WeekService.FORMING),
                ENDED)));
        specs.put(INVALID_ENTRY, new Spec(422, "A field is invalid; `errors` names each one.", List.of(
                Example.field("controlCharacter", "/text", "control-character",
                        "An entry cannot contain control characters other than line breaks and tabs."),
                Example.field("blank", "/text", "blank", "An entry cannot be empty."),
                Example.field("tooLong", "/text", "too-long", "An entry has at most 280 characters."),
                Example.field("future", "/writtenOn", "in-future", "An entry is for today or a day that has passed, "
                        + "in the couple's time zone (today there is 2026-11-23)."),
                Example.field("beforeCouple", "/writtenOn", "before-couple",
                        "An entry cannot be for a day before the couple began (2026-09-01)."),
                Example.field("kind", "/kind", "required", "kind is required."),
                Example.field("privateToCounselor", "/shareWithCounselor", "private-entry", "A private entry stays "
                        + "yours alone; share it with your partner to share it with a counselor."))));
        specs.put(INVALID_VISIBILITY, new Spec(422, "The choice is missing, or shares a private entry with a "
                + "counselor.",
                List.of(
                        Example.field("missing", "/visibility", "required", "visibility is required."),
                        Example.field("privateToCounselor", "/shareWithCounselor", "private-entry", "A private "
                                + "entry stays yours alone; share it with your partner to share it with a "
                                + "counselor."))));
        specs.put(INVALID_ACKNOWLEDGEMENT, new Spec(422, "The reaction is not one of `seen` and `celebrate`.",
                List.of(Example.field("reaction", "/reaction", "invalid-type",
                        "This field has the wrong type or format."))));
        specs.put(BAD_JOURNAL_QUERY, new Spec(400, "A filter has a bad value, `limit` is out of range, a `cursor` "
                + "was not issued by this list, or a query parameter is unknown.",
                List.of(
                        Example.field("kind", "kind", "unknown-value", "kind is one of [appreciation, "
                                + "somethingHard, connection, tinyWin, setback, reflection]."),
                        Example.field("date", "from", "invalid-date", "from is a date such as 2026-11-23."),
                        Example.field("range", "from", "empty-range", "from must not be after to."),
                        Example.field("author", "author", "partners-only",
                                "author filters by me or partner, so only partners use it."),
                        Example.field("badLimit", "limit", "out-of-range",
                                "limit must be a whole number from 1 to 100."))));
    }

    // --- Examples ---
    public static final String NEW_ENTRY = """
            {
              "kind": "appreciation",
              "text": "You made tea without asking when I came home tired. It felt like being looked after.",
              "writtenOn": "2026-11-24",
              "visibility": "reveal",
              "shareWithCounselor": false
            }""";

    public static final String NEW_ANSWER = """
            {
              "kind": "reflection",
              "text": "Evenings feel calmer. We talk before bed again instead of scrolling.",
              "visibility": "reveal",
              "answers": "feltBetter"
            }""";

    public static final String EDIT = """
            {
              "kind": "appreciation",
              "text": "You made tea without asking when I came home tired. I felt looked after, and I noticed.",
              "writtenOn": "2026-11-24"
            }""";

    public static final String ENTRY_MINE = """
            {
              "id": "0c6f1e2a-8d4b-4a7e-9f3c-5b2d1a0e9c84",
              "authorId": "7b0f5a52-2f7e-4d8a-9b1e-5c3f2a9d8e61",
              "authorName": "Sam",
              "yours": true,
              "kind": "appreciation",
              "writtenOn": "2026-11-24",
              "text": "You made tea without asking when I came home tired. It felt like being looked after.",
              "visibility": "reveal",
              "shareWithCounselor": false,
              "visibleToPartnerFrom": "2026-11-30T08:00:00Z",
              "editableUntil": "2026-11-25T19:12:00Z",
              "createdAt": "2026-11-24T19:12:00Z",
              "updatedAt": "2026-11-24T19:12:00Z"
            }""";

    public static final String ENTRY_EDITED = """
            {
              "id": "0c6f1e2a-8d4b-4a7e-9f3c-5b2d1a0e9c84",
              "authorId": "7b0f5a52-2f7e-4d8a-9b1e-5c3f2a9d8e61",
              "authorName": "Sam",
              "yours": true,
              "kind": "appreciation",
              "writtenOn": "2026-11-24",
              "text": "You made tea without asking when I came home tired. I felt looked after, and I noticed.",
              "visibility": "partner",
              "shareWithCounselor": false,
              "visibleToPartnerFrom": "2026-11-24T19:12:00Z",
              "editableUntil": "2026-11-25T19:12:00Z",
              "createdAt": "2026-11-24T19:12:00Z",
              "updatedAt": "2026-11-24T21:03:00Z",
              "editedAt": "2026-11-24T21:03:00Z"
            }""";

    public static final String ENTRY_SHARED = """
            {
              "id": "0c6f1e2a-8d4b-4a7e-9f3c-5b2d1a0e9c84",
              "authorId": "7b0f5a52-2f7e-4d8a-9b1e-5c3f2a9d8e61",
              "authorName": "Sam",
              "yours": true,
              "kind": "appreciation",
              "writtenOn": "2026-11-24",
              "text": "You made tea without asking when I came home tired. It felt like being looked after.",
              "visibility": "partner",
              "shareWithCounselor": true,
              "visibleToPartnerFrom": "2026-11-24T20:30:00Z",
              "editableUntil": "2026-11-25T19:12:00Z",
              "createdAt": "2026-11-24T19:12:00Z",
              "updatedAt": "2026-11-24T19:12:00Z"
            }""";

    public static final String ENTRY_PARTNERS = """
            {
              "id": "9a3e5c71-2b6d-4f08-8c1a-e4d7b2f6a350",
              "authorId": "c2a91e07-4d3b-4b8f-a6e5-1f0d9c8b7a62",
              "authorName": "Alex",
              "yours": false,
              "kind": "tinyWin",
              "writtenOn": "2026-11-25",
              "text": "I told you about the email from work the moment it came, without being asked.",
              "createdAt": "2026-11-25T17:45:00Z",
              "acknowledgement": {
                "byId": "7b0f5a52-2f7e-4d8a-9b1e-5c3f2a9d8e61",
                "byName": "Sam",
                "reaction": "celebrate",
                "at": "2026-11-25T18:02:00Z"
              }
            }""";

    public static final String ENTRY_PAGE = """
            {
              "items": [
                {
                  "id": "9a3e5c71-2b6d-4f08-8c1a-e4d7b2f6a350",
                  "authorId": "c2a91e07-4d3b-4b8f-a6e5-1f0d9c8b7a62",
                  "authorName": "Alex",
                  "yours": false,
                  "kind": "tinyWin",
                  "writtenOn": "2026-11-25",
                  "text": "I told you about the email from work the moment it came, without being asked.",
                  "createdAt": "2026-11-25T17:45:00Z"
                },
                {
                  "id": "0c6f1e2a-8d4b-4a7e-9f3c-5b2d1a0e9c84",
                  "authorId": "7b0f5a52-2f7e-4d8a-9b1e-5c3f2a9d8e61",
                  "authorName": "Sam",
                  "yours": true,
                  "kind": "appreciation",
                  "writtenOn": "2026-11-24",
                  "text": "You made tea without asking when I came home tired. It felt like being looked after.",
                  "visibility": "reveal",
                  "shareWithCounselor": false,
                  "visibleToPartnerFrom": "2026-11-30T08:00:00Z",
                  "createdAt": "2026-11-24T19:12:00Z",
                  "updatedAt": "2026-11-24T19:12:00Z"
                }
              ],
              "nextCursor": "eyJsaXN0Ijoiam91cm5hbCIsImFmdGVyIjpbIjIwMjYtMTEtMjQiXX0.c2lnbmF0dXJl"
            }""";

    public static final String REVISIONS = """
            {
              "items": [
                {
                  "kind": "appreciation",
                  "writtenOn": "2026-11-24",
                  "text": "You made tea without asking when I came home tired. It felt like being looked after.",
                  "writtenAt": "2026-11-24T19:12:00Z",
                  "replacedAt": "2026-11-24T21:03:00Z"
                }
              ]
            }""";

    public static final String COUNTS = """
            {
              "from": "2026-11-23",
              "to": "2026-11-29",
              "total": 9,
              "byKind": {
                "appreciation": 4,
                "somethingHard": 1,
                "connection": 2,
                "tinyWin": 1,
                "setback": 0,
                "reflection": 1
              },
              "byPartner": [
                { "partnerId": "7b0f5a52-2f7e-4d8a-9b1e-5c3f2a9d8e61", "name": "Sam", "yours": true, "entries": 5 },
                { "partnerId": "c2a91e07-4d3b-4b8f-a6e5-1f0d9c8b7a62", "name": "Alex", "yours": false, "entries": 4 }
              ]
            }""";

    public static final String WEEK = """
            {
              "week": "2026-W48",
              "startsOn": "2026-11-23",
              "endsOn": "2026-11-29",
              "endsAt": "2026-11-30T08:00:00Z",
              "revealed": true,
              "reviewed": true,
              "readMarks": [
                { "partnerId": "c2a91e07-4d3b-4b8f-a6e5-1f0d9c8b7a62", "name": "Alex", "yours": false, "readAt": "2026-11-29T19:40:00Z" },
                { "partnerId": "7b0f5a52-2f7e-4d8a-9b1e-5c3f2a9d8e61", "name": "Sam", "yours": true, "readAt": "2026-11-29T19:41:00Z" }
              ],
              "participation": [
                { "partnerId": "7b0f5a52-2f7e-4d8a-9b1e-5c3f2a9d8e61", "name": "Sam", "yours": true, "daysWritten": 1, "entries": 1 },
                { "partnerId": "c2a91e07-4d3b-4b8f-a6e5-1f0d9c8b7a62", "name": "Alex", "yours": false, "daysWritten": 2, "entries": 2 }
              ],
              "questions": [
                { "key": "feltBetter", "text": "What has felt a little easier between us lately?" },
                { "key": "noticedChange", "text": "What have you seen change in the two of us this week?" }
              ],
              "entries": [
                {
                  "id": "0c6f1e2a-8d4b-4a7e-9f3c-5b2d1a0e9c84",
                  "authorId": "7b0f5a52-2f7e-4d8a-9b1e-5c3f2a9d8e61",
                  "authorName": "Sam",
                  "yours": true,
                  "kind": "appreciation",
                  "writtenOn": "2026-11-24",
                  "text": "You made tea without asking when I came home tired. It felt like being looked after.",
                  "visibility": "reveal",
                  "shareWithCounselor": false,
                  "visibleToPartnerFrom": "2026-11-29T19:41:00Z",
                  "createdAt": "2026-11-24T19:12:00Z",
                  "updatedAt": "2026-11-24T19:12:00Z"
                },
                {
                  "id": "9a3e5c71-2b6d-4f08-8c1a-e4d7b2f6a350",
                  "authorId": "c2a91e07-4d3b-4b8f-a6e5-1f0d9c8b7a62",
                  "authorName": "Alex",
                  "yours": false,
                  "kind": "tinyWin",
                  "writtenOn": "2026-11-25",
                  "text": "I told you about the email from work the moment it came, without being asked.",
                  "createdAt": "2026-11-25T17:45:00Z"
                },
                {
                  "id": "4d2b8e6f-1c9a-4e3b-a7d5-0f8c6b2e1a97",
                  "authorId": "c2a91e07-4d3b-4b8f-a6e5-1f0d9c8b7a62",
                  "authorName": "Alex",
                  "yours": false,
                  "kind": "reflection",
                  "writtenOn": "2026-11-29",
                  "text": "Evenings feel calmer. We talk before bed again instead of scrolling.",
                  "answers": "feltBetter",
                  "createdAt": "2026-11-29T19:30:00Z"
                }
              ]
            }""";
}
