package app.kintsugi.practice;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import app.kintsugi.counselor.CounselorScope;
import app.kintsugi.couple.CoupleAccess;
import app.kintsugi.couple.CoupleStatus;
import app.kintsugi.exercise.ExerciseCatalogue;
import app.kintsugi.exercise.Intensity;
import app.kintsugi.platform.Timestamps;
import app.kintsugi.platform.problem.Problems;
import app.kintsugi.platform.security.Callers;

/**
 * What to practise next. The rule, in order:
 * <ol>
 * <li>Only published exercises; touch exercises only while both partners chose them.</li>
 * <li>A pace caps intensity: gentle until 3 sessions were completed, moderate until 6, then deep. Any "too much" in the
 * recent window brings it back to gentle, whoever said it.</li>
 * <li>Exercises practised (a run started, or a session held) within the recent window are left out; if that leaves
 * nothing, the ones practised longest ago come back as revisits.</li>
 * <li>Order: never practised first, then at the pace's own intensity before gentler ones, then shorter first.</li>
 * </ol>
 */
@ApplicationScoped
class RecommendationService {

    static final int RECENT_DAYS = 14;
    static final int MAX_LIMIT = 20;

    private final CoupleAccess access;
    private final ExerciseCatalogue catalogue;
    private final EntityManager em;

    RecommendationService(CoupleAccess access, ExerciseCatalogue catalogue, EntityManager em) {
        this.access = access;
        this.catalogue = catalogue;
        this.em = em;
    }

    @Transactional
    Recommendations recommend(Callers caller, String coupleId, String limit, String language) {
        int size = limit(limit);
        CoupleAccess.Reader reader = access.reader(caller, coupleId, Optional.of(CounselorScope.ASSIGN_EXERCISES),
                CounselorScope.ASSIGN_EXERCISES.json());
        CoupleAccess.State state = access.state(reader.coupleId());
        Instant now = Timestamps.now();
        Instant recent = now.minus(Duration.ofDays(RECENT_DAYS));
        boolean touchOpen = Practice.touchOpen(state);

        Map<UUID, Instant> lastPractised = lastPractised(reader.coupleId());
        long completed = em.createQuery(
                "select count(s) from PracticeSession s where s.coupleId = :couple and s.status = 'completed'",
                Long.class).setParameter("couple", reader.coupleId()).getSingleResult();
        // Whose "too much" counts: a counselor's answer uses only what was shared with a counselor, and after a
        // couple ended each former partner's only their own; otherwise both partners', since the pace is shared.
        String whose = reader.isCounselor()
                ? " and f.sharedWithCounselor = true"
                : state.status() == CoupleStatus.ENDED ? " and f.authorId = :me" : "";
        var tooMuch = em.createQuery("select count(f) from SessionFeedback f where f.coupleId = :couple"
                + " and f.tooMuch = true and f.updatedAt >= :recent" + whose, Long.class)
                .setParameter("couple", reader.coupleId()).setParameter("recent", recent);
        if (whose.contains(":me")) {
            tooMuch.setParameter("me", reader.profileId());
        }
        boolean easing = tooMuch.getSingleResult() > 0;
        Intensity pace;
        PaceReason reason;
        if (easing) {
            pace = Intensity.GENTLE;
            reason = PaceReason.EASING;
        } else if (completed < 3) {
            pace = Intensity.GENTLE;
            reason = PaceReason.STARTING_OUT;
        } else if (completed < 6) {
            pace = Intensity.MODERATE;
            reason = PaceReason.BUILDING;
        } else {
            pace = Intensity.DEEP;
            reason = PaceReason.STEADY;
        }

        List<ExerciseCatalogue.Candidate> allowed = catalogue.published(language).stream()
                .filter(c -> touchOpen || !c.summary().involvesTouch())
                .filter(c -> c.summary().intensity().ordinal() <= pace.ordinal()).toList();
        List<ExerciseCatalogue.Candidate> fresh = allowed.stream()
                .filter(c -> !lastPractised.containsKey(c.exerciseId())
                        || lastPractised.get(c.exerciseId()).isBefore(recent))
                .sorted(Comparator
                        .comparing((ExerciseCatalogue.Candidate c) -> lastPractised.containsKey(c.exerciseId()))
                        .thenComparing(c -> pace.ordinal() - c.summary().intensity().ordinal())
                        .thenComparing(c -> c.summary().durationMinutes()).thenComparing(c -> c.summary().slug()))
                .toList();
        boolean revisiting = fresh.isEmpty();
        List<ExerciseCatalogue.Candidate> chosen = revisiting
                ? allowed.stream().sorted(Comparator.comparing((ExerciseCatalogue.Candidate c) -> lastPractised
                        .getOrDefault(c.exerciseId(), Instant.EPOCH)).thenComparing(c -> c.summary().slug())).toList()
                : fresh;

        ZoneId zone = ZoneId.of(state.couple().timeZone);
        List<Recommendation> items = new ArrayList<>();
        for (ExerciseCatalogue.Candidate candidate : chosen.subList(0, Math.min(size, chosen.size()))) {
            Instant last = lastPractised.get(candidate.exerciseId());
            List<RecommendationReason> reasons = new ArrayList<>();
            reasons.add(revisiting
                    ? RecommendationReason.REVISIT
                    : last == null ? RecommendationReason.NEW_TO_YOU : RecommendationReason.NOT_RECENT);
            reasons.add(candidate.summary().intensity() == pace
                    ? RecommendationReason.MATCHES_PACE
                    : RecommendationReason.GENTLER_STEP);
            LocalDate on = last == null ? null : LocalDate.ofInstant(last, zone);
            items.add(new Recommendation(candidate.summary(), reasons, on));
        }
        return new Recommendations(pace, reason, touchOpen, RECENT_DAYS, items);
    }

    /** When each exercise was last practised by the couple: a run started (unless declined) or a session held. */
    private Map<UUID, Instant> lastPractised(UUID coupleId) {
        Map<UUID, Instant> last = new HashMap<>();
        List<Object[]> rows = new ArrayList<>(em.createQuery("""
                select r.exerciseId, max(r.createdAt) from PracticeRun r
                where r.coupleId = :couple and r.status <> 'declined' group by r.exerciseId""", Object[].class)
                .setParameter("couple", coupleId).getResultList());
        rows.addAll(em.createQuery("""
                select s.exerciseId, max(s.startedAt) from PracticeSession s
                where s.coupleId = :couple group by s.exerciseId""", Object[].class).setParameter("couple", coupleId)
                .getResultList());
        for (Object[] row : rows) {
            last.merge((UUID) row[0], (Instant) row[1], (a, b) -> a.isAfter(b) ? a : b);
        }
        return last;
    }

    private static int limit(String limit) {
        if (limit == null) {
            return 5;
        }
        try {
            int value = Integer.parseInt(limit);
            if (value >= 1 && value <= MAX_LIMIT) {
                return value;
            }
        } catch (NumberFormatException e) {
            // answered below
        }
        throw Problems.invalidParameter("limit", "out-of-range", "limit is a whole number from 1 to " + MAX_LIMIT
                + ".");
    }
}
