package app.kintsugi.jar;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/**
 * One slip in a couple's jar: a small act of trust, one line, stored sealed. A removed slip keeps its row for the draws
 * that point at it, but loses its text.
 */
@Entity
@Table(name = "jar_slip")
public class JarSlip extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "couple_id", nullable = false, updatable = false)
    public UUID coupleId;

    @Column(name = "author_id", nullable = false, updatable = false)
    public UUID authorId;

    /** The sealed text; null once the slip was removed. */
    public byte[] text;

    @Column(name = "created_at", nullable = false, updatable = false)
    public Instant createdAt;

    /** When its author removed it from the jar; null while it is in the jar. */
    @Column(name = "retired_at")
    public Instant retiredAt;

    @Version
    public long version;

    boolean removed() {
        return retiredAt != null;
    }
}
