package app.kintsugi.commitment;

import java.util.List;
import java.util.Map;

import app.kintsugi.couple.CoupleProblem;
import app.kintsugi.platform.openapi.ProblemCatalog;
import app.kintsugi.platform.problem.CommonProblem;

/**
 * The OpenAPI examples and named problem responses of commitments, the calendar, its feeds and conversation notes. The
 * problems' codes and details come from {@link CommitmentProblem} and the constants its throw sites use.
 */
public final class CommitmentContract {

    public static final String COMMITMENT_NOT_FOUND = "CommitmentNotFound";
    public static final String OCCURRENCE_NOT_FOUND = "OccurrenceNotFound";
    public static final String NOTE_NOT_FOUND = "ConversationNoteNotFound";
    public static final String FEED_NOT_FOUND = "CalendarFeedNotFound";
    public static final String NOT_OWNER = "NotCommitmentOwner";
    public static final String NOT_NOTE_AUTHOR = "NotNoteAuthor";
    public static final String WRITE_CONFLICT = "CommitmentWriteConflict";
    public static final String CHANGE_CONFLICT = "ChangeCommitmentConflict";
    public static final String STATUS_CONFLICT = "CommitmentStatusConflict";
    public static final String CHECK_CONFLICT = "CheckConflict";
    public static final String UNCHECK_CONFLICT = "UncheckConflict";
    public static final String ACKNOWLEDGE_CONFLICT = "OccurrenceAcknowledgeConflict";
    public static final String INVALID_COMMITMENT = "InvalidCommitment";
    public static final String INVALID_CHECK = "InvalidCheck";
    public static final String INVALID_NOTE = "InvalidConversationNote";
    public static final String INVALID_FEED_SETTINGS = "InvalidFeedSettings";
    public static final String INVALID_COMMITMENT_STATUS = "InvalidCommitmentStatus";
    public static final String BAD_CALENDAR_QUERY = "BadCalendarQuery";
    public static final String BAD_COMMITMENT_LIST = "BadCommitmentList";

    /** The negotiated language of our own texts (category descriptions), as the headers document it. */
    static final String ACCEPT_LANGUAGE = "Languages the caller reads, such as `es, en;q=0.5`; without a fitting one, the caller's profile locale decides, then English.";
    static final String CONTENT_LANGUAGE = "The language of the descriptions: `en`, `es` or `de`; `en` when nothing the caller reads fits.";
    static final String VARY = "`Accept-Language, Authorization`: the language follows the header, else the caller's profile.";
    static final String FEED_LANGUAGE = "The language of the feed's own words (`Reminder`, the calendar's name): its partner's profile locale among `en`, `es` and `de`, else `en`.";

    private static final ProblemCatalog.Example PAUSED = ProblemCatalog.Example.of("paused",
            CoupleProblem.COUPLE_PAUSED.code(), CommitmentService.PAUSED);
    private static final ProblemCatalog.Example FORMING = ProblemCatalog.Example.of("forming",
            CoupleProblem.COUPLE_FORMING.code(), CommitmentService.FORMING);

    private CommitmentContract() {
    }

    /** Registers the named problem responses; called once by {@link ProblemCatalog}. */
    public static void problems(Map<String, ProblemCatalog.Spec> specs) {
        specs.put(COMMITMENT_NOT_FOUND, new ProblemCatalog.Spec(404, "No commitment with this id that the caller may "
                + "see; after a couple ended, a former partner sees only their own.",
                List.of(ProblemCatalog.Example.of("notFound", "not-found",
                        "This couple has no commitment with this id that you can see."))));
        specs.put(OCCURRENCE_NOT_FOUND, new ProblemCatalog.Spec(404, "No such commitment, or it does not fall on "
                + "that day (a day is written like 2026-11-23).",
                List.of(
                        ProblemCatalog.Example.of("noOccurrence", "not-found",
                                "This commitment has no occurrence on that day."),
                        ProblemCatalog.Example.of("notFound", "not-found",
                                "This couple has no commitment with this id that you can see."))));
        specs.put(NOTE_NOT_FOUND, new ProblemCatalog.Spec(404, "No conversation note with this id that the caller "
                + "may see.",
                List.of(ProblemCatalog.Example.of("notFound", "not-found",
                        "This couple has no conversation note with this id that you can see."))));
        specs.put(FEED_NOT_FOUND, new ProblemCatalog.Spec(404, "The address is not a live feed: never issued, "
                + "replaced, revoked, or its couple ended.",
                List.of(ProblemCatalog.Example.of("notFound",
                        "not-found", "There is no calendar feed at this address."))));
        specs.put(NOT_OWNER, new ProblemCatalog.Spec(403, "The commitment is the partner's own.",
                List.of(ProblemCatalog.Example.of("notOwner", CommitmentProblem.NOT_OWNER))));
        specs.put(NOT_NOTE_AUTHOR, new ProblemCatalog.Spec(403, "The caller can read the note but did not write it.",
                List.of(ProblemCatalog.Example.of("notAuthor", CommitmentProblem.NOT_NOTE_AUTHOR))));
        specs.put(WRITE_CONFLICT, new ProblemCatalog.Spec(409, "No commitment can be made now.", List.of(
                ProblemCatalog.Example.of("tooMany", CommitmentProblem.TOO_MANY_COMMITMENTS),
                PAUSED, FORMING, ProblemCatalog.ENDED)));
        specs.put(CHANGE_CONFLICT, new ProblemCatalog.Spec(409, "Commitments stand still while the couple is "
                + "paused, and for good once it ended.", List.of(PAUSED, ProblemCatalog.ENDED)));
        specs.put(STATUS_CONFLICT, new ProblemCatalog.Spec(409, "A closed commitment stays closed; nothing changes "
                + "while the couple is paused or after it ended.",
                List.of(
                        ProblemCatalog.Example.of("closed", CommonProblem.ILLEGAL_TRANSITION.code(),
                                CommitmentService.CLOSED),
                        PAUSED, ProblemCatalog.ENDED)));
        specs.put(CHECK_CONFLICT, new ProblemCatalog.Spec(409, "The occurrence cannot be marked now.", List.of(
                ProblemCatalog.Example.of("future", CommitmentProblem.OCCURRENCE_IN_FUTURE),
                PAUSED, ProblemCatalog.ENDED)));
        specs.put(UNCHECK_CONFLICT, new ProblemCatalog.Spec(409, "Marks stand still while the couple is paused, and "
                + "for good once it ended.", List.of(PAUSED, ProblemCatalog.ENDED)));
        specs.put(ACKNOWLEDGE_CONFLICT, new ProblemCatalog.Spec(409, "Only the other partner acknowledges, and only "
                + "a kept occurrence.",
                List.of(
                        ProblemCatalog.Example.of("notKept", CommitmentProblem.NOT_KEPT),
                        ProblemCatalog.Example.of("ownCheck", CommitmentProblem.OWN_CHECK),
                        PAUSED, ProblemCatalog.ENDED)));
        specs.put(INVALID_COMMITMENT, new ProblemCatalog.Spec(422, "A field is invalid; `errors` names each one.",
                List.of(
                        ProblemCatalog.Example.field("notApplicable", "/recurrence/weekdays", "not-applicable",
                                "weekdays is only for kind weekdays."),
                        ProblemCatalog.Example.field("title", "/title", "blank", "A title cannot be empty."),
                        ProblemCatalog.Example.field("titleTooLong", "/title", "too-long",
                                "A title has at most 120 characters."),
                        ProblemCatalog.Example.field("lineBreakInTitle", "/title", "control-character",
                                "A title cannot contain control characters such as line breaks."),
                        ProblemCatalog.Example.field("kind", "/recurrence/kind", "required",
                                "A recurrence needs its kind: once, daily, weekdays, weekly or monthly."),
                        ProblemCatalog.Example.field("weekdays", "/recurrence/weekdays", "unknown-day",
                                "Days are monday to sunday, in lower case."),
                        ProblemCatalog.Example.field("dayOfMonth", "/recurrence/dayOfMonth", "out-of-range",
                                "dayOfMonth is 1 to 31."),
                        ProblemCatalog.Example.field("start", "/recurrence/startsOn", "before-couple",
                                "A commitment cannot start before the couple began (2026-09-01)."))));
        specs.put(INVALID_CHECK, new ProblemCatalog.Spec(422, "The state is missing, or the adjustment is too long.",
                List.of(ProblemCatalog.Example.field("state", "/state", "required",
                        "state is kept, partlyKept or missed."),
                        ProblemCatalog.Example.field("adjustment", "/adjustment", "too-long",
                                "An adjustment has at most 280 characters."))));
        specs.put(INVALID_NOTE, new ProblemCatalog.Spec(422, "A field is invalid; `errors` names each one.", List.of(
                ProblemCatalog.Example.field("summary", "/summary", "blank", "A summary cannot be empty."),
                ProblemCatalog.Example.field("summaryTooLong", "/summary", "too-long",
                        "A summary has at most 1000 characters."),
                ProblemCatalog.Example.field("noBody", "", "required", "Send the note as a JSON object."),
                ProblemCatalog.Example.field("controlCharacter", "/summary", "control-character",
                        "A summary cannot contain control characters other than line breaks and tabs."),
                ProblemCatalog.Example.field("tooMany", "/commitments", "too-many",
                        "A note creates at most 10 commitments."),
                ProblemCatalog.Example.field("heldOn", "/heldOn", "out-of-range",
                        "heldOn is a day from the couple's beginning (2026-09-01) to today (2026-11-23)."),
                ProblemCatalog.Example.field("link", "/linkCommitments/0", "unknown-commitment",
                        "Link commitments of this couple that no other note produced."),
                ProblemCatalog.Example.field("commitment", "/commitments/0/title", "blank",
                        "A title cannot be empty."))));
        specs.put(INVALID_FEED_SETTINGS, new ProblemCatalog.Spec(422, "The setting is missing or not a boolean.",
                List.of(ProblemCatalog.Example.field("missing", "/showTitles", "required", "Send true or false."))));
        specs.put(INVALID_COMMITMENT_STATUS, new ProblemCatalog.Spec(422, "The status is missing or not one of "
                + "active, completed, retired.",
                List.of(ProblemCatalog.Example.field("missing", "/status",
                        "required", "status is required."))));
        specs.put(BAD_CALENDAR_QUERY, new ProblemCatalog.Spec(400, "A date is malformed, the range is empty or "
                + "longer than 92 days, or a query parameter is unknown.",
                List.of(
                        ProblemCatalog.Example.field("date", "from", "invalid-date",
                                "from is a date such as 2026-11-23."),
                        ProblemCatalog.Example.field("tooLong", "to", "range-too-long",
                                "A calendar spans at most 92 days."),
                        ProblemCatalog.Example.field("empty", "from", "empty-range", "from must not be after to."))));
        specs.put(BAD_COMMITMENT_LIST, new ProblemCatalog.Spec(400, "A filter has a bad value, `limit` is out of "
                + "range, a `cursor` was not issued by this list, or a query parameter is unknown.",
                List.of(
                        ProblemCatalog.Example.field("status", "status", "unknown-value",
                                "status is one of [active, completed, retired]."),
                        ProblemCatalog.Example.field("badLimit", "limit", "out-of-range",
                                "limit must be a whole number from 1 to 100."))));
    }

    // --- Examples ---

    public static final String NEW_COMMITMENT = """
            {
              "title": "Ten-minute check-in before bed",
              "category": "dailyCheckIn",
              "recurrence": { "kind": "daily", "time": "21:30", "durationMinutes": 10, "startsOn": "2026-11-23" },
              "shared": true
            }""";

    public static final String COMMITMENT = """
            {
              "id": "3c1d9e7a-5b2f-4e8a-9d6c-0a1b2c3d4e5f",
              "title": "Ten-minute check-in before bed",
              "category": "dailyCheckIn",
              "colour": "sage",
              "shared": true,
              "status": "active",
              "recurrence": { "kind": "daily", "time": "21:30", "durationMinutes": 10, "startsOn": "2026-11-23" },
              "createdAt": "2026-11-22T19:04:00Z",
              "updatedAt": "2026-11-22T19:04:00Z"
            }""";

    public static final String COMMITMENT_EDIT = """
            {
              "title": "Phone in the drawer at dinner",
              "category": "personalPromise",
              "recurrence": { "kind": "weekdays", "weekdays": ["monday", "wednesday", "friday"] }
            }""";

    public static final String OWN_COMMITMENT = """
            {
              "id": "8e2f4a6c-1d3b-4c5e-8f7a-9b0c1d2e3f4a",
              "title": "Phone in the drawer at dinner",
              "category": "personalPromise",
              "colour": "slate",
              "owner": { "partnerId": "7b0f5a52-2f7e-4d8a-9b1e-5c3f2a9d8e61", "name": "Sam", "yours": true },
              "shared": false,
              "status": "active",
              "recurrence": { "kind": "weekdays", "weekdays": ["monday", "wednesday", "friday"], "startsOn": "2026-11-23" },
              "createdAt": "2026-11-22T19:10:00Z",
              "updatedAt": "2026-11-24T08:00:00Z"
            }""";

    public static final String COMMITMENT_PAGE = """
            {
              "items": [
                {
                  "id": "3c1d9e7a-5b2f-4e8a-9d6c-0a1b2c3d4e5f",
                  "title": "Ten-minute check-in before bed",
                  "category": "dailyCheckIn",
                  "colour": "sage",
                  "shared": true,
                  "status": "active",
                  "recurrence": { "kind": "daily", "time": "21:30", "durationMinutes": 10, "startsOn": "2026-11-23" },
                  "createdAt": "2026-11-22T19:04:00Z",
                  "updatedAt": "2026-11-22T19:04:00Z"
                }
              ]
            }""";

    public static final String CHECK = """
            { "state": "partlyKept", "adjustment": "I will set a reminder so it does not slip past ten." }""";

    public static final String OCCURRENCE = """
            {
              "commitmentId": "3c1d9e7a-5b2f-4e8a-9d6c-0a1b2c3d4e5f",
              "title": "Ten-minute check-in before bed",
              "category": "dailyCheckIn",
              "colour": "sage",
              "date": "2026-11-24",
              "startsAt": "2026-11-24T21:30:00Z",
              "endsAt": "2026-11-24T21:40:00Z",
              "state": "kept",
              "check": {
                "state": "kept",
                "markedBy": { "partnerId": "7b0f5a52-2f7e-4d8a-9b1e-5c3f2a9d8e61", "name": "Sam", "yours": false },
                "markedAt": "2026-11-24T21:45:00Z"
              },
              "acknowledgement": {
                "by": { "partnerId": "c2a91e07-4d3b-4b8f-a6e5-1f0d9c8b7a62", "name": "Alex", "yours": true },
                "at": "2026-11-25T07:10:00Z"
              }
            }""";

    public static final String CALENDAR = """
            {
              "from": "2026-11-23",
              "to": "2026-11-24",
              "timeZone": "Europe/Lisbon",
              "items": [
                {
                  "commitmentId": "8e2f4a6c-1d3b-4c5e-8f7a-9b0c1d2e3f4a",
                  "title": "Phone in the drawer at dinner",
                  "category": "personalPromise",
                  "colour": "slate",
                  "owner": { "partnerId": "7b0f5a52-2f7e-4d8a-9b1e-5c3f2a9d8e61", "name": "Sam", "yours": true },
                  "date": "2026-11-23",
                  "state": "missed",
                  "check": {
                    "state": "missed",
                    "markedBy": { "partnerId": "7b0f5a52-2f7e-4d8a-9b1e-5c3f2a9d8e61", "name": "Sam", "yours": true },
                    "markedAt": "2026-11-23T22:05:00Z",
                    "adjustment": "I will leave the phone in the hall before we sit down."
                  }
                },
                {
                  "commitmentId": "3c1d9e7a-5b2f-4e8a-9d6c-0a1b2c3d4e5f",
                  "title": "Ten-minute check-in before bed",
                  "category": "dailyCheckIn",
                  "colour": "sage",
                  "date": "2026-11-23",
                  "startsAt": "2026-11-23T21:30:00Z",
                  "endsAt": "2026-11-23T21:40:00Z",
                  "state": "unmarked"
                },
                {
                  "commitmentId": "3c1d9e7a-5b2f-4e8a-9d6c-0a1b2c3d4e5f",
                  "title": "Ten-minute check-in before bed",
                  "category": "dailyCheckIn",
                  "colour": "sage",
                  "date": "2026-11-24",
                  "startsAt": "2026-11-24T21:30:00Z",
                  "endsAt": "2026-11-24T21:40:00Z",
                  "state": "due"
                }
              ]
            }""";

    public static final String CATEGORIES = """
            {
              "items": [
                { "category": "dailyCheckIn", "colour": "sage", "hex": "#8FB59A", "description": "A short daily check-in with each other." },
                { "category": "weeklyConversation", "colour": "sky", "hex": "#7FA7D9", "description": "A longer conversation once a week." }
              ]
            }""";

    public static final String NEW_NOTE = """
            {
              "summary": "We talked about evenings. Sam will put the phone away at dinner; we will check in before bed.",
              "heldOn": "2026-11-22",
              "commitments": [
                { "title": "Phone in the drawer at dinner", "category": "personalPromise", "recurrence": { "kind": "daily" } }
              ],
              "linkCommitments": ["3c1d9e7a-5b2f-4e8a-9d6c-0a1b2c3d4e5f"]
            }""";

    public static final String NOTE = """
            {
              "id": "f1e2d3c4-b5a6-4978-8a9b-0c1d2e3f4a5b",
              "author": { "partnerId": "7b0f5a52-2f7e-4d8a-9b1e-5c3f2a9d8e61", "name": "Sam", "yours": true },
              "summary": "We talked about evenings. Sam will put the phone away at dinner; we will check in before bed.",
              "heldOn": "2026-11-22",
              "createdAt": "2026-11-22T20:15:00Z",
              "commitments": [
                { "id": "3c1d9e7a-5b2f-4e8a-9d6c-0a1b2c3d4e5f", "title": "Ten-minute check-in before bed", "category": "dailyCheckIn", "status": "active" },
                { "id": "8e2f4a6c-1d3b-4c5e-8f7a-9b0c1d2e3f4a", "title": "Phone in the drawer at dinner", "category": "personalPromise", "status": "active" }
              ]
            }""";

    public static final String NOTE_PAGE = """
            {
              "items": [
                {
                  "id": "f1e2d3c4-b5a6-4978-8a9b-0c1d2e3f4a5b",
                  "author": { "partnerId": "7b0f5a52-2f7e-4d8a-9b1e-5c3f2a9d8e61", "name": "Sam", "yours": false },
                  "summary": "We talked about evenings. Sam will put the phone away at dinner; we will check in before bed.",
                  "heldOn": "2026-11-22",
                  "createdAt": "2026-11-22T20:15:00Z",
                  "commitments": []
                }
              ]
            }""";

    public static final String FEED = """
            { "active": true, "showTitles": false, "issuedAt": "2026-11-22T20:30:00Z" }""";

    public static final String FEED_ISSUED = """
            {
              "active": true,
              "showTitles": false,
              "url": "https://api.kintsugi.app/v1/calendar-feeds/q3N0pXo7c2bLm1Vw9Zr4Tg8Ye5Hk6Js0Ud2Fa7Ci3Bn",
              "issuedAt": "2026-11-22T20:30:00Z"
            }""";

    public static final String ICS = "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Kintsugi//Commitments//EN\r\n"
            + "CALSCALE:GREGORIAN\r\nMETHOD:PUBLISH\r\nX-WR-CALNAME:Reminders\r\nBEGIN:VEVENT\r\n"
            + "UID:3c1d9e7a-5b2f-4e8a-9d6c-0a1b2c3d4e5f-2026-11-24@kintsugi\r\nDTSTAMP:20261122T190400Z\r\n"
            + "DTSTART:20261124T213000Z\r\nDTEND:20261124T214000Z\r\nSUMMARY;LANGUAGE=en:Reminder\r\n"
            + "TRANSP:TRANSPARENT\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n";
}
