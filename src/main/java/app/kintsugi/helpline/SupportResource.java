package app.kintsugi.helpline;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** One entry of the support directory: public contact data, stored in clear. */
@Entity
@Table(name = "support_resource")
public class SupportResource extends PanacheEntityBase {

    @Id
    public UUID id;

    /** ISO 3166-1 alpha-2, or {@code ZZ} for a resource that serves every country. */
    @Column(nullable = false)
    public String country;

    /** BCP 47 tag. */
    @Column(nullable = false)
    public String language;

    @Column(nullable = false)
    public String kind;

    @Column(nullable = false)
    public String name;

    @Column(nullable = false)
    public String description;

    public String phone;

    public String url;

    public String hours;

    @Column(name = "available_24h", nullable = false)
    public boolean available24h;

    @Column(name = "created_at", nullable = false, updatable = false)
    public Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;

    @Column(name = "retired_at")
    public Instant retiredAt;

    @Version
    public long version;
}
