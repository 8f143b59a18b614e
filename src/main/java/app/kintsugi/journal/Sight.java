package app.kintsugi.journal;

import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import app.kintsugi.couple.CoupleAccess;
import app.kintsugi.couple.CoupleStatus;
import app.kintsugi.platform.Timestamps;

/**
 * What one reader may see of a couple's journal, as a JPQL condition and as a test on one entry, so that lists, counts,
 * the week view and single reads apply the very same rule.
 *
 * <ul>
 * <li>The author sees their own entries always, even after the couple ended.</li>
 * <li>The partner sees an entry once its {@code visibleFrom} has come and lies before the couple's share cutoff (so
 * never a private one, and nothing that became visible during a pause), and nothing of the other once the couple
 * ended.</li>
 * <li>A counselor sees only what the partner may see and the author also opened to a counselor, that opening too before
 * the cutoff.</li>
 * </ul>
 */
record Sight(UUID coupleId, UUID readerId, boolean counselor, boolean ended, Instant cutoff, Instant now) {

    static Sight of(CoupleAccess.Reader reader, CoupleAccess.State state) {
        return new Sight(reader.coupleId(), reader.profileId(), reader.isCounselor(),
                state.status() == CoupleStatus.ENDED, state.shareCutoff(), Timestamps.now());
    }

    /** A partner's sight, for the operations only partners perform. */
    static Sight partner(CoupleAccess.Membership membership, CoupleAccess.State state) {
        return new Sight(membership.coupleId(), membership.profileId(), false, state.status() == CoupleStatus.ENDED,
                state.shareCutoff(), Timestamps.now());
    }

    /** The condition on entries aliased {@code e}; its parameters come from {@link #params()}. */
    String filter() {
        String shared = "e.visibleFrom < :cutoff and e.visibleFrom <= :now";
        if (counselor) {
            return "e.coupleId = :couple and " + shared + " and e.counselorSince < :cutoff";
        }
        if (ended) {
            return "e.coupleId = :couple and e.authorId = :me";
        }
        return "e.coupleId = :couple and (e.authorId = :me or (" + shared + "))";
    }

    Map<String, Object> params() {
        Map<String, Object> params = new HashMap<>();
        params.put("couple", coupleId);
        if (!counselor) {
            params.put("me", readerId);
        }
        if (counselor || !ended) {
            params.put("cutoff", cutoff);
            params.put("now", now);
        }
        return params;
    }

    boolean sees(JournalEntry entry) {
        if (!entry.coupleId.equals(coupleId)) {
            return false;
        }
        if (counselor) {
            return shared(entry) && entry.counselorSince != null && entry.counselorSince.isBefore(cutoff);
        }
        return isAuthor(entry) || (!ended && shared(entry));
    }

    boolean isAuthor(JournalEntry entry) {
        return !counselor && entry.authorId.equals(readerId);
    }

    /**
     * Whether someone other than the author can read the entry now: the partner (a counselor never sees more than the
     * partner does).
     */
    boolean seenByOthers(JournalEntry entry) {
        return !ended && shared(entry);
    }

    /**
     * The acknowledgement shows to the partner who gave it, and to the author once it lies before the cutoff, while the
     * couple lasts.
     */
    boolean seesAcknowledgement(JournalEntry entry) {
        if (counselor || ended || entry.acknowledgedAt == null) {
            return false;
        }
        return entry.acknowledgedBy.equals(readerId) || entry.acknowledgedAt.isBefore(cutoff);
    }

    /** When a week's reveal, due at {@code at}, has reached this reader. */
    boolean reached(Instant at) {
        return !at.isAfter(now) && at.isBefore(cutoff);
    }

    private boolean shared(JournalEntry entry) {
        return entry.visibleFrom != null && reached(entry.visibleFrom);
    }
}
