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
    public static final String INVALID_SHARING_DEFAULTS = "InvalidSharingDefaults";
    public static final String COUPLE_NOT_FOUND = "CoupleNotFound";
    public static final String INVITATION_NOT_FOUND = "InvitationNotFound";
    public static final String GRANT_NOT_FOUND = "GrantNotFound";
    public static final String LINK_NOT_FOUND = "CounselorLinkNotFound";
    public static final String COUPLE_ENDED = "CoupleEnded";
    public static final String INVALID_COUPLE = "InvalidCouple";
    public static final String CREATE_COUPLE_CONFLICT = "CreateCoupleConflict";
    public static final String RESUME_CONFLICT = "ResumeConflict";
    public static final String INVITE_CONFLICT = "InviteConflict";
    public static final String INVITATION_NOT_OPEN = "InvitationNotOpen";
    public static final String ACCEPT_NOT_FOUND = "InvitationCodeNotFound";
    public static final String ACCEPT_CONFLICT = "AcceptConflict";
    public static final String ACCEPT_GONE = "InvitationGone";
    public static final String INVALID_ACCEPTANCE = "InvalidAcceptance";
    public static final String TOO_MANY_ATTEMPTS = "TooManyAttempts";
    public static final String GRANT_CODE_NOT_FOUND = "CounselorCodeNotFound";
    public static final String GRANT_CONFLICT = "GrantConflict";
    public static final String LINK_GONE = "CounselorLinkGone";
    public static final String INVALID_GRANT = "InvalidGrant";
    public static final String CONSENT_CONFLICT = "ConsentConflict";
    public static final String INVALID_CONSENT = "InvalidConsent";
    public static final String LINK_NOT_OPEN = "CounselorLinkNotOpen";
    public static final String PRECONDITION_FAILED = "PreconditionFailed";
    public static final String PRECONDITION_REQUIRED = "PreconditionRequired";
    public static final String BAD_CATALOGUE_QUERY = "BadCatalogueQuery";
    public static final String EXERCISE_NOT_FOUND = "ExerciseNotFound";
    public static final String PROMPT_SET_NOT_FOUND = "PromptSetNotFound";
    public static final String SLUG_TAKEN = "SlugTaken";
    public static final String INVALID_EXERCISE = "InvalidExercise";
    public static final String EXERCISE_RETIRED = "ExerciseRetired";
    public static final String EXERCISE_TRANSITION = "ExerciseTransition";
    public static final String INVALID_STATUS_CHANGE = "InvalidStatusChange";
    public static final String RUN_NOT_FOUND = "RunNotFound";
    public static final String SESSION_NOT_FOUND = "SessionNotFound";
    public static final String START_RUN_CONFLICT = "StartRunConflict";
    public static final String INVALID_RUN = "InvalidRun";
    public static final String RUN_TRANSITION = "RunTransition";
    public static final String INVALID_RUN_CHANGE = "InvalidRunChange";
    public static final String START_SESSION_CONFLICT = "StartSessionConflict";
    public static final String INVALID_SESSION = "InvalidSession";
    public static final String SESSION_TRANSITION = "SessionTransition";
    public static final String INVALID_SESSION_CHANGE = "InvalidSessionChange";
    public static final String FEEDBACK_CONFLICT = "FeedbackConflict";
    public static final String INVALID_FEEDBACK = "InvalidFeedback";
    public static final String INVALID_PREFERENCES = "InvalidPracticePreferences";
    public static final String LETTER_NOT_FOUND = "LetterNotFound";
    public static final String NOT_AUTHOR = "NotAuthor";
    public static final String LETTER_CONFLICT = "LetterConflict";
    public static final String INVALID_LETTER = "InvalidLetter";
    public static final String INVALID_LETTER_STATUS = "InvalidLetterStatus";
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
        specs.put(INVALID_SHARING_DEFAULTS, new Spec(422, "The setting is missing or not a boolean.", List.of(
                Example.field("missing", "/newItemsPrivateByDefault", "required", "Send true or false."))));
        specs.put(COUPLE_NOT_FOUND, new Spec(404, "No couple with this id that the caller may see. Outsiders, "
                + "counselors without a grant in force (or without the scope) and ids that never existed all get "
                + "exactly this answer.",
                List.of(Example.of("notFound", "not-found",
                        "There is no couple with this id that you can see."))));
        specs.put(INVITATION_NOT_FOUND, new Spec(404, "The couple is not visible to the caller, or has no such "
                + "invitation.",
                List.of(Example.of("notFound", "not-found",
                        "This couple has no invitation with this id."))));
        specs.put(GRANT_NOT_FOUND, new Spec(404, "The couple is not visible to the caller, or has no such grant.",
                List.of(Example.of("notFound", "not-found", "This couple has no counselor grant with this id."))));
        specs.put(LINK_NOT_FOUND, new Spec(404, "The caller has no counselor link with this id.",
                List.of(Example.of("notFound", "not-found", "You have no counselor link with this id."))));
        specs.put(INVALID_COUPLE, new Spec(422, "A field is invalid; `errors` names each one.", List.of(
                Example.field("badTimeZone", "/timeZone", "invalid-time-zone",
                        "Use an IANA time zone id such as Europe/Lisbon; see GET /v1/time-zones."),
                Example.field("startTooFar", "/programStartsOn", "out-of-range",
                        "The program start must be within a year of today."),
                Example.field("nameTooLong", "/name", "too-long", "A name has at most 60 characters."))));
        specs.put(CREATE_COUPLE_CONFLICT, new Spec(409, "The caller is already in a couple that has not ended.",
                List.of(Example.of("alreadyInCouple", "already-in-couple",
                        "You are already in a couple that has not ended. Leave it first to start or join another."),
                        KEY_IN_USE)));
        specs.put(RESUME_CONFLICT, new Spec(409, "The caller holds no pause, or the couple has ended.",
                List.of(Example.of("notPausedByYou", "not-paused-by-you",
                        "You hold no pause on this couple. A pause can be lifted only by the partner who started it."),
                        ENDED)));
        specs.put(COUPLE_ENDED, new Spec(409, "The couple has ended.", List.of(ENDED)));
        specs.put(INVITE_CONFLICT, new Spec(409, "The couple cannot take an invitation now.", List.of(
                Example.of("coupleFull", "couple-full", "This couple already has two partners."),
                Example.of("couplePaused", "couple-paused",
                        "The couple is paused: nobody new can be invited until it resumes."),
                ENDED, KEY_IN_USE)));
        specs.put(INVITATION_NOT_OPEN, new Spec(409, "The invitation was accepted or expired, or the couple ended.",
                List.of(Example.of("notOpen", "invitation-not-open",
                        "Only an open invitation can be revoked; this one was already accepted or has expired."),
                        ENDED)));
        specs.put(ACCEPT_NOT_FOUND, new Spec(404, "No invitation has this code. Counts as a failed attempt.",
                List.of(Example.of("unknownCode", "not-found", "No invitation has this code. Check it for typos."))));
        specs.put(ACCEPT_CONFLICT, new Spec(409, "The invitation cannot be used by the caller; nothing changed.",
                List.of(Example.of("ownInvitation", "own-invitation",
                        "You are already a partner in this couple; the code is for the person you invite."),
                        Example.of("coupleFull", "couple-full", "This couple already has two partners."),
                        Example.of("alreadyInCouple", "already-in-couple",
                                "You are already in a couple that has not ended. Leave it first to start or join "
                                        + "another."),
                        KEY_IN_USE)));
        specs.put(ACCEPT_GONE, new Spec(410, "The invitation can no longer be used; ask for a new one.", List.of(
                Example.of("used", "invitation-used", "This invitation was already used."),
                Example.of("revoked", "invitation-revoked", "This invitation was withdrawn."),
                Example.of("expired", "invitation-expired", "This invitation has expired. Ask for a new one."))));
        specs.put(INVALID_ACCEPTANCE, new Spec(422, "The code is missing or consent was not given.", List.of(
                Example.field("noConsent", "/consent", "consent-required",
                        "Joining a couple needs your explicit consent: send consent as true."))));
        specs.put(TOO_MANY_ATTEMPTS, new Spec(429, "Too many codes that matched nothing were tried recently. Wait "
                + "the number of seconds in `Retry-After`.",
                List.of(Example.of("tooMany", "too-many-attempts",
                        "Too many codes that did not match were tried. Check the code and try again later."))));
        specs.put(GRANT_CODE_NOT_FOUND, new Spec(404, "The couple is not visible to the caller, or no counselor "
                + "link has this code (which counts as a failed attempt).",
                List.of(
                        Example.of("unknownCode", "not-found", "No counselor link has this code. Check it for typos."),
                        Example.of("noCouple", "not-found", "There is no couple with this id that you can see."))));
        specs.put(GRANT_CONFLICT, new Spec(409, "The couple cannot take this counselor now; nothing changed.",
                List.of(Example.of("forming", "couple-forming",
                        "A counselor can join only once both partners are in the couple."),
                        Example.of("paused", "couple-paused",
                                "The couple is paused: no new counselor can be given access until it resumes."),
                        Example.of("counselorIsPartner", "counselor-is-partner",
                                "A partner of this couple cannot be its counselor."),
                        Example.of("alreadyLinked", "counselor-already-linked",
                                "This counselor already has a grant for the couple that is pending or in force."),
                        ENDED, KEY_IN_USE)));
        specs.put(LINK_GONE, new Spec(410, "The counselor's code can no longer be used; ask for a new one.", List.of(
                Example.of("used", "link-used", "This counselor code was already used."),
                Example.of("revoked", "link-revoked", "The counselor withdrew this code."),
                Example.of("expired", "link-expired", "This counselor code has expired. Ask for a new one."))));
        specs.put(INVALID_GRANT, new Spec(422, "A field is invalid; `errors` names each one.", List.of(
                Example.field("unknownScope", "/scopes/0", "invalid-type",
                        "This field has the wrong type or format."),
                Example.field("noScopes", "/scopes", "required", "Offer at least one scope."),
                Example.field("expiryTooLate", "/expiresAt", "out-of-range",
                        "The expiry must be in the future and at most 365 days away."))));
        specs.put(CONSENT_CONFLICT, new Spec(409, "The caller already consented, or the grant is not waiting "
                + "for consent any more.",
                List.of(
                        Example.of("alreadyConsented", "already-consented", "You already consented to this grant."),
                        Example.of("notAwaiting", "grant-not-awaiting-consent",
                                "This grant is not waiting for consent: it is in force, revoked or expired."),
                        Example.of("paused", "couple-paused",
                                "The couple is paused: no new counselor can be given access until it resumes."),
                        ENDED)));
        specs.put(INVALID_CONSENT, new Spec(422, "The scopes are empty or include one the other partner did not "
                + "offer.",
                List.of(Example.field("notOffered", "/scopes/1", "scope-not-offered",
                        "Only scopes the other partner offered can be agreed to."))));
        specs.put(LINK_NOT_OPEN, new Spec(409, "Only an open link can be revoked.", List.of(
                Example.of("notOpen", "link-not-open", "Only an open link can be revoked; this one was used or "
                        + "expired."))));
        specs.put(PRECONDITION_FAILED, new Spec(412, "The resource changed since the ETag sent was read.",
                List.of(Example.of("stale", "precondition-failed",
                        "The resource changed since you read it. Read it again, then retry with its new ETag."))));
        specs.put(PRECONDITION_REQUIRED, new Spec(428, "`If-Match` is missing.", List.of(Example.of("noIfMatch",
                "precondition-required", "Send the If-Match header with the ETag you last read, so that no "
                        + "concurrent change is overwritten."))));
        specs.put(BAD_CATALOGUE_QUERY, new Spec(400, "A filter has a value it does not accept, `limit` or `cursor` "
                + "is invalid, or a query parameter is unknown.",
                List.of(Example.field("badIntensity", "intensity", "unknown-value",
                        "intensity is one of [gentle, moderate, deep]."),
                        Example.field("adminsOnly", "status", "admins-only",
                                "Only admins can list drafts and retired exercises."))));
        specs.put(EXERCISE_NOT_FOUND, new Spec(404, "No exercise with this slug (or version) that the caller may "
                + "see; drafts are invisible to everyone but admins.",
                List.of(Example.of("notFound", "not-found", "There is no exercise with this slug that you can see."))));
        specs.put(PROMPT_SET_NOT_FOUND, new Spec(404, "No prompt set has this slug.",
                List.of(Example.of("notFound", "not-found", "There is no prompt set with this slug."))));
        specs.put(SLUG_TAKEN, new Spec(409, "The slug is in use; slugs are never reused.",
                List.of(Example.of("slugTaken", "slug-taken",
                        "An exercise with this slug exists already; slugs never change."), KEY_IN_USE)));
        specs.put(INVALID_EXERCISE, new Spec(422, "A field is invalid; `errors` names each one.", List.of(
                Example.field("turnsTooLong", "/turnPlan", "too-long",
                        "The turns add up to more than durationMinutes (900 s)."),
                Example.field("touchUndeclared", "/turnPlan/1/mode", "touch-undeclared",
                        "A touch turn needs involvesTouch set to true."),
                Example.field("badSlug", "/slug", "invalid-slug",
                        "A slug is lowercase letters and digits in words joined by single dashes, at most 60."))));
        specs.put(EXERCISE_RETIRED, new Spec(409, "A retired exercise cannot be edited.", List.of(Example.of(
                "retired", "exercise-retired", "A retired exercise cannot be edited; publish it again first."))));
        specs.put(EXERCISE_TRANSITION, new Spec(409, "The exercise cannot move to that status from where it is.",
                List.of(Example.of("draftToRetired", "illegal-transition", "An exercise cannot go from draft to "
                        + "retired. It goes draft → published → retired, and back to published."))));
        specs.put(INVALID_STATUS_CHANGE, new Spec(422, "The status is missing or not one of the lifecycle's.",
                List.of(Example.field("missing", "/status", "required", "status is required."))));
        specs.put(RUN_NOT_FOUND, new Spec(404, "The couple is not visible to the caller, or has no such run.",
                List.of(Example.of("notFound", "not-found", "This couple has no practice run with this id."))));
        specs.put(SESSION_NOT_FOUND, new Spec(404, "The couple is not visible to the caller, or has no such "
                + "session.",
                List.of(Example.of("notFound", "not-found", "This couple has no session with this id."))));
        specs.put(START_RUN_CONFLICT, new Spec(409, "The couple cannot start this run now; nothing changed.",
                List.of(Example.of("runInProgress", "run-in-progress", "A run is already in progress. End it first, "
                        + "or send endCurrent: true to end it and start this one."),
                        Example.of("paused", "couple-paused", "The couple is paused: nothing new starts until it "
                                + "resumes."),
                        Example.of("forming", "couple-forming", "Practice starts once both partners are in the "
                                + "couple."),
                        Example.of("touch", "touch-not-chosen", "Touch exercises open once both of you have chosen "
                                + "them in your own practice preferences. Nothing else is needed, and there is no "
                                + "hurry."),
                        ENDED, KEY_IN_USE)));
        specs.put(INVALID_RUN, new Spec(422, "A field is invalid; `errors` names each one.", List.of(
                Example.field("unknownExercise", "/exercise", "unknown-exercise",
                        "No published exercise has this slug."),
                Example.field("days", "/days", "out-of-range", "days is from 1 to 30."))));
        specs.put(RUN_TRANSITION, new Spec(409, "The run cannot move to that status from where it is.",
                List.of(Example.of("illegal", "illegal-transition",
                        "A completed run cannot become active. From completed nothing follows."),
                        Example.of("notAssigned", "not-assigned",
                                "Only a run a counselor assigned can be declined; end this one as abandoned."),
                        Example.of("paused", "couple-paused", "The couple is paused: nothing new starts until it "
                                + "resumes."),
                        ENDED)));
        specs.put(INVALID_RUN_CHANGE, new Spec(422, "The status is missing or not a run status.",
                List.of(Example.field("missing", "/status", "required", "status is required."))));
        specs.put(START_SESSION_CONFLICT, new Spec(409, "The couple cannot open this session now; nothing changed.",
                List.of(Example.of("sessionOpen", "session-open", "A session is already under way; finish or stop "
                        + "it first."),
                        Example.of("touch", "touch-not-chosen", "Touch exercises open once both of you have chosen "
                                + "them in your own practice preferences. Nothing else is needed, and there is no "
                                + "hurry."),
                        Example.of("runNotActive", "run-not-active", "Sessions of a run are opened while the run is "
                                + "active."),
                        Example.of("paused", "couple-paused", "The couple is paused: nothing new starts until it "
                                + "resumes."),
                        ENDED, KEY_IN_USE)));
        specs.put(INVALID_SESSION, new Spec(422, "A field is invalid; `errors` names each one.", List.of(
                Example.field("neither", "/exercise", "required", "Name an exercise, or a run to practise."),
                Example.field("unknownRun", "/runId", "unknown-run", "This couple has no run with this id."))));
        specs.put(SESSION_TRANSITION, new Spec(409, "The session cannot move to that status from where it is.",
                List.of(Example.of("illegal", "illegal-transition",
                        "A completed session cannot become running. From completed nothing follows."),
                        Example.of("touch", "touch-not-chosen", "Touch exercises open once both of you have chosen "
                                + "them in your own practice preferences. Nothing else is needed, and there is no "
                                + "hurry."))));
        specs.put(INVALID_SESSION_CHANGE, new Spec(422, "The status is missing, or the actual durations do not fit "
                + "the plan.",
                List.of(Example.field("turns", "/actualTurnSeconds", "count",
                        "actualTurnSeconds has one entry per turn of the plan (4)."))));
        specs.put(FEEDBACK_CONFLICT, new Spec(409, "Feedback is given once a session has ended.",
                List.of(Example.of("notEnded", "session-not-ended",
                        "Feedback is for after the session; complete or stop it first."))));
        specs.put(INVALID_FEEDBACK, new Spec(422, "A field is invalid; `errors` names each one.", List.of(
                Example.field("feltSafe", "/feltSafe", "out-of-range", "feltSafe is a whole number from 1 to 5."),
                Example.field("note", "/note", "too-long", "A note has at most 1000 characters."))));
        specs.put(INVALID_PREFERENCES, new Spec(422, "The setting is missing or not a boolean.", List.of(
                Example.field("missing", "/touchExercises", "required", "Send true or false."))));
        specs.put(LETTER_NOT_FOUND, new Spec(404, "No letter with this id that the caller may read: the partner's "
                + "drafts, letters shared during a pause and everything of the other after a couple ended answer the "
                + "same.",
                List.of(Example.of("notFound", "not-found",
                        "This couple has no letter with this id that you can see."))));
        specs.put(NOT_AUTHOR, new Spec(403, "The caller can read the letter but did not write it.",
                List.of(Example.of("notAuthor", "not-author", "Only the letter's author can change it."))));
        specs.put(LETTER_CONFLICT, new Spec(409, "The letter cannot change that way.", List.of(
                Example.of("shared", "letter-shared",
                        "A shared letter never changes. Write a new letter that follows it instead."),
                Example.of("ownLetter", "own-letter", "The partner who received the letter marks it read aloud "
                        + "together, not its author."),
                Example.of("backToDraft", "illegal-transition", "A shared letter cannot go back to being a draft."),
                ENDED)));
        specs.put(INVALID_LETTER, new Spec(422, "A field is invalid; `errors` names each one.", List.of(
                Example.field("blank", "/body", "blank", "A letter cannot be empty."),
                Example.field("tooLong", "/body", "too-long", "A letter has at most 5000 characters."),
                Example.field("follows", "/follows", "unknown-letter",
                        "A letter can follow only a shared letter of yours in this couple."))));
        specs.put(INVALID_LETTER_STATUS, new Spec(422, "The status is missing or not a letter status.",
                List.of(Example.field("missing", "/status", "required", "status is required."))));
        journal(specs);
        CommitmentContract.problems(specs);
        JarContract.problems(specs);
        app.kintsugi.agreement.AgreementContract.problems(specs);
        app.kintsugi.progress.ProgressContract.problems(specs);
        SupportContract.problems(specs);
        app.kintsugi.rights.DataRightsContract.problems(specs);
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
