package app.kintsugi.journal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** An earlier wording of an entry, for its author alone. */
@Entity
@Table(name = "journal_revision")
public class JournalRevision extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "entry_id", nullable = false, updatable = false)
    public UUID entryId;

    @Column(nullable = false, updatable = false)
    public String kind;

    @Column(name = "written_on", nullable = false, updatable = false)
    public LocalDate writtenOn;

    @Column(nullable = false, updatable = false)
    public byte[] body;

    /** When this wording was written. */
    @Column(name = "written_at", nullable = false, updatable = false)
    public Instant writtenAt;

    /** When an edit replaced it. */
    @Column(name = "replaced_at", nullable = false, updatable = false)
    public Instant replacedAt;
}
