package app.kintsugi.platform.ratelimit;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

import io.vertx.core.http.HttpServerResponse;

/**
 * The budgets one request drew from, kept on its routing context until its headers are written: the route handler adds
 * the caller's budget, the REST filter the expensive one, and whichever answers, the fields list both.
 */
final class RateLimitState {

    static final String KEY = RateLimitState.class.getName();

    private final String subjectKey;
    private final Map<String, Usage> usages = new LinkedHashMap<>();

    RateLimitState(String subjectKey) {
        this.subjectKey = subjectKey;
    }

    /** The authenticated caller's opaque key, or null for anonymous traffic. */
    String subjectKey() {
        return subjectKey;
    }

    synchronized void add(Usage usage) {
        usages.put(usage.budget().name(), usage);
    }

    /** {@code RateLimit-Policy} and {@code RateLimit} (draft-ietf-httpapi-ratelimit-headers, structured fields). */
    synchronized void writeHeaders(HttpServerResponse response) {
        if (usages.isEmpty()) {
            return;
        }
        response.headers().set("RateLimit-Policy", usages.values().stream().map(usage -> usage.budget().policy())
                .collect(Collectors.joining(", ")));
        response.headers().set("RateLimit", usages.values().stream().map(Usage::item)
                .collect(Collectors.joining(", ")));
    }
}
