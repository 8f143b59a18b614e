package app.kintsugi.letter;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** A repair letter. Title and body are stored sealed; a shared letter never changes again. */
@Entity
@Table(name = "repair_letter")
public class RepairLetter extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "couple_id", nullable = false, updatable = false)
    public UUID coupleId;

    @Column(name = "author_id", nullable = false, updatable = false)
    public UUID authorId;

    public byte[] title;

    @Column(nullable = false)
    public byte[] body;

    @Column(nullable = false)
    public String status;

    @Column(name = "follows_id", updatable = false)
    public UUID followsId;

    @Column(name = "created_at", nullable = false, updatable = false)
    public Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;

    @Column(name = "shared_at")
    public Instant sharedAt;

    /** When the partner marked it read aloud together. */
    @Column(name = "read_aloud_at")
    public Instant readAloudAt;

    @Version
    public long version;

    boolean shared() {
        return "shared".equals(status);
    }
}
