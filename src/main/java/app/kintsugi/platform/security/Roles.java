package app.kintsugi.platform.security;

import java.util.Set;

/**
 * The roles this API knows. They come from the token, at the claim path set by
 * {@code quarkus.oidc.roles.role-claim-path}.
 */
public final class Roles {

    /** A partner: a person taking part in a couple's program. */
    public static final String USER = "user";
    /** A counselor, who sees a couple's data only under a grant both partners consented to. */
    public static final String COUNSELOR = "counselor";
    /** Curates the exercise catalogue; has no access to couples' data. */
    public static final String ADMIN = "admin";
    /** A platform back end using client credentials. */
    public static final String SERVICE = "service";

    /** Roles of people, who have a profile. */
    public static final Set<String> PEOPLE = Set.of(USER, COUNSELOR, ADMIN);

    private Roles() {
    }
}
