package app.kintsugi.profile;

import java.util.Collection;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;

import app.kintsugi.platform.http.Languages;
import app.kintsugi.platform.security.Callers;
import app.kintsugi.platform.security.Roles;

/**
 * The language to answer a caller in: the best of what exists for {@code Accept-Language}, then for the locale of the
 * caller's profile (or, before they have one, their token's {@code locale} claim), then English. The profile is read
 * only when the header decides nothing.
 */
@ApplicationScoped
public class RequestLanguage {

    private final People people;

    RequestLanguage(People people) {
        this.people = people;
    }

    /** The language for this caller among {@code available}; {@code caller} may be null for anonymous requests. */
    public String choose(String acceptLanguage, Callers caller, Collection<String> available) {
        return Languages.negotiate(acceptLanguage, () -> profileLocale(caller), available);
    }

    private Optional<String> profileLocale(Callers caller) {
        if (caller == null || caller.roles().stream().noneMatch(Roles.PEOPLE::contains)) {
            return caller == null ? Optional.empty() : caller.claim("locale");
        }
        return people.localeOf(caller).or(() -> caller.claim("locale"));
    }
}
