package app.kintsugi.progress;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** A partner's pulse on one day: how safe, trusting and close they feel. The note is stored sealed. */
@Entity
@Table(name = "pulse_check")
public class PulseCheck extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "couple_id", nullable = false, updatable = false)
    public UUID coupleId;

    @Column(name = "profile_id", nullable = false, updatable = false)
    public UUID profileId;

    @Column(nullable = false, updatable = false)
    public LocalDate day;

    @Column(nullable = false)
    public short safe;

    @Column(nullable = false)
    public short trusting;

    @Column(nullable = false)
    public short close;

    public byte[] note;

    /** When the author shared it with the partner; null while not shared. */
    @Column(name = "partner_since")
    public Instant partnerSince;

    /** When the author shared it with a counselor; null while not shared. */
    @Column(name = "counselor_since")
    public Instant counselorSince;

    @Column(name = "created_at", nullable = false, updatable = false)
    public Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;

    @Version
    public long version;
}
