package app.kintsugi.agreement;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** One numbered version of an agreement's terms. Title and terms are stored sealed and never change. */
@Entity
@Table(name = "agreement_version")
public class AgreementVersion extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "agreement_id", nullable = false, updatable = false)
    public UUID agreementId;

    @Column(nullable = false, updatable = false)
    public int number;

    @Column(nullable = false, updatable = false)
    public String origin;

    @Column(nullable = false, updatable = false)
    public byte[] title;

    @Column(nullable = false, updatable = false)
    public byte[] terms;

    @Column(name = "review_every_months", nullable = false, updatable = false)
    public int reviewEveryMonths;

    @Column(name = "proposed_by", nullable = false, updatable = false)
    public UUID proposedBy;

    @Column(name = "proposed_at", nullable = false, updatable = false)
    public Instant proposedAt;

    /** When both acceptances were in; kept after a later version replaced it. */
    @Column(name = "in_force_from")
    public Instant inForceFrom;
}
