package app.kintsugi.counselor;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** One read of a couple's data by a counselor: who, which kind, when. Never what. */
@Entity
@Table(name = "counselor_access")
public class CounselorAccess extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "couple_id", nullable = false, updatable = false)
    public UUID coupleId;

    @Column(name = "grant_id", nullable = false, updatable = false)
    public UUID grantId;

    @Column(name = "counselor_id", nullable = false, updatable = false)
    public UUID counselorId;

    @Column(name = "data_kind", nullable = false, updatable = false)
    public String dataKind;

    @Column(name = "accessed_at", nullable = false, updatable = false)
    public Instant accessedAt;
}
