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

/** A partner's short summary of a structured conversation. The summary is stored sealed. */
@Entity
@Table(name = "conversation_note")
public class ConversationNote extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "couple_id", nullable = false, updatable = false)
    public UUID coupleId;

    @Column(name = "author_id", nullable = false, updatable = false)
    public UUID authorId;

    @Column(nullable = false)
    public byte[] summary;

    @Column(name = "held_on", nullable = false)
    public LocalDate heldOn;

    @Column(name = "created_at", nullable = false, updatable = false)
    public Instant createdAt;

    @Version
    public long version;
}
