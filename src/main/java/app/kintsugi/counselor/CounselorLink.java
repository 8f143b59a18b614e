package app.kintsugi.counselor;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** A single-use code a counselor gives a couple; only its hash is kept. */
@Entity
@Table(name = "counselor_link")
public class CounselorLink extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "counselor_id", nullable = false, updatable = false)
    public UUID counselorId;

    @Column(name = "code_hash", nullable = false, updatable = false)
    public String codeHash;

    @Column(name = "created_at", nullable = false, updatable = false)
    public Instant createdAt;

    @Column(name = "expires_at", nullable = false, updatable = false)
    public Instant expiresAt;

    @Column(name = "used_at")
    public Instant usedAt;

    @Column(name = "revoked_at")
    public Instant revokedAt;

    LinkStatus status(Instant now) {
        if (usedAt != null) {
            return LinkStatus.USED;
        }
        if (revokedAt != null) {
            return LinkStatus.REVOKED;
        }
        return now.isBefore(expiresAt) ? LinkStatus.OPEN : LinkStatus.EXPIRED;
    }

    /** Where a link stands. */
    public enum LinkStatus {
        OPEN,
        USED,
        REVOKED,
        EXPIRED;

        @com.fasterxml.jackson.annotation.JsonValue
        public String json() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }
}
