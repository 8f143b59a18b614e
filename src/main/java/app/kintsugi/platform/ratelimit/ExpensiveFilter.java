package app.kintsugi.platform.ratelimit;

import jakarta.annotation.Priority;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.ext.Provider;

import io.quarkus.vertx.http.runtime.CurrentVertxRequest;

/**
 * The {@code expensive} budget, on {@link Expensive} operations only. A REST filter rather than part of the route
 * handler, because only the REST layer knows which operation a request reached; it runs after the route handler, which
 * already identified the caller, and after the operation's role check, on the worker thread the operation runs on, so
 * the database check blocks no event loop. Anonymous calls are left to the role check and the anonymous budget.
 */
@Provider
@Expensive
@Priority(Priorities.USER)
class ExpensiveFilter implements ContainerRequestFilter {

    private final RateLimiter limiter;
    private final CurrentVertxRequest request;

    ExpensiveFilter(RateLimiter limiter, CurrentVertxRequest request) {
        this.limiter = limiter;
        this.request = request;
    }

    @Override
    public void filter(ContainerRequestContext context) {
        var routing = request.getCurrent();
        RateLimitState state = routing == null ? null : routing.get(RateLimitState.KEY);
        if (state == null || state.subjectKey() == null) {
            return;
        }
        limiter.consume(limiter.budget(Budget.EXPENSIVE), state.subjectKey()).ifPresent(usage -> {
            state.add(usage);
            if (!usage.allowed()) {
                throw RateLimitProblem.RATE_LIMITED.exception(usage.retryAfterSeconds());
            }
        });
    }
}
