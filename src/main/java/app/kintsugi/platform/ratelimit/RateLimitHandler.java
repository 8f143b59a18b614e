package app.kintsugi.platform.ratelimit;

import java.util.List;
import java.util.Optional;
import java.util.function.BiConsumer;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.eclipse.microprofile.jwt.JsonWebToken;

import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.vertx.http.runtime.security.QuarkusHttpUser;
import io.quarkus.vertx.http.runtime.security.SecurityHandlerPriorities;
import io.smallrye.mutiny.Uni;
import io.vertx.core.Context;
import io.vertx.core.Vertx;
import io.vertx.core.json.Json;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;

import app.kintsugi.platform.KintsugiConfig;
import app.kintsugi.platform.problem.ProblemLanguages;
import app.kintsugi.platform.problem.ProblemResponses;
import app.kintsugi.platform.problem.ProblemTexts;
import app.kintsugi.platform.problem.Problems;
import app.kintsugi.platform.security.Callers;

/**
 * The {@code subject} and {@code anonymous} budgets, for every request under {@code /v1}.
 *
 * <p>
 * Where it runs: a Vert.x route, ordered after Quarkus' authentication and authorization handlers (orders -200 and
 * -100) and before every other route, the REST layer included. A REST filter would miss what the REST layer never sees
 * (unknown paths, 405s) and would run after the body is read; this route answers a refused request before any of that
 * work. With {@code quarkus.http.auth.proactive=false} the authentication handler only leaves a deferred identity on
 * the request; this route resolves it (its result is memoised, so the REST layer reuses the same identity and verifies
 * no token twice). A token that fails to verify makes the caller anonymous here; the failure itself is left in place,
 * so the operation answers 401 (or ignores it, where no role is needed) exactly as it would without this route: the
 * order in which the REST layer checks authentication, content types and bodies is not changed.
 *
 * <p>
 * The database check runs on a worker thread; a key the local pre-filter knows to be empty is refused on the event
 * loop, and a token from a lease this replica holds for the caller is spent there too.
 */
@ApplicationScoped
class RateLimitHandler {

    /** After authentication (-200) and authorization (-100), before the REST layer and the 404 route. */
    static final int ORDER = -SecurityHandlerPriorities.AUTHORIZATION + 50;
    /** Stands in for the authentication failure handler while this route resolves the identity. */
    private static final BiConsumer<RoutingContext, Throwable> IGNORE_FAILURE = (ctx, failure) -> {
    };

    private final RateLimiter limiter;
    private final ClientAddresses addresses;

    RateLimitHandler(RateLimiter limiter, KintsugiConfig config) {
        this.limiter = limiter;
        this.addresses = new ClientAddresses(config.rateLimit().trustedProxies().orElse(List.of()));
    }

    void install(@Observes Router router) {
        if (limiter.enabled()) {
            router.route("/v1/*").order(ORDER).handler(this::limit);
        }
    }

    private void limit(RoutingContext ctx) {
        Context context = Vertx.currentContext();
        // The deferred identity hands a failed authentication to the failure handler on the routing context, once, to
        // whoever subscribes first. That must stay the REST layer's business (it answers 401 problem+json, or nothing
        // where no role is needed), so the handler is set aside while this route looks at the identity; the memoised
        // failure still reaches the REST layer when it asks.
        Object failureHandler = ctx.get(QuarkusHttpUser.AUTH_FAILURE_HANDLER);
        ctx.put(QuarkusHttpUser.AUTH_FAILURE_HANDLER, IGNORE_FAILURE);
        identity(ctx).onFailure().recoverWithNull().subscribe().with(identity -> context.runOnContext(ignored -> {
            if (failureHandler == null) {
                ctx.remove(QuarkusHttpUser.AUTH_FAILURE_HANDLER);
            } else {
                ctx.put(QuarkusHttpUser.AUTH_FAILURE_HANDLER, failureHandler);
            }
            decide(ctx, context, identity);
        }));
    }

    private static Uni<SecurityIdentity> identity(RoutingContext ctx) {
        Uni<SecurityIdentity> deferred = ctx.get(QuarkusHttpUser.DEFERRED_IDENTITY_KEY);
        if (deferred != null) {
            return deferred;
        }
        if (ctx.user() instanceof QuarkusHttpUser user) {
            return Uni.createFrom().item(user.getSecurityIdentity());
        }
        return Uni.createFrom().nullItem();
    }

    private void decide(RoutingContext ctx, Context context, SecurityIdentity identity) {
        String subjectKey = subjectKey(identity);
        Budget budget;
        String key;
        if (subjectKey != null) {
            budget = limiter.budget(Budget.SUBJECT);
            key = subjectKey;
        } else {
            budget = limiter.budget(Budget.ANONYMOUS);
            var peer = ctx.request().connection().remoteAddress();
            key = addresses.client(peer == null ? null : peer.hostAddress(),
                    ctx.request().headers().getAll("X-Forwarded-For"));
        }
        RateLimitState state = new RateLimitState(subjectKey);
        ctx.put(RateLimitState.KEY, state);
        ctx.addHeadersEndHandler(ignored -> state.writeHeaders(ctx.response()));

        Optional<Usage> local = limiter.refusedLocally(budget, key);
        if (local.isPresent()) {
            state.add(local.get());
            refuse(ctx, local.get());
            return;
        }
        Optional<Usage> leased = limiter.fromLease(budget, key);
        if (leased.isPresent()) {
            state.add(leased.get());
            ctx.next();
            return;
        }
        context.<Optional<Usage>>executeBlocking(() -> limiter.consume(budget, key), false).onComplete(result -> {
            Optional<Usage> usage = result.succeeded() ? result.result() : Optional.empty();
            if (usage.isEmpty()) {
                ctx.next(); // the store failed: let the request through, unlimited
                return;
            }
            state.add(usage.get());
            if (usage.get().allowed()) {
                ctx.next();
            } else {
                refuse(ctx, usage.get());
            }
        });
    }

    /** The opaque key of an authenticated caller, or null for anonymous traffic (no token, or one that failed). */
    private static String subjectKey(SecurityIdentity identity) {
        if (identity == null || identity.isAnonymous() || !(identity.getPrincipal() instanceof JsonWebToken jwt)
                || jwt.getSubject() == null) {
            return null;
        }
        return Callers.of(identity).key();
    }

    private static void refuse(RoutingContext ctx, Usage usage) {
        var response = ctx.response();
        if (response.ended() || response.headWritten()) {
            return;
        }
        var problem = RateLimitProblem.RATE_LIMITED;
        // On the event loop: the language comes from the header or the token, never from the database.
        var body = ProblemTexts.localize(ProblemResponses.problem(ctx.request(), problem.status(), problem.code(),
                Problems.title(problem.status()), problem.detail(), List.of()), ProblemLanguages.withoutProfile(ctx));
        response.setStatusCode(problem.status())
                .putHeader("Content-Type", ProblemResponses.MEDIA_TYPE)
                .putHeader("Retry-After", Long.toString(usage.retryAfterSeconds()));
        ProblemResponses.languageHeaders(response.headers(), body.contentLanguage());
        response.end(Json.encode(body.problem()));
    }
}
