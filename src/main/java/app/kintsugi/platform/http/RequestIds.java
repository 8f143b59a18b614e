package app.kintsugi.platform.http;

import java.util.UUID;
import java.util.regex.Pattern;

import io.vertx.core.http.HttpServerRequest;

/**
 * The request id every response carries in {@code X-Request-Id}: the caller's own when it is a sensible token, so that
 * a platform can follow one request through its systems and ours, otherwise a fresh UUID.
 */
public final class RequestIds {

    public static final String HEADER = "X-Request-Id";
    /** The MDC key under which log lines carry the request id. */
    public static final String MDC_KEY = "requestId";

    // Printable, log-safe and short: anything else could be used to forge or flood log lines.
    private static final Pattern ACCEPTED = Pattern.compile("[A-Za-z0-9._:-]{8,128}");

    private RequestIds() {
    }

    static String accept(String incoming) {
        return incoming != null && ACCEPTED.matcher(incoming).matches() ? incoming : UUID.randomUUID().toString();
    }

    /** The id assigned to this request by {@link HttpEdge}, read back from the response headers. */
    public static String of(HttpServerRequest request) {
        return request.response().headers().get(HEADER);
    }
}
