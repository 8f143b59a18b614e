package app.kintsugi.commitment;

import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** How one occurrence went. The adjustment note is stored sealed. */
@Entity
@Table(name = "commitment_check")
@IdClass(CommitmentCheck.Key.class)
public class CommitmentCheck extends PanacheEntityBase {

    @Id
    @Column(name = "commitment_id")
    public UUID commitmentId;

    @Id
    @Column(name = "occurs_on")
    public LocalDate occursOn;

    @Column(nullable = false)
    public String state;

    public byte[] adjustment;

    @Column(name = "marked_by", nullable = false)
    public UUID markedBy;

    @Column(name = "marked_at", nullable = false)
    public Instant markedAt;

    @Column(name = "acknowledged_by")
    public UUID acknowledgedBy;

    @Column(name = "acknowledged_at")
    public Instant acknowledgedAt;

    /** The composite key. */
    public static class Key implements Serializable {

        public UUID commitmentId;
        public LocalDate occursOn;

        public Key() {
        }

        public Key(UUID commitmentId, LocalDate occursOn) {
            this.commitmentId = commitmentId;
            this.occursOn = occursOn;
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Key key && Objects.equals(commitmentId, key.commitmentId)
                    && Objects.equals(occursOn, key.occursOn);
        }

        @Override
        public int hashCode() {
            return Objects.hash(commitmentId, occursOn);
        }
    }
}
