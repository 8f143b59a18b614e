package app.kintsugi.progress;

import java.util.List;
import java.util.Map;

import app.kintsugi.couple.CoupleProblem;
import app.kintsugi.platform.openapi.ProblemCatalog;

/**
 * The OpenAPI examples and named problem responses of pulse check-ins and progress. Problem examples take code and
 * detail from the constants the services throw.
 */
public final class ProgressContract {

    public static final String PULSE_CONFLICT = "PulseConflict";
    public static final String INVALID_PULSE = "InvalidPulse";
    public static final String PROGRESS_CONFLICT = "ProgressConflict";
    public static final String BAD_PROGRESS_RANGE = "BadProgressRange";
    public static final String BAD_PULSE_QUERY = "BadPulseQuery";

    /** The negotiated language of milestone titles, as the headers document it. */
    static final String ACCEPT_LANGUAGE = "Languages the caller reads, such as `de, en;q=0.5`; without a fitting one, the caller's profile locale decides, then English.";
    static final String CONTENT_LANGUAGE = "The language of the milestone titles: `en`, `es` or `de`; `en` when nothing the caller reads fits.";
    static final String VARY = "`Accept-Language, Authorization`: each reader has a summary of their own, and its titles follow the header, else the reader's profile.";

    private ProgressContract() {
    }

    /** Registers progress's named problem responses; called once by {@link ProblemCatalog}. */
    public static void problems(Map<String, ProblemCatalog.Spec> specs) {
        specs.put(PULSE_CONFLICT, new ProblemCatalog.Spec(409, "A check-in belongs to its own day.", List.of(
                ProblemCatalog.Example.of("notToday", ProgressProblem.NOT_TODAY),
                ProblemCatalog.ENDED)));
        specs.put(INVALID_PULSE, new ProblemCatalog.Spec(422, "A rating is missing or outside 1 to 10, or the note is "
                + "too long.",
                List.of(
                        ProblemCatalog.Example.field("missingRating", "/safe", "required",
                                "safe is required: 1 to 10."),
                        ProblemCatalog.Example.field("safe", "/safe", "out-of-range",
                                "safe is a whole number from 1 to 10."),
                        ProblemCatalog.Example.field("note", "/note", "too-long",
                                "A note has at most 280 characters."),
                        ProblemCatalog.Example.field("controlCharacter", "/note", "control-character",
                                "A note cannot contain control characters other than line breaks and tabs."))));
        specs.put(PROGRESS_CONFLICT, new ProblemCatalog.Spec(409, "The couple has ended.", List.of(
                ProblemCatalog.Example.of("ended", CoupleProblem.COUPLE_ENDED.code(), ProgressService.ENDED))));
        specs.put(BAD_PROGRESS_RANGE, new ProblemCatalog.Spec(400, "A date is malformed, the range is empty or longer "
                + "than 366 days, or a query parameter is unknown.",
                List.of(
                        ProblemCatalog.Example.field("date", "from", "invalid-date",
                                "from is a date such as 2026-11-23."),
                        ProblemCatalog.Example.field("tooLong", "to", "range-too-long",
                                "A range spans at most 366 days."),
                        ProblemCatalog.Example.field("empty", "from", "empty-range", "from must not be after to."))));
        specs.put(BAD_PULSE_QUERY, new ProblemCatalog.Spec(400, "A date is malformed, `limit` is out of range, a "
                + "`cursor` was not issued by this list, or a query parameter is unknown.",
                List.of(
                        ProblemCatalog.Example.field("date", "from", "invalid-date",
                                "from is a date such as 2026-11-23."),
                        ProblemCatalog.Example.field("badLimit", "limit", "out-of-range",
                                "limit must be a whole number from 1 to 100."))));
    }

    // --- Examples ---

    public static final String PULSE_INPUT = """
            { "safe": 6, "trusting": 5, "close": 7, "note": "Better after the walk.", "shareWithPartner": true }""";

    public static final String PULSE = """
            {
              "id": "b7e1c3a9-2d4f-4e6b-8a1c-3f5d7e9b1a2c",
              "partnerId": "7b0f5a52-2f7e-4d8a-9b1e-5c3f2a9d8e61",
              "name": "Sam",
              "yours": true,
              "day": "2026-11-23",
              "safe": 6,
              "trusting": 5,
              "close": 7,
              "note": "Better after the walk.",
              "sharedWithPartner": true,
              "sharedWithCounselor": false,
              "updatedAt": "2026-11-23T21:50:00Z"
            }""";

    public static final String PULSE_PAGE = """
            {
              "items": [
                {
                  "id": "c8f2d4b0-3e5a-4f7c-9b2d-4a6e8f0c2b3d",
                  "partnerId": "c2a91e07-4d3b-4b8f-a6e5-1f0d9c8b7a62",
                  "name": "Alex",
                  "yours": false,
                  "day": "2026-11-23",
                  "safe": 7,
                  "trusting": 6,
                  "close": 6,
                  "updatedAt": "2026-11-23T20:10:00Z"
                }
              ]
            }""";

    public static final String SUMMARY = """
            {
              "from": "2026-10-27",
              "to": "2026-11-23",
              "today": "2026-11-23",
              "timeZone": "Europe/Lisbon",
              "hearts": { "last7Days": 5, "last28Days": 17, "inRange": 17, "currentRun": 3, "longestRun": 6 },
              "partners": [
                {
                  "partnerId": "7b0f5a52-2f7e-4d8a-9b1e-5c3f2a9d8e61", "name": "Sam", "yours": true,
                  "daysShowedUp": 21, "sessionDays": 6, "journalDays": 12,
                  "commitments": { "due": 30, "kept": 24, "partlyKept": 2, "missed": 2, "unmarked": 2, "keptRate": 0.8 }
                },
                {
                  "partnerId": "c2a91e07-4d3b-4b8f-a6e5-1f0d9c8b7a62", "name": "Alex", "yours": false,
                  "daysShowedUp": 19, "sessionDays": 6, "journalDays": 10,
                  "commitments": { "due": 26, "kept": 22, "partlyKept": 1, "missed": 3, "unmarked": 0, "keptRate": 0.846 }
                }
              ],
              "practiceRunsCompleted": 1,
              "weeksReviewed": 3,
              "setbacks": 1,
              "lastActivityOn": "2026-11-23",
              "pulse": [
                {
                  "partnerId": "7b0f5a52-2f7e-4d8a-9b1e-5c3f2a9d8e61", "name": "Sam", "yours": true,
                  "last7Days": { "safe": 6.4, "trusting": 5.9, "close": 6.7, "checkIns": 7 },
                  "previous28Days": { "safe": 5.1, "trusting": 5.2, "close": 6.5, "checkIns": 20 },
                  "direction": { "safe": "higher", "trusting": "higher", "close": "steady" }
                }
              ],
              "milestones": [
                { "key": "first-heart-day", "title": "Your first heart day", "reachedOn": "2026-10-29" },
                { "key": "first-week-read-together", "title": "Your first week read together", "reachedOn": "2026-11-01" }
              ]
            }""";

    public static final String HEART_DAYS = """
            {
              "from": "2026-11-21",
              "to": "2026-11-23",
              "items": [
                { "date": "2026-11-21", "heart": true, "showedUp": ["7b0f5a52-2f7e-4d8a-9b1e-5c3f2a9d8e61", "c2a91e07-4d3b-4b8f-a6e5-1f0d9c8b7a62"], "paused": false },
                { "date": "2026-11-22", "heart": false, "showedUp": ["7b0f5a52-2f7e-4d8a-9b1e-5c3f2a9d8e61"], "paused": false },
                { "date": "2026-11-23", "heart": false, "showedUp": [], "paused": true }
              ]
            }""";

    public static final String COMMITMENT_WEEKS = """
            {
              "from": "2026-11-16",
              "to": "2026-11-22",
              "items": [
                {
                  "week": "2026-11-16", "partnerId": "7b0f5a52-2f7e-4d8a-9b1e-5c3f2a9d8e61", "name": "Sam", "yours": true,
                  "tally": { "due": 7, "kept": 5, "partlyKept": 0, "missed": 1, "unmarked": 1, "keptRate": 0.714 }
                }
              ]
            }""";

    public static final String PULSE_WEEKS = """
            {
              "from": "2026-11-16",
              "to": "2026-11-22",
              "items": [
                {
                  "week": "2026-11-16", "partnerId": "7b0f5a52-2f7e-4d8a-9b1e-5c3f2a9d8e61", "name": "Sam", "yours": true,
                  "averages": { "safe": 6.2, "trusting": 5.8, "close": 6.6, "checkIns": 5 }
                }
              ]
            }""";

    public static final String SETBACKS = """
            {
              "from": "2026-10-27",
              "to": "2026-11-23",
              "items": [
                { "entryId": "e1d2c3b4-a596-4877-8695-a4b3c2d1e0f9", "partnerId": "c2a91e07-4d3b-4b8f-a6e5-1f0d9c8b7a62", "writtenOn": "2026-11-10", "daysToNextHeart": 2 }
              ]
            }""";

    public static final String MILESTONES = """
            {
              "items": [
                { "key": "first-heart-day", "title": "Your first heart day", "reachedOn": "2026-10-29" },
                { "key": "first-week-read-together", "title": "Your first week read together", "reachedOn": "2026-11-01" },
                { "key": "seven-hearts-in-a-row", "title": "Seven heart days in a row", "reachedOn": "2026-11-09" }
              ]
            }""";

    public static final String OVERVIEW = """
            {
              "items": [
                {
                  "coupleId": "9c5e2b8f-4a1d-4e3c-b6f7-2d8a0c4e6f1b",
                  "name": "Our fresh start",
                  "lastActivityOn": "2026-11-22",
                  "heartsLast28Days": 15,
                  "sharedPulse": { "safe": "lower", "trusting": "steady", "close": "steady" },
                  "attention": ["safetyDrop"]
                }
              ]
            }""";
}
