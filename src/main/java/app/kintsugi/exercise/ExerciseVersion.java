package app.kintsugi.exercise;

import java.io.Serializable;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** The language-independent content of one version of an exercise. Versions are never changed once published. */
@Entity
@Table(name = "exercise_version")
@IdClass(ExerciseVersion.Key.class)
public class ExerciseVersion extends PanacheEntityBase {

    /** Composite key: the exercise and the version number. */
    public static class Key implements Serializable {
        public UUID exerciseId;
        public int version;

        @Override
        public boolean equals(Object other) {
            return other instanceof Key key && Objects.equals(exerciseId, key.exerciseId) && version == key.version;
        }

        @Override
        public int hashCode() {
            return Objects.hash(exerciseId, version);
        }
    }

    @Id
    @Column(name = "exercise_id")
    public UUID exerciseId;

    @Id
    public int version;

    @Column(nullable = false)
    public String category;

    @Column(name = "duration_minutes", nullable = false)
    public int durationMinutes;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "turn_plan", nullable = false, columnDefinition = "jsonb")
    public List<Turn> turnPlan;

    @Column(nullable = false)
    public String cadence;

    @Column(nullable = false)
    public String intensity;

    @Column(name = "involves_touch", nullable = false)
    public boolean involvesTouch;

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(nullable = false, columnDefinition = "text[]")
    public String[] tags;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    /** One turn of the plan as stored: who leads, what they do, for how long. */
    public record Turn(String lead, String mode, int seconds) {
    }
}
