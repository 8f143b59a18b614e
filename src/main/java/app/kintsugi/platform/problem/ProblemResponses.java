package app.kintsugi.platform.problem;

import java.net.URI;
import java.util.List;

import jakarta.ws.rs.core.Response;

import io.vertx.core.http.HttpServerRequest;

import app.kintsugi.platform.http.RequestIds;

/** Builds problem responses with the media type, the request id and the instance filled in. */
public final class ProblemResponses {

    public static final String MEDIA_TYPE = "application/problem+json";

    private ProblemResponses() {
    }

    public static Problem problem(HttpServerRequest request, int status, String code, String title, String detail,
            List<Problem.FieldError> errors) {
        return new Problem(URI.create(Problem.TYPE_BASE + code), title, status, detail,
                request == null ? null : request.path(), code, request == null ? null : RequestIds.of(request),
                errors);
    }

    public static Response.ResponseBuilder response(HttpServerRequest request, int status, String code, String title,
            String detail, List<Problem.FieldError> errors) {
        return Response.status(status)
                .type(MEDIA_TYPE)
                .entity(problem(request, status, code, title, detail, errors));
    }
}
