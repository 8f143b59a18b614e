package app.kintsugi.profile;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;

@ApplicationScoped
class ProfileRepository implements PanacheRepositoryBase<Profile, UUID> {

    Optional<Profile> findByIdentity(String issuer, String subject) {
        return find("issuer = ?1 and subject = ?2", issuer, subject).firstResultOptional();
    }

    /**
     * Inserts the profile unless one exists for the identity already. Two first calls racing each other both end with
     * the same single row: the loser's insert does nothing.
     */
    void insertIfAbsent(Profile profile) {
        getEntityManager()
                .createNativeQuery(
                        """
                                insert into profile (id, issuer, subject, display_name, time_zone, locale, created_at, updated_at, version)
                                values (:id, :issuer, :subject, :displayName, :timeZone, :locale, :now, :now, 0)
                                on conflict (issuer, subject) do nothing
                                """)
                .setParameter("id", profile.id)
                .setParameter("issuer", profile.issuer)
                .setParameter("subject", profile.subject)
                .setParameter("displayName", profile.displayName)
                .setParameter("timeZone", profile.timeZone)
                .setParameter("locale", profile.locale)
                .setParameter("now", Instant.now())
                .executeUpdate();
    }
}
