package app.kintsugi.agreement;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/**
 * A boundary agreement of a couple. Its terms live in its versions; these columns say which version is in force, which
 * one waits for acceptance, and when the agreement is next reviewed.
 */
@Entity
@Table(name = "agreement")
public class Agreement extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "couple_id", nullable = false, updatable = false)
    public UUID coupleId;

    @Column(nullable = false, updatable = false)
    public String topic;

    @Column(name = "created_by", nullable = false, updatable = false)
    public UUID createdBy;

    @Column(name = "created_at", nullable = false, updatable = false)
    public Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;

    /** The number of the newest version. */
    @Column(name = "latest_version", nullable = false)
    public int latestVersion;

    /** The version waiting for both acceptances, if any: always the newest. */
    @Column(name = "pending_version")
    public Integer pendingVersion;

    /** The version both partners accepted last, if any. */
    @Column(name = "in_force_version")
    public Integer inForceVersion;

    /** The next review, in the couple's time zone; set whenever a version takes effect. */
    @Column(name = "review_on")
    public LocalDate reviewOn;

    @Version
    public long version;

    AgreementStatus status() {
        if (inForceVersion == null) {
            return AgreementStatus.PROPOSED;
        }
        return pendingVersion == null ? AgreementStatus.IN_FORCE : AgreementStatus.UNDER_REVIEW;
    }

    VersionStatus statusOf(AgreementVersion version) {
        if (inForceVersion != null && inForceVersion == version.number) {
            return VersionStatus.IN_FORCE;
        }
        if (pendingVersion != null && pendingVersion == version.number) {
            return VersionStatus.PENDING;
        }
        return version.inForceFrom != null ? VersionStatus.REPLACED : VersionStatus.SUPERSEDED;
    }
}
