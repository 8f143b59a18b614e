package app.kintsugi.platform.http;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;
import org.jboss.logging.MDC;

import io.quarkus.runtime.configuration.MemorySize;
import io.vertx.core.http.HttpServerResponse;
import io.vertx.core.json.Json;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;

import app.kintsugi.platform.problem.ProblemLanguages;
import app.kintsugi.platform.problem.ProblemResponses;
import app.kintsugi.platform.problem.ProblemTexts;

/**
 * What every HTTP exchange gets, whichever layer answers it: a request id, security headers, and problem+json for the
 * failures that happen before or outside the REST layer (unknown paths, oversized bodies, faults in the HTTP stack).
 */
@ApplicationScoped
class HttpEdge {

    private static final Logger LOG = Logger.getLogger(HttpEdge.class);

    private final long maxBodyBytes;

    HttpEdge(@ConfigProperty(name = "quarkus.http.limits.max-body-size") MemorySize maxBodySize) {
        this.maxBodyBytes = maxBodySize.asLongValue();
    }

    void install(@Observes Router router) {
        // Runs before the REST layer and every other route.
        router.route().order(Integer.MIN_VALUE).handler(this::decorate);
        // Reached only when no route, REST resource or /q endpoint answered.
        router.route().last().handler(ctx -> sendProblem(ctx, 404));
        router.route().failureHandler(this::onFailure);
    }

    private void decorate(RoutingContext ctx) {
        String requestId = RequestIds.accept(ctx.request().getHeader(RequestIds.HEADER));
        HttpServerResponse response = ctx.response();
        response.putHeader(RequestIds.HEADER, requestId);
        MDC.put(RequestIds.MDC_KEY, requestId);
        boolean api = ctx.normalizedPath().startsWith("/v1/");
        ctx.addHeadersEndHandler(ignored -> SecurityHeaders.apply(response, api));
        ctx.addEndHandler(ignored -> MDC.remove(RequestIds.MDC_KEY));
        if (declaredBodyTooLarge(ctx)) {
            // Answered here, before the body is read, so the client gets a problem and not a bare 413.
            response.putHeader("Connection", "close");
            sendProblem(ctx, 413);
            return;
        }
        ctx.next();
    }

    private boolean declaredBodyTooLarge(RoutingContext ctx) {
        String length = ctx.request().getHeader("Content-Length");
        if (length == null) {
            return false;
        }
        try {
            return Long.parseLong(length.trim()) > maxBodyBytes;
        } catch (NumberFormatException e) {
            return false;
        }
    }

    private void onFailure(RoutingContext ctx) {
        int status = ctx.statusCode();
        if (status < 400) {
            status = 500;
        }
        if (status >= 500 && ctx.failure() != null) {
            LOG.errorf(ctx.failure(), "Request failed in the HTTP layer [%s]", RequestIds.of(ctx.request()));
        }
        sendProblem(ctx, status);
    }

    private static void sendProblem(RoutingContext ctx, int status) {
        HttpServerResponse response = ctx.response();
        if (response.ended() || response.headWritten()) {
            return;
        }
        var kind = StatusKinds.of(status);
        // On the event loop: the language comes from the header or the token, never from the database.
        var problem = ProblemTexts.localize(ProblemResponses.problem(ctx.request(), status, kind.code(), kind.title(),
                kind.detail(), List.of()), ProblemLanguages.withoutProfile(ctx));
        response.setStatusCode(status).putHeader("Content-Type", ProblemResponses.MEDIA_TYPE);
        ProblemResponses.languageHeaders(response.headers(), problem.contentLanguage());
        response.end(Json.encode(problem.problem()));
    }
}
