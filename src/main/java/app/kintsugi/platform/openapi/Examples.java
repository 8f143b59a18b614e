package app.kintsugi.platform.openapi;

/**
 * The examples of the problems the whole API shares (401, 415, 5xx). Each feature keeps its own examples in its own
 * {@code *Contract} class, beside its resources.
 */
public final class Examples {

    private Examples() {
    }

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

    public static final String PROBLEM_SERVICE_UNAVAILABLE = """
            {
              "type": "https://kintsugi.app/problems/service-unavailable",
              "title": "Service unavailable",
              "status": 503,
              "detail": "The service is briefly unavailable. Retry after the number of seconds in Retry-After.",
              "instance": "/v1/me",
              "code": "service-unavailable",
              "requestId": "3f1c9a4e-6a53-4c1b-9d7e-2b8f0c55e0a1"
            }""";

    // --- Repair letters ---
    // --- Trust journal ---
}
