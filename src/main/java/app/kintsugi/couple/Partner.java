package app.kintsugi.couple;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** One person's membership in a couple, with what only that person may see of it: their pause and defaults. */
@Entity
@Table(name = "partner")
public class Partner extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "couple_id", nullable = false, updatable = false)
    public UUID coupleId;

    @Column(name = "profile_id", nullable = false, updatable = false)
    public UUID profileId;

    @Column(name = "joined_at", nullable = false, updatable = false)
    public Instant joinedAt;

    /** Set while this partner holds a pause; never shown to the other partner. */
    @Column(name = "paused_at")
    public Instant pausedAt;

    @Column(name = "private_by_default", nullable = false)
    public boolean privateByDefault;

    /** This partner's own choice to take part in touch exercises; only they can see or change it. */
    @Column(name = "touch_opt_in", nullable = false)
    public boolean touchOptIn;

    /** True until the couple ends; a person has at most one current membership. */
    @Column(name = "current_member", nullable = false)
    public boolean currentMember;
}
