package app.kintsugi.counselor;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/**
 * A counselor's access to one couple. Who revoked it is deliberately not recorded: either partner may end it alone, and
 * quietly.
 */
@Entity
@Table(name = "counselor_grant")
public class CounselorGrant extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "couple_id", nullable = false, updatable = false)
    public UUID coupleId;

    @Column(name = "counselor_id", nullable = false, updatable = false)
    public UUID counselorId;

    @Column(name = "link_id", nullable = false, updatable = false)
    public UUID linkId;

    @Column(name = "requested_by", nullable = false, updatable = false)
    public UUID requestedBy;

    @Column(name = "created_at", nullable = false, updatable = false)
    public Instant createdAt;

    @Column(name = "expires_at", nullable = false, updatable = false)
    public Instant expiresAt;

    @Column(name = "revoked_at")
    public Instant revokedAt;

    @Version
    public long version;
}
