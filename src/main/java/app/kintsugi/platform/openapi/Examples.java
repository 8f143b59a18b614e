package app.kintsugi.platform.openapi;

/**
 * Every example of the OpenAPI document, in one place, so that they stay consistent with each other (the same person,
 * the same request id) and are easy to review.
 */
public final class Examples {

    private Examples() {
    }

    public static final String PROBLEM_BAD_LIMIT = """
            {
              "type": "https://kintsugi.app/problems/invalid-parameter",
              "title": "Bad request",
              "status": 400,
              "detail": "A parameter of the request is not valid.",
              "instance": "/v1/time-zones",
              "code": "invalid-parameter",
              "requestId": "3f1c9a4e-6a53-4c1b-9d7e-2b8f0c55e0a1",
              "errors": [
                { "field": "limit", "code": "out-of-range", "message": "limit must be a whole number from 1 to 100." }
              ]
            }""";

    public static final String PROBLEM_MALFORMED_JSON = """
            {
              "type": "https://kintsugi.app/problems/malformed-json",
              "title": "Bad request",
              "status": 400,
              "detail": "The request body is not well-formed JSON.",
              "instance": "/v1/me",
              "code": "malformed-json",
              "requestId": "3f1c9a4e-6a53-4c1b-9d7e-2b8f0c55e0a1"
            }""";

    public static final String PROBLEM_INVALID_TIME_ZONE = """
            {
              "type": "https://kintsugi.app/problems/validation-failed",
              "title": "Validation failed",
              "status": 422,
              "detail": "Some fields are not valid; see errors.",
              "instance": "/v1/me",
              "code": "validation-failed",
              "requestId": "3f1c9a4e-6a53-4c1b-9d7e-2b8f0c55e0a1",
              "errors": [
                {
                  "field": "/timeZone",
                  "code": "invalid-time-zone",
                  "message": "Use an IANA time zone id such as Europe/Lisbon; see GET /v1/time-zones."
                }
              ]
            }""";

    public static final String PROBLEM_PRECONDITION_FAILED = """
            {
              "type": "https://kintsugi.app/problems/precondition-failed",
              "title": "Precondition failed",
              "status": 412,
              "detail": "The resource changed since you read it. Read it again, then retry with its new ETag.",
              "instance": "/v1/me",
              "code": "precondition-failed",
              "requestId": "3f1c9a4e-6a53-4c1b-9d7e-2b8f0c55e0a1"
            }""";

    public static final String PROBLEM_PRECONDITION_REQUIRED = """
            {
              "type": "https://kintsugi.app/problems/precondition-required",
              "title": "Precondition required",
              "status": 428,
              "detail": "Send the If-Match header with the ETag you last read, so that no concurrent change is overwritten.",
              "instance": "/v1/me",
              "code": "precondition-required",
              "requestId": "3f1c9a4e-6a53-4c1b-9d7e-2b8f0c55e0a1"
            }""";

    public static final String PROBLEM_UNSUPPORTED_MEDIA_TYPE = """
            {
              "type": "https://kintsugi.app/problems/unsupported-media-type",
              "title": "Unsupported media type",
              "status": 415,
              "detail": "This operation does not accept the Content-Type sent; see the API description.",
              "instance": "/v1/me",
              "code": "unsupported-media-type",
              "requestId": "3f1c9a4e-6a53-4c1b-9d7e-2b8f0c55e0a1"
            }""";

    public static final String PROBLEM_UNAUTHORIZED = """
            {
              "type": "https://kintsugi.app/problems/unauthorized",
              "title": "Unauthorized",
              "status": 401,
              "detail": "Send a valid bearer access token issued for this API.",
              "instance": "/v1/me",
              "code": "unauthorized",
              "requestId": "3f1c9a4e-6a53-4c1b-9d7e-2b8f0c55e0a1"
            }""";

    public static final String PROBLEM_FORBIDDEN = """
            {
              "type": "https://kintsugi.app/problems/forbidden",
              "title": "Forbidden",
              "status": 403,
              "detail": "Your role does not allow this operation.",
              "instance": "/v1/me",
              "code": "forbidden",
              "requestId": "3f1c9a4e-6a53-4c1b-9d7e-2b8f0c55e0a1"
            }""";

    public static final String PROBLEM_INTERNAL = """
            {
              "type": "https://kintsugi.app/problems/internal-error",
              "title": "Internal error",
              "status": 500,
              "detail": "Something went wrong on our side. Quote the request id if you contact support.",
              "instance": "/v1/me",
              "code": "internal-error",
              "requestId": "3f1c9a4e-6a53-4c1b-9d7e-2b8f0c55e0a1"
            }""";

    public static final String PROBLEM_IDEMPOTENCY_IN_USE = """
            {
              "type": "https://kintsugi.app/problems/idempotency-key-in-use",
              "title": "Conflict",
              "status": 409,
              "detail": "A request with this Idempotency-Key is still being processed. Retry after it completes.",
              "code": "idempotency-key-in-use",
              "requestId": "3f1c9a4e-6a53-4c1b-9d7e-2b8f0c55e0a1"
            }""";

    // --- Repair letters ---
    // --- Trust journal ---
}
