package app.kintsugi.platform.idempotency;

import java.lang.annotation.Annotation;
import java.lang.reflect.Parameter;
import java.util.regex.Pattern;

import jakarta.annotation.Priority;
import jakarta.interceptor.AroundInvoke;
import jakarta.interceptor.Interceptor;
import jakarta.interceptor.InvocationContext;
import jakarta.ws.rs.core.Response;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.vertx.http.runtime.CurrentVertxRequest;
import io.vertx.core.http.HttpServerRequest;

import app.kintsugi.platform.problem.Problems;
import app.kintsugi.platform.security.Callers;

/**
 * Makes a POST safe to retry. Within ONE database transaction it takes a PostgreSQL advisory lock on the caller's key
 * (a second request with the key while the first runs gets 409), replays the stored answer when the same key comes back
 * with the same request (422 when the request differs), or runs the operation and stores its answer. Because the stored
 * answer commits with the operation's own rows, a retry after any failure finds either both or neither: one row, never
 * two, and nothing lost.
 *
 * <p>
 * Failed operations roll back and store nothing, so correcting a rejected request and sending it again with the same
 * key works. Keys are scoped to the caller: nobody can replay, or even detect, another caller's key.
 */
@Idempotent
@Interceptor
// Outside @Transactional (PLATFORM_BEFORE + 200), so that the operation joins the transaction begun here.
@Priority(Interceptor.Priority.PLATFORM_BEFORE + 100)
class IdempotencyInterceptor {

    static final String HEADER = "Idempotency-Key";
    private static final Pattern KEY = Pattern.compile("[\\x21-\\x7E]{1,255}");

    private final IdempotencyStore store;
    private final CurrentVertxRequest currentRequest;
    private final SecurityIdentity identity;

    IdempotencyInterceptor(IdempotencyStore store, CurrentVertxRequest currentRequest, SecurityIdentity identity) {
        this.store = store;
        this.currentRequest = currentRequest;
        this.identity = identity;
    }

    @AroundInvoke
    Object around(InvocationContext invocation) throws Exception {
        HttpServerRequest request = currentRequest.getCurrent().request();
        String key = request.getHeader(HEADER);
        if (key == null || identity.isAnonymous()) {
            return invocation.proceed();
        }
        if (!KEY.matcher(key).matches()) {
            throw Problems.invalidParameter(HEADER, "invalid-idempotency-key",
                    "Idempotency-Key must be 1 to 255 visible ASCII characters, such as a UUID.");
        }
        String fingerprint = store.fingerprint(request.method().name(), request.uri(), body(invocation));
        var scope = new IdempotencyStore.Scope(Callers.of(identity).key(), key);
        return QuarkusTransaction.joiningExisting().call(() -> {
            if (!store.tryLock(scope)) {
                throw Problems.conflict("idempotency-key-in-use",
                        "A request with this Idempotency-Key is still being processed. Retry after it completes.");
            }
            var stored = store.find(scope);
            if (stored.isPresent()) {
                if (!stored.get().fingerprint().equals(fingerprint)) {
                    throw Problems.validation(HEADER, "idempotency-key-reused",
                            "This Idempotency-Key was already used for a different request. Use a new key.");
                }
                return stored.get().replay();
            }
            Object result = invocation.proceed();
            if (!(result instanceof Response response)) {
                throw new IllegalStateException("@Idempotent methods must return a Response");
            }
            store.save(scope, fingerprint, response);
            return response;
        });
    }

    /** The request entity: the one parameter that carries no JAX-RS annotation. */
    private static Object body(InvocationContext invocation) {
        Parameter[] parameters = invocation.getMethod().getParameters();
        for (int i = 0; i < parameters.length; i++) {
            if (!hasJaxRsAnnotation(parameters[i])) {
                return invocation.getParameters()[i];
            }
        }
        return null;
    }

    private static boolean hasJaxRsAnnotation(Parameter parameter) {
        for (Annotation annotation : parameter.getAnnotations()) {
            String name = annotation.annotationType().getName();
            if (name.startsWith("jakarta.ws.rs.") || name.startsWith("org.jboss.resteasy.reactive.")) {
                return true;
            }
        }
        return false;
    }
}
