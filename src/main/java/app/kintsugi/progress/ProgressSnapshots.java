package app.kintsugi.progress;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import app.kintsugi.couple.CoupleAccess;
import app.kintsugi.platform.security.Callers;

/**
 * Progress summaries kept between changes (table {@code progress_snapshot}, migration V14). A kept summary is served
 * only while the couple's epoch is the one it was computed at and the clock is inside its window; triggers on every
 * table a summary reads move the epoch on and delete the couple's summaries when a change commits. Every couple has its
 * epoch row from its creation. The epoch is read before anything the summary is computed from, and a summary is kept
 * only at that epoch (see {@link #keep}), so a change that commits meanwhile is never hidden by it.
 */
@ApplicationScoped
class ProgressSnapshots {

    /** The viewer of the summary every counselor reads: they all see the same shared data. */
    static final UUID COUNSELORS = new UUID(0, 0);

    private final EntityManager em;

    ProgressSnapshots(EntityManager em) {
        this.em = em;
    }

    /** A kept summary of a partner, and the locale of that partner's profile, read in the same statement. */
    record Kept(String body, String locale) {
    }

    /**
     * The kept summary of a partner of the couple, found with the caller's identity in one statement; empty when there
     * is none in force, or when the caller is no partner of that couple (the full path then answers as it must).
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    Optional<Kept> forPartner(Callers caller, String coupleId, Instant now) {
        Optional<UUID> couple = CoupleAccess.parse(coupleId);
        if (couple.isEmpty()) {
            return Optional.empty();
        }
        List<?> rows = em.createNativeQuery("""
                select s.body, pr.locale from progress_snapshot s
                join profile pr on pr.id = s.viewer
                join partner p on p.couple_id = s.couple_id and p.profile_id = pr.id
                join progress_epoch e on e.couple_id = s.couple_id and e.epoch = s.epoch
                where s.couple_id = :couple and pr.issuer = :issuer and pr.subject = :subject
                  and s.computed_at <= :now and s.valid_until > :now""")
                .setParameter("couple", couple.get()).setParameter("issuer", caller.issuer())
                .setParameter("subject", caller.subject()).setParameter("now", now).getResultList();
        return rows.stream().map(Object[].class::cast).map(row -> new Kept((String) row[0], (String) row[1]))
                .findFirst();
    }

    /** The kept summary of a reader already let in, if one is in force. */
    Optional<String> find(UUID coupleId, UUID viewer, Instant now) {
        List<?> rows = em.createNativeQuery(
                """
                        select s.body from progress_snapshot s
                        join progress_epoch e on e.couple_id = s.couple_id and e.epoch = s.epoch
                        where s.couple_id = :couple and s.viewer = :viewer and s.computed_at <= :now and s.valid_until > :now""")
                .setParameter("couple", coupleId).setParameter("viewer", viewer).setParameter("now", now)
                .getResultList();
        return rows.stream().map(String.class::cast).findFirst();
    }

    /** The couple's epoch now: read it before anything a summary is computed from. */
    long epoch(UUID coupleId) {
        List<?> rows = em.createNativeQuery("select epoch from progress_epoch where couple_id = :couple")
                .setParameter("couple", coupleId).getResultList();
        return rows.isEmpty() ? 0 : ((Number) rows.get(0)).longValue();
    }

    /**
     * Keeps a reader's summary computed at {@code epoch}, in force from {@code computedAt} until {@code validUntil},
     * unless the couple moved on meanwhile. The epoch row is locked for share, so a change committing at the same time
     * either waits and then deletes this summary, or is waited for and this summary is not kept: nothing is left
     * behind, not even unserved (an erasure must leave no averages of the person's check-ins).
     */
    void keep(UUID coupleId, UUID viewer, long epoch, Instant computedAt, Instant validUntil, String body) {
        em.createNativeQuery("""
                with current as (select epoch from progress_epoch where couple_id = :couple for share)
                insert into progress_snapshot (couple_id, viewer, epoch, computed_at, valid_until, body)
                select :couple, :viewer, :epoch, :computedAt, :validUntil, :body from current
                where current.epoch = :epoch
                on conflict (couple_id, viewer) do update
                    set epoch = excluded.epoch, computed_at = excluded.computed_at,
                        valid_until = excluded.valid_until, body = excluded.body
                    where progress_snapshot.epoch <= excluded.epoch""")
                .setParameter("couple", coupleId).setParameter("viewer", viewer).setParameter("epoch", epoch)
                .setParameter("computedAt", computedAt).setParameter("validUntil", validUntil)
                .setParameter("body", body).executeUpdate();
    }
}
