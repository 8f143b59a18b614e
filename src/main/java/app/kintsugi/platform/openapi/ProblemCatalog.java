package app.kintsugi.platform.openapi;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import app.kintsugi.platform.problem.ProblemType;

/**
 * Problem responses that several operations share, published once under {@code #/components/responses} and referenced
 * by name from {@code @APIResponse(ref = ...)}. Each lists every {@code code} a client can meet with that status, with
 * an example each, so that generated clients and readers see the full set of outcomes to switch on.
 */
public final class ProblemCatalog {

    public static final String BAD_LIST_REQUEST = "BadListRequest";
    public static final String MALFORMED_JSON = "MalformedJson";
    public static final String COUPLE_NOT_FOUND = "CoupleNotFound";
    public static final String COUPLE_ENDED = "CoupleEnded";
    public static final String TOO_MANY_ATTEMPTS = "TooManyAttempts";
    public static final String PRECONDITION_FAILED = "PreconditionFailed";
    public static final String PRECONDITION_REQUIRED = "PreconditionRequired";
    public static final String INVALID_STATUS_CHANGE = "InvalidStatusChange";
    public static final String JOURNAL_ENTRY_NOT_FOUND = "JournalEntryNotFound";
    public static final String JOURNAL_WEEK_NOT_FOUND = "JournalWeekNotFound";
    public static final String NOT_ENTRY_AUTHOR = "NotEntryAuthor";
    public static final String WRITE_ENTRY_CONFLICT = "WriteEntryConflict";
    public static final String EDIT_ENTRY_CONFLICT = "EditEntryConflict";
    public static final String ACKNOWLEDGE_CONFLICT = "AcknowledgeConflict";
    public static final String WEEK_READ_CONFLICT = "WeekReadConflict";
    public static final String INVALID_ENTRY = "InvalidJournalEntry";
    public static final String INVALID_VISIBILITY = "InvalidVisibility";
    public static final String INVALID_ACKNOWLEDGEMENT = "InvalidAcknowledgement";
    public static final String BAD_JOURNAL_QUERY = "BadJournalQuery";

    /** One response: its status, what it means, and the problems it may carry. */
    public record Spec(int status, String description, List<Example> examples) {
    }

    /** One problem a response may carry. {@code field} and {@code fieldCode} fill {@code errors} for a 422. */
    public record Example(String name, String code, String detail, String field, String fieldCode) {

        public static Example of(String name, String code, String detail) {
            return new Example(name, code, detail, null, null);
        }

        /** The documented example of a feature's problem kind, with the detail its throw sites send by default. */
        public static Example of(String name, ProblemType type) {
            return new Example(name, type.code(), type.detail(), null, null);
        }

        public static Example field(String name, String field, String fieldCode, String message) {
            return new Example(name, "validation-failed", message, field, fieldCode);
        }
    }

    private static final Example KEY_IN_USE = Example.of("idempotencyKeyInUse", "idempotency-key-in-use",
            "A request with this Idempotency-Key is still being processed. Retry after it completes.");
    public static final Example ENDED = Example.of("coupleEnded", "couple-ended",
            "This couple has ended; nothing in it can change any more.");

    private ProblemCatalog() {
    }

    static Map<String, Spec> responses() {
        Map<String, Spec> specs = new LinkedHashMap<>();
        specs.put(BAD_LIST_REQUEST, new Spec(400, "`limit` out of range, a `cursor` not issued by this list, or an "
                + "unknown query parameter.",
                List.of(Example.field("badLimit", "limit", "out-of-range",
                        "limit must be a whole number from 1 to 100."))));
        specs.put(MALFORMED_JSON, new Spec(400, "The body is not well-formed JSON.", List.of(Example.of("malformed",
                "malformed-json", "The request body is not well-formed JSON."))));
        specs.put(COUPLE_NOT_FOUND, new Spec(404, "No couple with this id that the caller may see. Outsiders, "
                + "counselors without a grant in force (or without the scope) and ids that never existed all get "
                + "exactly this answer.",
                List.of(Example.of("notFound", "not-found",
                        "There is no couple with this id that you can see."))));
        specs.put(COUPLE_ENDED, new Spec(409, "The couple has ended.", List.of(ENDED)));
        specs.put(TOO_MANY_ATTEMPTS, new Spec(429, "Too many codes that matched nothing were tried recently. Wait "
                + "the number of seconds in `Retry-After`.",
                List.of(Example.of("tooMany", "too-many-attempts",
                        "Too many codes that did not match were tried. Check the code and try again later."))));
        app.kintsugi.couple.CoupleContract.problems(specs);
        app.kintsugi.counselor.CounselorContract.problems(specs);
        app.kintsugi.profile.ProfileContract.problems(specs);
        specs.put(PRECONDITION_FAILED, new Spec(412, "The resource changed since the ETag sent was read.",
                List.of(Example.of("stale", "precondition-failed",
                        "The resource changed since you read it. Read it again, then retry with its new ETag."))));
        specs.put(PRECONDITION_REQUIRED, new Spec(428, "`If-Match` is missing.", List.of(Example.of("noIfMatch",
                "precondition-required", "Send the If-Match header with the ETag you last read, so that no "
                        + "concurrent change is overwritten."))));
        specs.put(INVALID_STATUS_CHANGE, new Spec(422, "The status is missing or not one of the lifecycle's.",
                List.of(Example.field("missing", "/status", "required", "status is required."))));
        journal(specs);
        CommitmentContract.problems(specs);
        JarContract.problems(specs);
        AgreementContract.problems(specs);
        ProgressContract.problems(specs);
        app.kintsugi.exercise.ExerciseContract.problems(specs);
        app.kintsugi.practice.PracticeContract.problems(specs);
        app.kintsugi.letter.LetterContract.problems(specs);
        app.kintsugi.helpline.HelplineContract.problems(specs);
        DataRightsContract.problems(specs);
        return specs;
    }

    private static void journal(Map<String, Spec> specs) {
        Example dayFull = Example.of("dayFull", "day-full",
                "You have 10 entries for 2026-11-23 already; the journal keeps a few lines a day.");
        specs.put(JOURNAL_ENTRY_NOT_FOUND, new Spec(404, "No entry with this id that the caller may read: the "
                + "partner's private and not yet revealed entries, entries shared during a pause, everything of the "
                + "other after a couple ended, and for a counselor anything not shared with one, all answer the same.",
                List.of(Example.of("notFound", "not-found",
                        "This couple has no journal entry with this id that you can see."))));
        specs.put(JOURNAL_WEEK_NOT_FOUND, new Spec(404, "No couple the caller may see, or no such week: not an ISO "
                + "week name, before the couple's first week, or still to come.",
                List.of(Example.of("notFound", "not-found", "This couple has no such week of journal: weeks are "
                        + "named like 2026-W48 (or current) and run from the couple's first week to this one."))));
        specs.put(NOT_ENTRY_AUTHOR, new Spec(403, "The caller can read the entry but did not write it.",
                List.of(Example.of("notAuthor", "not-author",
                        "Only the entry's author can change it, choose who reads it or delete it."))));
        specs.put(WRITE_ENTRY_CONFLICT, new Spec(409, "The entry cannot be written now.", List.of(dayFull, ENDED)));
        specs.put(EDIT_ENTRY_CONFLICT, new Spec(409, "The entry can no longer be reworded.", List.of(
                Example.of("immutable", "entry-immutable", "An entry can be reworded for 24 hours after it was "
                        + "written; after that it stays as it is. You can still delete it, or write a new one."),
                dayFull, ENDED)));
        specs.put(ACKNOWLEDGE_CONFLICT, new Spec(409, "Only the partner acknowledges an entry, while the couple "
                + "lasts.",
                List.of(Example.of("ownEntry", "own-entry",
                        "Your partner acknowledges your entries; you acknowledge theirs."), ENDED)));
        specs.put(WEEK_READ_CONFLICT, new Spec(409, "The week cannot be marked read now.", List.of(
                Example.of("paused", "couple-paused",
                        "The couple is paused: weeks are read together again once the pause ends."),
                Example.of("forming", "couple-forming", "A week is read together once your partner has joined."),
                ENDED)));
        specs.put(INVALID_ENTRY, new Spec(422, "A field is invalid; `errors` names each one.", List.of(
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
}
