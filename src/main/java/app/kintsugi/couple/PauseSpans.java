package app.kintsugi.couple;

import java.time.Instant;
import java.util.UUID;

/**
 * The couple's pause history: a span opens when a first partner pauses and closes when no partner holds a pause any
 * more, or when the couple ends. Progress skips the days a span touches. Who paused is not recorded.
 */
final class PauseSpans {

    private PauseSpans() {
    }

    static void open(UUID coupleId, Instant now) {
        Partner.getEntityManager().createNativeQuery("""
                insert into couple_pause_span (id, couple_id, started_at)
                select :id, :couple, :now
                where not exists (select 1 from couple_pause_span where couple_id = :couple and ended_at is null)""")
                .setParameter("id", UUID.randomUUID()).setParameter("couple", coupleId).setParameter("now", now)
                .executeUpdate();
    }

    /** Closes the open span unless a partner still holds a pause. */
    static void closeIfLifted(UUID coupleId, Instant now) {
        Partner.getEntityManager().createNativeQuery("""
                update couple_pause_span set ended_at = :now
                where couple_id = :couple and ended_at is null
                  and not exists (select 1 from partner where couple_id = :couple and paused_at is not null)""")
                .setParameter("couple", coupleId).setParameter("now", now).executeUpdate();
    }

    static void close(UUID coupleId, Instant now) {
        Partner.getEntityManager().createNativeQuery(
                "update couple_pause_span set ended_at = :now where couple_id = :couple and ended_at is null")
                .setParameter("couple", coupleId).setParameter("now", now).executeUpdate();
    }
}
