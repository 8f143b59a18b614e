package app.kintsugi.jar;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** One partner's slip for one day of the couple's calendar, and whether they marked the act done that day. */
@Entity
@Table(name = "jar_draw")
public class JarDraw extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "couple_id", nullable = false, updatable = false)
    public UUID coupleId;

    @Column(name = "profile_id", nullable = false, updatable = false)
    public UUID profileId;

    @Column(name = "slip_id", nullable = false)
    public UUID slipId;

    /** The day in the couple's time zone. */
    @Column(name = "drawn_on", nullable = false, updatable = false)
    public LocalDate drawnOn;

    /** Which pass through the jar this draw belongs to, from 1. */
    @Column(name = "cycle_number", nullable = false)
    public int cycleNumber;

    @Column(name = "drawn_at", nullable = false)
    public Instant drawnAt;

    /** When the partner marked the act done, on drawnOn; null while not done. */
    @Column(name = "done_at")
    public Instant doneAt;
}
