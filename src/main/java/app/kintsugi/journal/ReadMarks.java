package app.kintsugi.journal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import app.kintsugi.platform.Timestamps;

/** The partners' marks that a week of the journal was read together. */
final class ReadMarks {

    private ReadMarks() {
    }

    record Mark(UUID profileId, Instant readAt) {
    }

    static List<Mark> of(UUID coupleId, LocalDate monday) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = JournalEntry.getEntityManager().createNativeQuery("""
                select profile_id, read_at from journal_week_read
                where couple_id = :couple and week_starts_on = :monday order by read_at, profile_id""")
                .setParameter("couple", coupleId).setParameter("monday", monday).getResultList();
        return rows.stream().map(row -> new Mark((UUID) row[0], Timestamps.instant(row[1]))).toList();
    }

    /** When the week became reviewed: the second partner's mark, if both marked it. */
    static Optional<Instant> reviewedAt(UUID coupleId, LocalDate monday) {
        List<Mark> marks = of(coupleId, monday);
        return marks.size() < 2 ? Optional.empty() : Optional.of(marks.get(marks.size() - 1).readAt());
    }

    /** Marks the week read by one partner; marking it again changes nothing. */
    static void mark(UUID coupleId, LocalDate monday, UUID profileId, Instant now) {
        JournalEntry.getEntityManager().createNativeQuery("""
                insert into journal_week_read (couple_id, week_starts_on, profile_id, read_at)
                values (:couple, :monday, :profile, :now) on conflict do nothing""")
                .setParameter("couple", coupleId).setParameter("monday", monday).setParameter("profile", profileId)
                .setParameter("now", now).executeUpdate();
    }
}
