package app.kintsugi.agreement;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** One partner's acceptance of one version. */
@Entity
@Table(name = "agreement_acceptance")
public class AgreementAcceptance extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "version_id", nullable = false, updatable = false)
    public UUID versionId;

    @Column(name = "profile_id", nullable = false, updatable = false)
    public UUID profileId;

    @Column(name = "accepted_at", nullable = false, updatable = false)
    public Instant acceptedAt;
}
