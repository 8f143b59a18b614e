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
        app.kintsugi.journal.JournalContract.problems(specs);
        app.kintsugi.commitment.CommitmentContract.problems(specs);
        app.kintsugi.jar.JarContract.problems(specs);
        app.kintsugi.exercise.ExerciseContract.problems(specs);
        app.kintsugi.exercise.TranslationContract.problems(specs);
        app.kintsugi.language.LanguageContract.problems(specs);
        app.kintsugi.practice.PracticeContract.problems(specs);
        app.kintsugi.letter.LetterContract.problems(specs);
        app.kintsugi.helpline.HelplineContract.problems(specs);
        app.kintsugi.agreement.AgreementContract.problems(specs);
        app.kintsugi.progress.ProgressContract.problems(specs);
        app.kintsugi.rights.DataRightsContract.problems(specs);
        return specs;
    }
}
