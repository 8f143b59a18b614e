package app.kintsugi.rights;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** An export a person asked for; its sealed file lives in {@code data_export_file}, out of this entity's reach. */
@Entity
@Table(name = "data_export")
public class DataExport extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "profile_id", nullable = false, updatable = false)
    public UUID profileId;

    /** As stored: pending, ready or failed (a ready export past expires_at reads as expired, and is swept to it). */
    @Column(nullable = false)
    public String status;

    @Column(name = "requested_at", nullable = false, updatable = false)
    public Instant requestedAt;

    @Column(name = "ready_at")
    public Instant readyAt;

    @Column(name = "expires_at")
    public Instant expiresAt;

    ExportStatus status(Instant now) {
        ExportStatus stored = ExportStatus.of(status);
        return stored == ExportStatus.READY && !expiresAt.isAfter(now) ? ExportStatus.EXPIRED : stored;
    }

    ExportView view(Instant now) {
        ExportStatus current = status(now);
        return new ExportView(id, current, requestedAt, readyAt, expiresAt,
                current == ExportStatus.READY ? "/v1/my-exports/" + id + "/download" : null);
    }
}
