package app.kintsugi.rights;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import jakarta.persistence.EntityManager;

/**
 * One couple a person is or was in, with what decides what the other partner made visible to them: the couple's share
 * cutoff (the start of a pause holds back what was shared during it, as every feature reads it) while it lasts, and
 * nothing at all of the other once it ended.
 *
 * @param cutoff
 *            what was shared before this instant has reached the partner; meaningless once ended
 */
record Stay(UUID coupleId, boolean ended, Instant cutoff, Instant now) {

    /** Every couple the person was ever a partner in, oldest first. */
    static List<Stay> of(EntityManager em, UUID profileId, Instant now) {
        return Sql.rows(em, """
                select c.id as couple_id, c.ended_at as ended_at,
                       (select min(o.paused_at) from partner o where o.couple_id = c.id) as paused_since
                from couple c join partner p on p.couple_id = c.id
                where p.profile_id = :me
                order by p.joined_at, c.id""", Map.of("me", profileId)).stream()
                .map(row -> {
                    Instant pausedSince = Sql.instant(row.get("paused_since"));
                    // The same rule as CoupleAccess.State.shareCutoff: a pause holds back, otherwise all so far.
                    Instant cutoff = pausedSince != null ? pausedSince : now.plusSeconds(1);
                    return new Stay(Sql.uuid(row.get("couple_id")), row.get("ended_at") != null, cutoff, now);
                })
                .toList();
    }

    /** The couple that lasts, if any: the only one where anything of the other partner can still reach the person. */
    static Optional<Stay> lasting(List<Stay> stays) {
        return stays.stream().filter(stay -> !stay.ended()).findFirst();
    }

    static List<UUID> ids(List<Stay> stays) {
        return stays.stream().map(Stay::coupleId).toList();
    }

    /** Whether something the other partner shared at {@code sharedAt} has reached the person. */
    boolean reached(Instant sharedAt) {
        return !ended && sharedAt != null && sharedAt.isBefore(cutoff) && !sharedAt.isAfter(now);
    }
}
