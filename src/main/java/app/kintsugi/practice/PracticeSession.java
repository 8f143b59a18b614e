package app.kintsugi.practice;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** A timed session of one exercise version. Pauses are kept as spans of time; who paused is never kept. */
@Entity
@Table(name = "practice_session")
public class PracticeSession extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "couple_id", nullable = false, updatable = false)
    public UUID coupleId;

    @Column(name = "run_id", updatable = false)
    public UUID runId;

    @Column(name = "exercise_id", nullable = false, updatable = false)
    public UUID exerciseId;

    @Column(name = "exercise_version", nullable = false, updatable = false)
    public int exerciseVersion;

    @Column(nullable = false)
    public String status;

    /** Leads the plan's partnerA turns. */
    @Column(name = "lead_a", nullable = false, updatable = false)
    public UUID leadA;

    /** Leads the plan's partnerB turns. */
    @Column(name = "lead_b", nullable = false, updatable = false)
    public UUID leadB;

    @Column(name = "started_at", nullable = false, updatable = false)
    public Instant startedAt;

    @Column(name = "ended_at")
    public Instant endedAt;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false, columnDefinition = "jsonb")
    public List<Pause> pauses = new ArrayList<>();

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(name = "actual_turn_seconds", columnDefinition = "integer[]")
    public Integer[] actualTurnSeconds;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;

    /** A pause: from when, until when (open while the session is paused). */
    public record Pause(Instant pausedAt, Instant resumedAt) {
    }

    SessionStatus lifecycle() {
        return SessionStatus.of(status);
    }
}
