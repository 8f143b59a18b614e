package app.kintsugi.platform.http;

import io.vertx.core.MultiMap;
import io.vertx.core.http.HttpServerResponse;

/** Defensive response headers. A response that sets one of them itself (a cacheable catalogue page) keeps its own. */
final class SecurityHeaders {

    private SecurityHeaders() {
    }

    static void apply(HttpServerResponse response, boolean api) {
        MultiMap headers = response.headers();
        setIfAbsent(headers, "X-Content-Type-Options", "nosniff");
        setIfAbsent(headers, "Referrer-Policy", "no-referrer");
        setIfAbsent(headers, "X-Frame-Options", "DENY");
        setIfAbsent(headers, "Strict-Transport-Security", "max-age=31536000; includeSubDomains");
        if (api) {
            // API answers are data, never pages: nothing may run, frame or be stored by shared caches.
            setIfAbsent(headers, "Content-Security-Policy", "default-src 'none'; frame-ancestors 'none'");
            setIfAbsent(headers, "Cache-Control", "no-store");
        }
    }

    private static void setIfAbsent(MultiMap headers, String name, String value) {
        if (!headers.contains(name)) {
            headers.set(name, value);
        }
    }
}
