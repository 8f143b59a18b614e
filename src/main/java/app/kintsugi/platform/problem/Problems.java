package app.kintsugi.platform.problem;

import java.util.List;
import java.util.Map;

/**
 * The problems every feature raises, so that one kind of failure always has one code and one title.
 */
public final class Problems {

    private Problems() {
    }

    /** The one title every problem of a status carries. */
    public static String title(int status) {
        return switch (status) {
            case 400 -> "Bad request";
            case 401 -> "Unauthorized";
            case 403 -> "Forbidden";
            case 404 -> "Not found";
            case 405 -> "Method not allowed";
            case 406 -> "Not acceptable";
            case 409 -> "Conflict";
            case 410 -> "Gone";
            case 412 -> "Precondition failed";
            case 413 -> "Payload too large";
            case 414 -> "URI too long";
            case 415 -> "Unsupported media type";
            case 422 -> "Validation failed";
            case 428 -> "Precondition required";
            case 429 -> "Too many requests";
            case 431 -> "Request header fields too large";
            case 503 -> "Service unavailable";
            default -> "Internal error";
        };
    }

    public static ProblemException notFound(String detail) {
        return new ProblemException(404, "not-found", "Not found", detail);
    }

    public static ProblemException badRequest(String code, String detail, List<Problem.FieldError> errors) {
        return new ProblemException(400, code, "Bad request", detail, errors, Map.of());
    }

    public static ProblemException invalidParameter(String name, String code, String message) {
        return badRequest("invalid-parameter", "A parameter of the request is not valid.",
                List.of(new Problem.FieldError(name, code, message)));
    }

    public static ProblemException validation(List<Problem.FieldError> errors) {
        return new ProblemException(422, "validation-failed", "Validation failed",
                "Some fields are not valid; see errors.", errors, Map.of());
    }

    public static ProblemException validation(String field, String code, String message) {
        return validation(List.of(new Problem.FieldError(field, code, message)));
    }

    public static ProblemException conflict(String code, String detail) {
        return new ProblemException(409, code, "Conflict", detail);
    }

    public static ProblemException gone(String code, String detail) {
        return new ProblemException(410, code, "Gone", detail);
    }

    public static ProblemException preconditionRequired() {
        return new ProblemException(428, "precondition-required", "Precondition required",
                "Send the If-Match header with the ETag you last read, so that no concurrent change is overwritten.");
    }

    public static ProblemException preconditionFailed() {
        return new ProblemException(412, "precondition-failed", "Precondition failed",
                "The resource changed since you read it. Read it again, then retry with its new ETag.");
    }
}
