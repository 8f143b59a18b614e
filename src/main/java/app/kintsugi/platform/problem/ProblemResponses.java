package app.kintsugi.platform.problem;

import java.net.URI;
import java.util.List;

import jakarta.ws.rs.core.Response;

import io.vertx.core.MultiMap;
import io.vertx.core.http.HttpServerRequest;

import app.kintsugi.platform.http.RequestIds;

/**
 * Builds problem responses with the media type, the request id and the instance filled in, and their texts in the
 * caller's language: {@code Content-Language} names the language of the title, detail and field messages ({@code es};
 * {@code es, en} when some of them exist only in English), and {@code Vary: Accept-Language} tells caches so.
 */
public final class ProblemResponses {

    public static final String MEDIA_TYPE = "application/problem+json";
    public static final String CONTENT_LANGUAGE = "Content-Language";
    public static final String VARY = "Vary";
    /** What a problem answer varies by. */
    public static final String VARIES_BY = "Accept-Language";

    private ProblemResponses() {
    }

    /** The problem in English, as raised. */
    public static Problem problem(HttpServerRequest request, int status, String code, String title, String detail,
            List<Problem.FieldError> errors) {
        return new Problem(URI.create(Problem.TYPE_BASE + code), title, status, detail,
                request == null ? null : request.path(), code, request == null ? null : RequestIds.of(request),
                errors);
    }

    /** The problem in {@code language} (where its texts exist in it), ready for the REST layer to send. */
    public static Response.ResponseBuilder response(HttpServerRequest request, String language, int status,
            String code, String title, String detail, List<Problem.FieldError> errors) {
        var localized = ProblemTexts.localize(problem(request, status, code, title, detail, errors), language);
        return Response.status(status)
                .type(MEDIA_TYPE)
                .header(CONTENT_LANGUAGE, localized.contentLanguage())
                .header(VARY, VARIES_BY)
                .entity(localized.problem());
    }

    /** Sets {@code Content-Language} and adds {@code Accept-Language} to {@code Vary} on an answer written directly. */
    public static void languageHeaders(MultiMap headers, String contentLanguage) {
        headers.set(CONTENT_LANGUAGE, contentLanguage);
        String vary = headers.get(VARY);
        if (vary == null || vary.isBlank()) {
            headers.set(VARY, VARIES_BY);
        } else if (!vary.toLowerCase(java.util.Locale.ROOT).contains("accept-language")) {
            headers.set(VARY, vary + ", " + VARIES_BY);
        }
    }
}
