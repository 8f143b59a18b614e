package app.kintsugi.profile;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import app.kintsugi.platform.security.Callers;

/** What other features may know of people: the caller's profile id, and display names to show beside their items. */
@ApplicationScoped
public class People {

    private final ProfileService profiles;
    private final ProfileRepository repository;
    private final ProfileLocales locales;

    People(ProfileService profiles, ProfileRepository repository, ProfileLocales locales) {
        this.profiles = profiles;
        this.repository = repository;
        this.locales = locales;
    }

    /** The caller's profile id, creating the profile on first use. */
    @Transactional
    public UUID idOf(Callers caller) {
        return profiles.current(caller).id;
    }

    /** Display names by profile id, in one query. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Map<UUID, String> displayNames(Collection<UUID> ids) {
        Map<UUID, String> names = new HashMap<>();
        if (!ids.isEmpty()) {
            repository.list("id in ?1", ids).forEach(profile -> names.put(profile.id, profile.displayName));
        }
        return names;
    }

    /**
     * The locale (BCP 47) a caller chose for their profile, if they have one; never creates a profile. Read at most
     * every half minute per caller and replica (see {@link ProfileLocales}).
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<String> localeOf(Callers caller) {
        return locales.get(caller.issuer(), caller.subject(), () -> repository
                .findByIdentity(caller.issuer(), caller.subject()).map(profile -> profile.locale));
    }

    /** The locale (BCP 47) a person chose for their profile, for texts written to them without a request of theirs. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<String> localeOf(UUID profileId) {
        return repository.findByIdOptional(profileId).map(profile -> profile.locale);
    }

    /** The time zone a person chose for their profile. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public String timeZoneOf(UUID profileId) {
        return repository.findByIdOptional(profileId).map(profile -> profile.timeZone).orElse("UTC");
    }
}
