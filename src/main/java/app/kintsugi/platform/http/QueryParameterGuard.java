package app.kintsugi.platform.http;

import java.lang.reflect.Method;
import java.lang.reflect.Parameter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ResourceInfo;

import org.jboss.resteasy.reactive.RestQuery;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

import io.vertx.core.http.HttpServerRequest;

import app.kintsugi.platform.problem.Problem;
import app.kintsugi.platform.problem.Problems;

/**
 * Answers 400 to a query parameter the operation does not declare, and to a value holding a NUL or half of a surrogate
 * pair ({@link SoundText}), naming the parameter. A misspelt filter ({@code ?limt=5}) silently ignored would return the
 * wrong data with a 200; a client learns of its mistake at once instead.
 */
class QueryParameterGuard {

    private final Map<Method, Set<String>> declared = new ConcurrentHashMap<>();

    @ServerRequestFilter
    void rejectUnknown(ContainerRequestContext request, ResourceInfo resource, HttpServerRequest http) {
        Method method = resource.getResourceMethod();
        if (method == null || http.query() == null) {
            // No query string at all (most requests): nothing to check, and no URI to build.
            return;
        }
        Set<String> known = declared.computeIfAbsent(method, QueryParameterGuard::queryParameters);
        List<Problem.FieldError> errors = new ArrayList<>();
        for (String name : new TreeSet<>(request.getUriInfo().getQueryParameters().keySet())) {
            if (!known.contains(name)) {
                errors.add(new Problem.FieldError(name, "unknown-parameter",
                        "This operation has no query parameter of this name."));
            }
        }
        String raw = request.getUriInfo().getRequestUri().getRawQuery();
        if (raw != null && java.util.Arrays.stream(raw.split("&")).anyMatch(pair -> pair.startsWith("="))) {
            // "?=1" is a value without a name: no operation has a parameter of that name either.
            errors.add(new Problem.FieldError("", "unknown-parameter",
                    "This operation has no query parameter of this name."));
        }
        if (!errors.isEmpty()) {
            throw Problems.badRequest("unknown-query-parameter", "The request has query parameters this operation "
                    + "does not accept; see errors.", errors);
        }
        // Refused before any value is parsed or looked up: a NUL would otherwise reach PostgreSQL, which refuses it.
        for (var parameter : new TreeMap<>(request.getUriInfo().getQueryParameters()).entrySet()) {
            if (parameter.getValue().stream().anyMatch(value -> !SoundText.isSound(value))) {
                errors.add(new Problem.FieldError(parameter.getKey(), SoundText.CODE, SoundText.MESSAGE));
            }
        }
        if (!errors.isEmpty()) {
            throw Problems.badRequest("invalid-parameter", "A parameter of the request is not valid.", errors);
        }
    }

    private static Set<String> queryParameters(Method method) {
        Set<String> names = new TreeSet<>();
        for (Parameter parameter : method.getParameters()) {
            QueryParam query = parameter.getAnnotation(QueryParam.class);
            if (query != null) {
                names.add(query.value());
            }
            RestQuery restQuery = parameter.getAnnotation(RestQuery.class);
            if (restQuery != null) {
                names.add(restQuery.value().isEmpty() ? parameter.getName() : restQuery.value());
            }
        }
        return names;
    }
}
