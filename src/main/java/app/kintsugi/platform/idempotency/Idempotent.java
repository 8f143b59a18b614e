package app.kintsugi.platform.idempotency;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import jakarta.interceptor.InterceptorBinding;

/**
 * Marks a resource method that honours the {@code Idempotency-Key} request header. Every POST of the API carries it (an
 * architecture test checks this); the method must return a {@link jakarta.ws.rs.core.Response}.
 *
 * @see IdempotencyInterceptor
 */
@InterceptorBinding
@Target({ElementType.METHOD, ElementType.TYPE})
@Retention(RetentionPolicy.RUNTIME)
public @interface Idempotent {
}
