package app.kintsugi.practice;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** How a session felt to one partner. The note is sealed with the couple's data key before it is stored. */
@Entity
@Table(name = "session_feedback")
public class SessionFeedback extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "session_id", nullable = false, updatable = false)
    public UUID sessionId;

    @Column(name = "author_id", nullable = false, updatable = false)
    public UUID authorId;

    @Column(name = "couple_id", nullable = false, updatable = false)
    public UUID coupleId;

    @Column(name = "felt_safe", nullable = false)
    public short feltSafe;

    @Column(name = "felt_close", nullable = false)
    public short feltClose;

    @Column(name = "too_much", nullable = false)
    public boolean tooMuch;

    public byte[] note;

    @Column(name = "shared_with_partner", nullable = false)
    public boolean sharedWithPartner;

    @Column(name = "shared_with_counselor", nullable = false)
    public boolean sharedWithCounselor;

    @Column(name = "created_at", nullable = false, updatable = false)
    public Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;

    /** When it was last shared with anyone; a share made while the couple is paused waits for the pause to end. */
    @Column(name = "shared_at")
    public Instant sharedAt;
}
