package app.kintsugi.platform.problem;

import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.jwt.JsonWebToken;
import org.jboss.logging.Logger;

import io.quarkus.runtime.BlockingOperationControl;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.vertx.http.runtime.security.QuarkusHttpUser;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.ext.web.RoutingContext;

import app.kintsugi.platform.http.Languages;
import app.kintsugi.platform.i18n.Texts;
import app.kintsugi.platform.security.Callers;
import app.kintsugi.profile.RequestLanguage;

/**
 * The language a problem answer is written in: the best of {@link Texts#LANGUAGES} for {@code Accept-Language}, then
 * the caller's profile locale (else their token's {@code locale} claim), then English.
 *
 * <p>
 * Only an authenticated caller has a profile, and only an answer written on a worker thread may read it: the answers of
 * the HTTP layer (unknown paths, rate limits, oversized requests) run on the event loop, and a 503 means the database
 * is not there to ask. Those use {@link #withoutProfile}: the header, then the token's claim, then English.
 */
@ApplicationScoped
public class ProblemLanguages {

    private static final Logger LOG = Logger.getLogger(ProblemLanguages.class);

    private final RequestLanguage languages;

    ProblemLanguages(RequestLanguage languages) {
        this.languages = languages;
    }

    /** For an answer written in the REST layer; reads the profile when the header decides nothing and it may. */
    String choose(HttpServerRequest request, RoutingContext context) {
        String accept = request == null ? null : request.getHeader("Accept-Language");
        Callers caller = caller(identity(context));
        if (caller == null || !BlockingOperationControl.isBlockingAllowed()) {
            return withoutProfile(accept, caller);
        }
        try {
            return languages.choose(accept, caller, Texts.LANGUAGES);
        } catch (RuntimeException e) {
            // The answer is a problem already; its language is not worth a second one.
            LOG.debugf("The profile locale could not be read for a problem answer: %s", e.getClass().getName());
            return withoutProfile(accept, caller);
        }
    }

    /** Without the database: {@code Accept-Language}, then the token's {@code locale} claim, then English. */
    public static String withoutProfile(RoutingContext context) {
        String accept = context == null ? null : context.request().getHeader("Accept-Language");
        return withoutProfile(accept, caller(identity(context)));
    }

    /** Without the database: {@code Accept-Language}, then the token's {@code locale} claim, then English. */
    public static String withoutProfile(String acceptLanguage, Callers caller) {
        return Languages.negotiate(acceptLanguage, () -> caller == null ? Optional.empty() : caller.claim("locale"),
                Texts.LANGUAGES);
    }

    /** The identity already established for this request, if any; never starts an authentication. */
    static SecurityIdentity identity(RoutingContext context) {
        return context != null && context.user() instanceof QuarkusHttpUser user ? user.getSecurityIdentity() : null;
    }

    private static Callers caller(SecurityIdentity identity) {
        if (identity == null || identity.isAnonymous() || !(identity.getPrincipal() instanceof JsonWebToken jwt)
                || jwt.getSubject() == null) {
            return null;
        }
        return Callers.of(identity);
    }
}
