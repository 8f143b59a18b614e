package app.kintsugi.couple;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** A couple's shared space. Its status is derived from its partners; see {@link CoupleStatus}. */
@Entity
@Table(name = "couple")
public class Couple extends PanacheEntityBase {

    @Id
    public UUID id;

    public String name;

    @Column(name = "time_zone", nullable = false)
    public String timeZone;

    @Column(name = "program_starts_on", nullable = false)
    public LocalDate programStartsOn;

    @Column(name = "created_at", nullable = false, updatable = false)
    public Instant createdAt;

    @Column(name = "ended_at")
    public Instant endedAt;

    @Version
    public long version;
}
