package app.kintsugi.agreement;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** A concern a partner raised about an agreement; its text is stored sealed. */
@Entity
@Table(name = "agreement_concern")
public class AgreementConcern extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "agreement_id", nullable = false, updatable = false)
    public UUID agreementId;

    @Column(name = "couple_id", nullable = false, updatable = false)
    public UUID coupleId;

    @Column(name = "raised_by", nullable = false, updatable = false)
    public UUID raisedBy;

    @Column(nullable = false, updatable = false)
    public byte[] body;

    @Column(name = "raised_at", nullable = false, updatable = false)
    public Instant raisedAt;

    @Column(name = "resolved_by")
    public UUID resolvedBy;

    @Column(name = "resolved_at")
    public Instant resolvedAt;

    /** The note of the conversation that resolved it. */
    @Column(name = "conversation_note_id")
    public UUID conversationNoteId;
}
