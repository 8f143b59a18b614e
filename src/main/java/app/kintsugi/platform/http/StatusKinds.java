package app.kintsugi.platform.http;

/**
 * The generic problem code, title and detail for a bare HTTP status, used where no more specific problem was raised.
 */
public record StatusKinds(String code, String title, String detail) {

    public static StatusKinds of(int status) {
        return switch (status) {
            case 400 -> new StatusKinds("bad-request", "Bad request", "The request could not be understood.");
            case 401 -> new StatusKinds("unauthorized", "Unauthorized",
                    "Send a valid bearer access token issued for this API.");
            case 403 -> new StatusKinds("forbidden", "Forbidden", "Your role does not allow this operation.");
            case 404 -> new StatusKinds("not-found", "Not found", "Nothing exists at this address.");
            case 405 -> new StatusKinds("method-not-allowed", "Method not allowed",
                    "This address does not support the method.");
            case 406 -> new StatusKinds("not-acceptable", "Not acceptable",
                    "This operation answers in application/json (problems in application/problem+json).");
            case 413 -> new StatusKinds("payload-too-large", "Payload too large", "The request body is too large.");
            case 414 -> new StatusKinds("uri-too-long", "URI too long", "The request address is too long.");
            case 415 -> new StatusKinds("unsupported-media-type", "Unsupported media type",
                    "This operation does not accept the Content-Type sent; see the API description.");
            case 431 -> new StatusKinds("request-header-fields-too-large", "Request header fields too large",
                    "The request headers are too large.");
            case 429 -> new StatusKinds("too-many-requests", "Too many requests", "Slow down and retry later.");
            case 503 -> new StatusKinds("unavailable", "Service unavailable", "Try again in a moment.");
            default -> status >= 500
                    ? new StatusKinds("internal-error", "Internal error",
                            "Something went wrong on our side. Quote the request id if you contact support.")
                    : new StatusKinds("http-" + status, "HTTP " + status, null);
        };
    }
}
