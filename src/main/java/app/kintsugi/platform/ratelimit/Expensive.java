package app.kintsugi.platform.ratelimit;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import jakarta.ws.rs.NameBinding;

/**
 * Marks an operation that computes or creates much (a progress summary, an export, a one-time code): each authenticated
 * caller's calls to such operations also draw from the {@code expensive} budget, on top of their {@code subject} one.
 */
@NameBinding
@Target({ElementType.METHOD, ElementType.TYPE})
@Retention(RetentionPolicy.RUNTIME)
public @interface Expensive {
}
