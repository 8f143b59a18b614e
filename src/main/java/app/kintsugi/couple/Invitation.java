package app.kintsugi.couple;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** An invitation to join a couple; only the hash of its code is kept. */
@Entity
@Table(name = "invitation")
public class Invitation extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "couple_id", nullable = false, updatable = false)
    public UUID coupleId;

    @Column(name = "created_by", nullable = false, updatable = false)
    public UUID createdBy;

    @Column(name = "code_hash", nullable = false, updatable = false)
    public String codeHash;

    @Column(name = "created_at", nullable = false, updatable = false)
    public Instant createdAt;

    @Column(name = "expires_at", nullable = false, updatable = false)
    public Instant expiresAt;

    @Column(name = "revoked_at")
    public Instant revokedAt;

    @Column(name = "accepted_at")
    public Instant acceptedAt;

    InvitationStatus status(Instant now) {
        if (acceptedAt != null) {
            return InvitationStatus.ACCEPTED;
        }
        if (revokedAt != null) {
            return InvitationStatus.REVOKED;
        }
        return now.isBefore(expiresAt) ? InvitationStatus.OPEN : InvitationStatus.EXPIRED;
    }
}
