package app.kintsugi.platform.security;

import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import jakarta.annotation.security.PermitAll;
import jakarta.enterprise.inject.Any;
import jakarta.inject.Singleton;
import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.Path;

import org.jboss.resteasy.reactive.server.ServerRequestFilter;

import io.quarkus.arc.Arc;
import io.quarkus.security.UnauthorizedException;
import io.quarkus.security.identity.CurrentIdentityAssociation;
import io.smallrye.mutiny.Uni;
import io.vertx.ext.web.RoutingContext;

/**
 * Authenticates a request to any operation that needs a caller before the REST layer matches it, so that a request
 * without a valid token answers 401 whatever else is wrong with it: content negotiation (415, 406) and parameter checks
 * happen during or after matching, and would otherwise answer first, telling an anonymous caller about an operation it
 * may not use. Authentication stays lazy ({@code quarkus.http.auth.proactive=false}) for the rest, so that its failures
 * still reach the problem+json mappers with their {@code WWW-Authenticate} challenge.
 *
 * <p>
 * Which operations are public is read once from the resource classes: a method (or class) marked {@link PermitAll}.
 * Paths that match no operation are left to answer 404.
 */
@Singleton
class AuthenticationFirst {

    /** One operation's path as a pattern, its HTTP method, and whether it takes anonymous callers. */
    record Operation(String template, Pattern path, String method, boolean open) {

        String key() {
            return AuthenticationFirst.key(template);
        }
    }

    /** The index entry of templates with a variable among their first two segments. */
    private static final String ANYWHERE = "*";

    private final CurrentIdentityAssociation identities;
    /** Operations by {@link #key}: the few that can match a path, so a request tries two or three patterns. */
    private volatile Map<String, List<Operation>> operations;

    AuthenticationFirst(CurrentIdentityAssociation identities) {
        this.identities = identities;
    }

    @ServerRequestFilter(preMatching = true, priority = jakarta.ws.rs.Priorities.AUTHENTICATION)
    Uni<Void> authenticateFirst(RoutingContext ctx) {
        if (!needsCaller(ctx.normalizedPath(), ctx.request().method().name())) {
            return null;
        }
        return identities.getDeferredIdentity().map(identity -> {
            if (identity.isAnonymous()) {
                throw new UnauthorizedException();
            }
            return null;
        });
    }

    /**
     * True when an operation of this method at this path needs a caller (and none of that method takes anonymous ones).
     * A method the path does not support still answers 405 with its {@code Allow}, as the contract documents: that
     * names no more than the published spec does.
     */
    boolean needsCaller(String path, String method) {
        String normalized = path.length() > 1 && path.endsWith("/") ? path.substring(0, path.length() - 1) : path;
        boolean closed = false;
        Map<String, List<Operation>> index = operations();
        for (List<Operation> candidates : List.of(index.getOrDefault(key(normalized), List.of()),
                index.getOrDefault(ANYWHERE, List.of()))) {
            for (Operation operation : candidates) {
                if (!operation.path().matcher(normalized).matches()) {
                    continue;
                }
                if (operation.method().equals(method) || "HEAD".equals(method) && operation.method().equals("GET")) {
                    if (operation.open()) {
                        return false;
                    }
                    closed = true;
                }
            }
        }
        return closed;
    }

    private Map<String, List<Operation>> operations() {
        Map<String, List<Operation>> known = operations;
        if (known == null) {
            known = index(scan());
            operations = known;
        }
        return known;
    }

    /**
     * Where a path or template is filed: its number of segments and its first two. A template variable matches one
     * whole segment ({@link #pattern}), so a path can only match templates with as many segments; every template of
     * this API starts with two literal ones ({@code /v1/couples}); one that did not would be tried for every path.
     */
    static String key(String path) {
        int segments = 0;
        int secondEnd = path.length();
        for (int i = 0; i < path.length(); i++) {
            if (path.charAt(i) == '/') {
                segments++;
                if (segments == 3) {
                    secondEnd = i;
                }
            }
        }
        return segments + ":" + path.substring(0, secondEnd);
    }

    private static Map<String, List<Operation>> index(List<Operation> all) {
        Map<String, List<Operation>> index = new HashMap<>();
        for (Operation operation : all) {
            String key = operation.key().contains("{") ? ANYWHERE : operation.key();
            index.computeIfAbsent(key, ignored -> new ArrayList<>()).add(operation);
        }
        index.replaceAll((key, operations) -> List.copyOf(operations));
        return Map.copyOf(index);
    }

    private static List<Operation> scan() {
        List<Operation> found = new ArrayList<>();
        Set<Class<?>> seen = new java.util.HashSet<>();
        for (var bean : Arc.container().beanManager().getBeans(Object.class, Any.Literal.INSTANCE)) {
            Class<?> type = bean.getBeanClass();
            if (!seen.add(type) || !type.isAnnotationPresent(Path.class)) {
                continue;
            }
            String base = type.getAnnotation(Path.class).value();
            boolean classOpen = type.isAnnotationPresent(PermitAll.class);
            for (Method method : type.getDeclaredMethods()) {
                String verb = verb(method);
                if (verb == null) {
                    continue;
                }
                Path sub = method.getAnnotation(Path.class);
                String template = join(base, sub == null ? "" : sub.value());
                boolean open = method.isAnnotationPresent(PermitAll.class)
                        || classOpen && !method.isAnnotationPresent(jakarta.annotation.security.RolesAllowed.class)
                                && !method.isAnnotationPresent(io.quarkus.security.Authenticated.class);
                found.add(new Operation(template, pattern(template), verb, open));
            }
        }
        return List.copyOf(found);
    }

    private static String verb(Method method) {
        for (Annotation annotation : method.getAnnotations()) {
            HttpMethod http = annotation.annotationType().getAnnotation(HttpMethod.class);
            if (http != null) {
                return http.value().toUpperCase(Locale.ROOT);
            }
        }
        return null;
    }

    private static String join(String base, String sub) {
        String path = ("/" + base + "/" + sub).replaceAll("/+", "/");
        return path.length() > 1 && path.endsWith("/") ? path.substring(0, path.length() - 1) : path;
    }

    /** {@code /v1/couples/{coupleId}} becomes {@code /v1/couples/[^/]+}; the rest is literal. */
    static Pattern pattern(String template) {
        StringBuilder regex = new StringBuilder();
        int i = 0;
        while (i < template.length()) {
            int open = template.indexOf('{', i);
            if (open < 0) {
                regex.append(Pattern.quote(template.substring(i)));
                break;
            }
            regex.append(Pattern.quote(template.substring(i, open)));
            int close = template.indexOf('}', open);
            regex.append("[^/]+");
            i = close + 1;
        }
        return Pattern.compile(regex.toString());
    }
}
