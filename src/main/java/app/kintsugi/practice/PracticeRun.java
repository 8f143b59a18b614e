package app.kintsugi.practice;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** A couple staying with one exercise version for some days. Who started, paused or declined it is not kept. */
@Entity
@Table(name = "practice_run")
public class PracticeRun extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "couple_id", nullable = false, updatable = false)
    public UUID coupleId;

    @Column(name = "exercise_id", nullable = false, updatable = false)
    public UUID exerciseId;

    @Column(name = "exercise_version", nullable = false, updatable = false)
    public int exerciseVersion;

    /** As last set; see {@link #status(LocalDate)} for what it means today. */
    @Column(nullable = false)
    public String status;

    @Column(nullable = false, updatable = false)
    public boolean assigned;

    @Column(name = "starts_on", nullable = false, updatable = false)
    public LocalDate startsOn;

    @Column(nullable = false, updatable = false)
    public int days;

    @Column(name = "created_at", nullable = false, updatable = false)
    public Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;

    @Column(name = "ended_at")
    public Instant endedAt;

    public LocalDate endsOn() {
        return startsOn.plusDays(days - 1L);
    }

    /**
     * The status as of {@code today}: a run still in progress (active or paused) whose last day has passed is
     * completed, so that a run set aside never blocks the next one.
     */
    RunStatus status(LocalDate today) {
        RunStatus stored = RunStatus.of(status);
        boolean inProgress = stored == RunStatus.ACTIVE || stored == RunStatus.PAUSED;
        return inProgress && today.isAfter(endsOn()) ? RunStatus.COMPLETED : stored;
    }
}
