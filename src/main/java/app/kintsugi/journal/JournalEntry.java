package app.kintsugi.journal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.hibernate.annotations.OptimisticLock;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** One journal entry. Its text is stored sealed; who may read it follows from visibility and visibleFrom. */
@Entity
@Table(name = "journal_entry")
public class JournalEntry extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "couple_id", nullable = false, updatable = false)
    public UUID coupleId;

    @Column(name = "author_id", nullable = false, updatable = false)
    public UUID authorId;

    @Column(nullable = false)
    public String kind;

    @Column(name = "written_on", nullable = false)
    public LocalDate writtenOn;

    /** The Monday of writtenOn's ISO week. */
    @Column(name = "week_starts_on", nullable = false)
    public LocalDate weekStartsOn;

    @Column(nullable = false)
    public byte[] body;

    /** The progress question this entry answers, if any. */
    @Column(name = "answers_question")
    public String answersQuestion;

    @Column(nullable = false)
    public String visibility;

    /** When the partner may read it; null while private. */
    @Column(name = "visible_from")
    public Instant visibleFrom;

    /** When the author also opened it to a counselor; null while not shared with one. */
    @Column(name = "counselor_since")
    public Instant counselorSince;

    /** The first moment anyone else could read it, kept even if it was hidden again since. */
    @Column(name = "first_seen_at")
    public Instant firstSeenAt;

    @Column(name = "created_at", nullable = false, updatable = false)
    public Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;

    /** The last edit made after someone else could read the entry. */
    @Column(name = "edited_at")
    public Instant editedAt;

    // The partner's acknowledgement is not part of the version: it is not the author's content, and the version is
    // what the author's If-Match compares.
    @OptimisticLock(excluded = true)
    @Column(name = "acknowledged_by")
    public UUID acknowledgedBy;

    @OptimisticLock(excluded = true)
    @Column(name = "acknowledged_at")
    public Instant acknowledgedAt;

    @OptimisticLock(excluded = true)
    public String reaction;

    @Version
    public long version;

    boolean sharedWithCounselor() {
        return counselorSince != null;
    }
}
