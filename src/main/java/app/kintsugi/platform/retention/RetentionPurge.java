package app.kintsugi.platform.retention;

import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

import org.jboss.logging.Logger;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;

import app.kintsugi.platform.KintsugiConfig;
import app.kintsugi.platform.Timestamps;
import app.kintsugi.platform.crypto.IntimateText;

/**
 * Purges the content of couples that ended longer ago than {@code kintsugi.retention.ended-couple-content}: the
 * couple's data key is shredded, so that whatever was sealed with it, backups included, no longer opens, and every row
 * the partners wrote or did is deleted. The couple and partner rows stay, without a name, so that counselor grants and
 * their access records (who read which kind of data when, never what) keep pointing somewhere; the couple's
 * {@code content_purged_at} says when.
 *
 * <p>
 * Safe on any number of replicas: a couple is taken with {@code FOR UPDATE SKIP LOCKED}, one per transaction, so two
 * replicas never purge the same couple and a crash leaves each couple either untouched or fully purged.
 */
@ApplicationScoped
class RetentionPurge {

    private static final Logger LOG = Logger.getLogger(RetentionPurge.class);

    /**
     * Deletes in an order that empties children before their parents. Journal revisions go with their entries and
     * commitment checks and schedules with their commitments (ON DELETE CASCADE); they are named anyway, so that the
     * list reads as the complete set.
     */
    private static final List<String> CONTENT = List.of(
            "delete from journal_revision where entry_id in (select id from journal_entry where couple_id = :couple)",
            "delete from journal_entry where couple_id = :couple",
            "delete from journal_week_read where couple_id = :couple",
            "update repair_letter set follows_id = null where couple_id = :couple and follows_id is not null",
            "delete from repair_letter where couple_id = :couple",
            "delete from session_feedback where couple_id = :couple",
            "delete from practice_session where couple_id = :couple",
            "delete from practice_run where couple_id = :couple",
            """
                    delete from agreement_acceptance where version_id in (
                        select v.id from agreement_version v join agreement a on a.id = v.agreement_id
                        where a.couple_id = :couple)""",
            "delete from agreement_concern where agreement_id in (select id from agreement where couple_id = :couple)",
            "delete from agreement_version where agreement_id in (select id from agreement where couple_id = :couple)",
            "delete from agreement where couple_id = :couple",
            "delete from commitment_check where commitment_id in (select id from commitment where couple_id = :couple)",
            """
                    delete from commitment_schedule
                    where commitment_id in (select id from commitment where couple_id = :couple)""",
            "delete from commitment where couple_id = :couple",
            "delete from conversation_note where couple_id = :couple",
            "delete from jar_draw where couple_id = :couple",
            "delete from jar_slip where couple_id = :couple",
            "delete from calendar_feed where couple_id = :couple",
            "delete from couple_pause_span where couple_id = :couple",
            "delete from couple_milestone where couple_id = :couple");

    private final EntityManager em;
    private final IntimateText intimate;
    private final KintsugiConfig config;
    private volatile Boolean pulseChecks;

    RetentionPurge(EntityManager em, IntimateText intimate, KintsugiConfig config) {
        this.em = em;
        this.intimate = intimate;
        this.config = config;
    }

    @Scheduled(identity = "retention-purge", every = "${kintsugi.retention.every:1h}", delayed = "2m", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void run() {
        int purged = purgeEndedCouples();
        if (purged > 0) {
            LOG.infof("Retention: purged the content of %d ended couples", purged);
        }
    }

    /**
     * Purges up to {@code kintsugi.retention.batch} couples whose content is due, each in its own transaction, oldest
     * ending first. A couple another replica is purging is skipped, not waited for.
     *
     * @return how many couples were purged
     */
    int purgeEndedCouples() {
        Instant before = Timestamps.now().minus(config.retention().endedCoupleContent());
        int purged = 0;
        // A couple whose purge fails is rolled back, named in the log and passed over for the rest of this run, so it
        // cannot hold back every couple due after it; the next run tries it again.
        Set<UUID> failed = new HashSet<>();
        while (purged + failed.size() < config.retention().batch()) {
            UUID[] taken = new UUID[1];
            try {
                if (!QuarkusTransaction.requiringNew().call(() -> purgeNext(before, failed, taken))) {
                    break;
                }
                purged++;
            } catch (RuntimeException e) {
                if (taken[0] == null) {
                    throw e;
                }
                failed.add(taken[0]);
                LOG.warnf("Retention: the content of couple %s could not be purged (%s); it is tried again next run",
                        taken[0], e.getClass().getName());
            }
        }
        return purged;
    }

    private boolean purgeNext(Instant before, Set<UUID> passedOver, UUID[] taken) {
        List<?> due = em.createNativeQuery("""
                select id from couple
                where ended_at < :before and content_purged_at is null and id not in (:passedOver)
                order by ended_at
                limit 1
                for update skip locked""")
                .setParameter("before", before)
                // The nil UUID names no couple; it keeps the list from being empty, which SQL does not allow.
                .setParameter("passedOver", passedOver.isEmpty() ? List.of(new UUID(0, 0)) : List.copyOf(passedOver))
                .getResultList();
        if (due.isEmpty()) {
            return false;
        }
        UUID coupleId = (UUID) due.get(0);
        taken[0] = coupleId;
        if (hasPulseChecks()) {
            em.createNativeQuery("delete from pulse_check where couple_id = :couple").setParameter("couple", coupleId)
                    .executeUpdate();
        }
        for (String statement : CONTENT) {
            em.createNativeQuery(statement).setParameter("couple", coupleId).executeUpdate();
        }
        intimate.shred(coupleId);
        em.createNativeQuery("update couple set name = null, content_purged_at = :now where id = :couple")
                .setParameter("now", Timestamps.now())
                .setParameter("couple", coupleId)
                .executeUpdate();
        LOG.infof("Retention: purged the content of couple %s", coupleId);
        return true;
    }

    /**
     * Pulse check-ins arrive with their own migration; until it has run there is nothing of them to purge. The schema
     * changes only with a deployment, so the answer is read once.
     */
    private boolean hasPulseChecks() {
        Boolean known = pulseChecks;
        if (known == null) {
            Object found = em.createNativeQuery("""
                    select exists (select 1 from information_schema.columns
                                   where table_schema = current_schema() and table_name = 'pulse_check'
                                     and column_name = 'couple_id')""").getSingleResult();
            known = Boolean.TRUE.equals(found);
            pulseChecks = known;
        }
        return known;
    }
}
