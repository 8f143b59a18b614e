package app.kintsugi.platform.problem;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import jakarta.inject.Singleton;
import jakarta.persistence.OptimisticLockException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.config.ConfigProvider;
import org.hibernate.StaleStateException;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;

import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import io.quarkus.vertx.http.runtime.CurrentVertxRequest;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.ext.web.RoutingContext;

import app.kintsugi.platform.http.RequestIds;
import app.kintsugi.platform.http.SoundText;
import app.kintsugi.platform.http.StatusKinds;

/**
 * Turns every exception that reaches the REST layer into {@code application/problem+json}. Messages of unexpected
 * exceptions are never echoed: they can carry internals or values a user typed. Texts are said in the caller's language
 * ({@link ProblemLanguages}, {@link ProblemTexts}).
 */
@Singleton
class ProblemMappers {

    private static final Logger LOG = Logger.getLogger(ProblemMappers.class);

    private final ProblemLanguages languages;
    private final CurrentVertxRequest current;

    ProblemMappers(ProblemLanguages languages, CurrentVertxRequest current) {
        this.languages = languages;
        this.current = current;
    }

    /** The caller's language; the profile is read only where the header decides nothing and the thread may block. */
    private String language(HttpServerRequest request) {
        return languages.choose(request, context());
    }

    /** Without the database (for 401 and 5xx): the header, then the token's locale claim, then English. */
    private String languageWithoutProfile(HttpServerRequest request) {
        RoutingContext context = context();
        return context == null
                ? ProblemLanguages.withoutProfile(request.getHeader("Accept-Language"), null)
                : ProblemLanguages.withoutProfile(context);
    }

    /** {@code Retry-After} of a 503: whole seconds of {@code kintsugi.database.retry-after}, at least 1. */
    private static String retryAfter() {
        var after = ConfigProvider.getConfig().getValue("kintsugi.database.retry-after", Duration.class);
        return Long.toString(Math.max(1, after.toSeconds()));
    }

    private RoutingContext context() {
        try {
            return current.getCurrent();
        } catch (jakarta.enterprise.context.ContextNotActiveException e) {
            return null;
        }
    }

    @ServerExceptionMapper
    Response problem(ProblemException e, HttpServerRequest request) {
        boolean noProfile = e.status() == 401 || e.status() >= 500;
        var builder = ProblemResponses.response(request,
                noProfile ? languageWithoutProfile(request) : language(request), e.status(), e.code(), e.title(),
                e.detail(), e.errors());
        e.headers().forEach(builder::header);
        return builder.build();
    }

    @ServerExceptionMapper
    Response webApplication(WebApplicationException e, HttpServerRequest request) {
        if (e.getCause() instanceof JsonProcessingException json) {
            // The REST layer wraps a body that cannot be read; answer what is wrong with it.
            return json(json, request);
        }
        int status = e.getResponse().getStatus();
        if (status >= 500) {
            return internal(e, request);
        }
        var kind = StatusKinds.of(status);
        var builder = ProblemResponses.response(request, language(request), status, kind.code(), kind.title(),
                kind.detail(), List.of());
        String allow = e.getResponse().getHeaderString(HttpHeaders.ALLOW);
        if (allow != null) {
            builder.header(HttpHeaders.ALLOW, allow);
        }
        return builder.build();
    }

    @ServerExceptionMapper({AuthenticationFailedException.class, UnauthorizedException.class})
    Response unauthorized(RuntimeException e, HttpServerRequest request) {
        var kind = StatusKinds.of(401);
        boolean tokenSent = request.getHeader(HttpHeaders.AUTHORIZATION) != null;
        // RFC 6750: tell a client whose token was refused that it is the token, not the request.
        String challenge = tokenSent ? "Bearer error=\"invalid_token\"" : "Bearer";
        // No caller to read a profile of: the header decides, then English.
        return ProblemResponses.response(request, languageWithoutProfile(request), 401, kind.code(), kind.title(),
                kind.detail(), List.of())
                .header(HttpHeaders.WWW_AUTHENTICATE, challenge)
                .build();
    }

    @ServerExceptionMapper
    Response forbidden(ForbiddenException e, HttpServerRequest request) {
        var kind = StatusKinds.of(403);
        return ProblemResponses.response(request, language(request), 403, kind.code(), kind.title(), kind.detail(),
                List.of()).build();
    }

    @ServerExceptionMapper
    Response constraintViolation(ConstraintViolationException e, HttpServerRequest request) {
        List<Problem.FieldError> errors = new ArrayList<>();
        for (ConstraintViolation<?> violation : e.getConstraintViolations()) {
            errors.add(new Problem.FieldError(BeanValidationPaths.pointer(violation.getPropertyPath()),
                    BeanValidationPaths.code(violation), violation.getMessage()));
        }
        errors.sort(Comparator.comparing(Problem.FieldError::field));
        return problem(Problems.validation(errors), request);
    }

    /**
     * Quarkus REST maps these two itself, with a plain JSON body that is not a problem; this mapper takes them back so
     * that a typed body with a wrong value answers a 422 naming the field, like every other invalid field.
     */
    @ServerExceptionMapper({MismatchedInputException.class, InvalidFormatException.class})
    Response mismatchedInput(JsonProcessingException e, HttpServerRequest request) {
        return json(e, request);
    }

    @ServerExceptionMapper
    Response json(JsonProcessingException e, HttpServerRequest request) {
        if (e instanceof SoundText.RefusedException refused) {
            return problem(Problems.validation(JsonPointers.of(refused), SoundText.CODE, SoundText.MESSAGE), request);
        }
        if (e instanceof UnrecognizedPropertyException unknown) {
            return problem(Problems.validation(JsonPointers.of(unknown), "unknown-field",
                    "This field is not part of the request body."), request);
        }
        if (e instanceof JsonMappingException mapping && !unparsable(e)) {
            // A value of the wrong type or format (a date that is not a date, a scope we do not know): the JSON
            // itself was fine, so this is a field error, named by its pointer.
            String field = JsonPointers.of(mapping);
            if (!field.isEmpty()) {
                return problem(Problems.validation(field, "invalid-type", "This field has the wrong type or format."),
                        request);
            }
        }
        return problem(Problems.badRequest("malformed-json", "The request body is not well-formed JSON.", List.of()),
                request);
    }

    @ServerExceptionMapper(priority = jakarta.ws.rs.Priorities.USER + 1000)
    Response internal(Throwable e, HttpServerRequest request) {
        if (causedByConcurrentWrite(e)) {
            if (request.method() == io.vertx.core.http.HttpMethod.DELETE
                    && request.getHeader(HttpHeaders.IF_MATCH) == null) {
                // Two deletes of one thing at once: the one that lost finds nothing left, as a later one would.
                return problem(Problems.notFound("Nothing exists at this address."), request);
            }
            return problem(Problems.preconditionFailed(), request);
        }
        if (DatabaseOutages.causedBy(e)) {
            // Expected during an outage, possibly hundreds a second: one line each, no stack trace.
            LOG.warnf("Database unavailable, answered 503 [%s]: %s", RequestIds.of(request), e.getClass().getName());
            var unavailable = CommonProblem.SERVICE_UNAVAILABLE;
            // The database is not there to ask for the caller's profile.
            return ProblemResponses.response(request, languageWithoutProfile(request), 503, unavailable.code(),
                    Problems.title(503), unavailable.detail(), List.of())
                    .header("Retry-After", retryAfter())
                    .build();
        }
        if (clientGone(e)) {
            // The caller closed the connection while the request was being read (a client timeout, a load tester
            // stopping): nobody is left to hear the answer, and it is no fault of the service, so no stack trace.
            LOG.debugf("Client closed the connection [%s]: %s", RequestIds.of(request), e.getClass().getName());
        } else {
            LOG.errorf(e, "Unhandled failure [%s]", RequestIds.of(request));
        }
        var kind = StatusKinds.of(500);
        return ProblemResponses.response(request, languageWithoutProfile(request), 500, kind.code(), kind.title(),
                kind.detail(), List.of()).build();
    }

    /** Broken JSON reaches us wrapped in a mapping exception that names where it broke; it is still broken JSON. */
    private static boolean unparsable(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof com.fasterxml.jackson.core.JsonParseException) {
                return true;
            }
        }
        return false;
    }

    private static boolean clientGone(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof io.vertx.core.http.HttpClosedException
                    || t instanceof java.nio.channels.ClosedChannelException) {
                return true;
            }
        }
        return false;
    }

    private static boolean causedByConcurrentWrite(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof OptimisticLockException || t instanceof StaleStateException) {
                return true;
            }
        }
        return false;
    }
}
