package app.kintsugi.commitment;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** A commitment's cadence from one day on; earlier days keep the cadence that was in force then. */
@Entity
@Table(name = "commitment_schedule")
public class CommitmentSchedule extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "commitment_id", nullable = false, updatable = false)
    public UUID commitmentId;

    @Column(nullable = false)
    public String cadence;

    /** ISO day numbers, 1 = Monday, for {@code weekdays}. */
    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(columnDefinition = "smallint[]")
    public short[] weekdays;

    @Column(name = "day_of_month")
    public Short dayOfMonth;

    @Column(name = "local_time")
    public LocalTime localTime;

    @Column(name = "duration_minutes")
    public Short durationMinutes;

    @Column(name = "starts_on", nullable = false)
    public LocalDate startsOn;

    @Column(name = "ends_on")
    public LocalDate endsOn;

    @Column(name = "effective_from", nullable = false)
    public LocalDate effectiveFrom;
}
