package app.kintsugi.commitment;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** What a partner, or both, committed to. Title and detail are stored sealed. */
@Entity
@Table(name = "commitment")
public class Commitment extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "couple_id", nullable = false, updatable = false)
    public UUID coupleId;

    @Column(name = "created_by", nullable = false, updatable = false)
    public UUID createdBy;

    /** Who wrote its current title and detail. */
    @Column(name = "worded_by", nullable = false)
    public UUID wordedBy;

    /** The partner who committed; null when both did. */
    @Column(name = "owner_id", updatable = false)
    public UUID ownerId;

    @Column(nullable = false)
    public String category;

    @Column(nullable = false)
    public byte[] title;

    public byte[] detail;

    @Column(nullable = false)
    public String status;

    @Column(name = "conversation_note_id")
    public UUID conversationNoteId;

    /** The last day with an occurrence, once completed or retired. */
    @Column(name = "closed_on")
    public LocalDate closedOn;

    @Column(name = "created_at", nullable = false, updatable = false)
    public Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;

    @Version
    public long version;

    boolean shared() {
        return ownerId == null;
    }

    /** Whether this partner may mark its occurrences and change it: its owner, or either partner when shared. */
    boolean ownedBy(UUID profileId) {
        return ownerId == null || ownerId.equals(profileId);
    }
}
