package app.kintsugi.counselor;

import java.io.Serializable;
import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** One partner's consent to a grant, with the scopes that partner agreed to. */
@Entity
@Table(name = "counselor_consent")
@IdClass(CounselorConsent.Key.class)
public class CounselorConsent extends PanacheEntityBase {

    @Id
    @Column(name = "grant_id")
    public UUID grantId;

    @Id
    @Column(name = "profile_id")
    public UUID profileId;

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(nullable = false, columnDefinition = "text[]")
    public String[] scopes;

    @Column(name = "consented_at", nullable = false)
    public Instant consentedAt;

    /** The composite key. */
    public static class Key implements Serializable {
        public UUID grantId;
        public UUID profileId;

        @Override
        public boolean equals(Object other) {
            return other instanceof Key key && Objects.equals(grantId, key.grantId)
                    && Objects.equals(profileId, key.profileId);
        }

        @Override
        public int hashCode() {
            return Objects.hash(grantId, profileId);
        }
    }
}
