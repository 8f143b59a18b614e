package app.kintsugi.journal;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import app.kintsugi.counselor.CounselorScope;
import app.kintsugi.couple.CoupleAccess;
import app.kintsugi.couple.CoupleProblem;
import app.kintsugi.couple.CoupleStatus;
import app.kintsugi.platform.Timestamps;
import app.kintsugi.platform.problem.ProblemException;
import app.kintsugi.platform.problem.Problems;
import app.kintsugi.platform.security.Callers;
import app.kintsugi.profile.People;

/**
 * The weekly read-together review: one ISO week of the journal in the couple's time zone, each partner's mark that it
 * was read, and the reveal that both marks bring forward.
 */
@ApplicationScoped
class WeekService {

    /** The week's own words for the couple-state conflicts, sent and documented alike. */
    static final String PAUSED = "The couple is paused: weeks are read together again once the pause ends.";
    static final String FORMING = "A week is read together once your partner has joined.";

    private final CoupleAccess access;
    private final JournalService journal;
    private final People people;

    WeekService(CoupleAccess access, JournalService journal, People people) {
        this.access = access;
        this.journal = journal;
        this.people = people;
    }

    /** The week, its questions in {@code language}. */
    @Transactional
    WeekView view(Callers caller, String coupleId, String week, String language) {
        CoupleAccess.Reader reader = access.reader(caller, coupleId, Optional.of(CounselorScope.SHARED_JOURNAL),
                CounselorScope.SHARED_JOURNAL.json());
        CoupleAccess.State state = access.state(reader.coupleId());
        return view(Sight.of(reader, state), state, monday(state, week), language);
    }

    /**
     * The caller marks the week read together. When the second partner marks it, its {@code reveal} entries reach the
     * partner at once instead of at the end of the week. Marking again changes nothing.
     */
    @Transactional
    WeekView markRead(Callers caller, String coupleId, String week, String language) {
        CoupleAccess.Membership membership = access.currentPartner(caller, coupleId);
        CoupleAccess.State state = access.lockedState(membership.coupleId());
        if (state.status() == CoupleStatus.FORMING) {
            throw CoupleProblem.COUPLE_FORMING.exception(FORMING);
        }
        if (state.status() == CoupleStatus.PAUSED) {
            throw CoupleProblem.COUPLE_PAUSED.exception(PAUSED);
        }
        LocalDate monday = monday(state, week);
        Instant now = Timestamps.now();
        ReadMarks.mark(state.couple().id, monday, membership.profileId(), now);
        if (ReadMarks.reviewedAt(state.couple().id, monday).isPresent()) {
            JournalEntry.update("visibleFrom = ?1 where coupleId = ?2 and weekStartsOn = ?3 and visibility = 'reveal' "
                    + "and visibleFrom > ?1", now, state.couple().id, monday);
        }
        JournalEntry.getEntityManager().clear();
        CoupleAccess.State fresh = access.state(state.couple().id);
        return view(Sight.partner(membership, fresh), fresh, monday, language);
    }

    // ---------------------------------------------------------------------------------------------------------------

    private WeekView view(Sight sight, CoupleAccess.State state, LocalDate monday, String language) {
        Map<String, Object> params = sight.params();
        params.put("monday", monday);
        List<JournalEntry> entries = JournalEntry.<JournalEntry>find("from JournalEntry e where " + sight.filter()
                + " and e.weekStartsOn = :monday order by e.writtenOn, e.createdAt, e.id", params).list();
        List<UUID> shown = JournalService.partnersShown(sight, state);
        Map<UUID, String> names = people.displayNames(shown);
        List<WeekView.Participation> participation = shown.stream().map(id -> {
            List<JournalEntry> theirs = entries.stream().filter(entry -> entry.authorId.equals(id)).toList();
            int days = (int) theirs.stream().map(entry -> entry.writtenOn).distinct().count();
            return new WeekView.Participation(id, names.get(id), id.equals(sight.readerId()), days, theirs.size());
        }).toList();
        List<ReadMarks.Mark> marks = ReadMarks.of(state.couple().id, monday);
        List<WeekView.ReadMark> readMarks = marks.stream().filter(mark -> shown.contains(mark.profileId()))
                .map(mark -> new WeekView.ReadMark(mark.profileId(), names.get(mark.profileId()),
                        mark.profileId().equals(sight.readerId()), mark.readAt()))
                .toList();
        Instant endsAt = Weeks.endOf(monday, ZoneId.of(state.couple().timeZone));
        boolean reviewed = marks.size() >= 2;
        Instant revealAt = reviewed && marks.get(marks.size() - 1).readAt().isBefore(endsAt)
                ? marks.get(marks.size() - 1).readAt()
                : endsAt;
        boolean revealed = sight.reached(revealAt);
        return new WeekView(Weeks.name(monday), monday, monday.plusDays(6), endsAt, revealed, reviewed, readMarks,
                participation, questions(language), journal.views(entries, sight));
    }

    /** The questions to talk over, in {@code language}. */
    private static List<WeekView.Question> questions(String language) {
        return Arrays.stream(ProgressQuestion.values())
                .map(question -> new WeekView.Question(question, question.text(language).text())).toList();
    }

    /** The Monday of a week named in a path: {@code current}, or an ISO week from the couple's first to this one. */
    private static LocalDate monday(CoupleAccess.State state, String week) {
        LocalDate current = Weeks.startOf(state.today());
        if ("current".equals(week)) {
            return current;
        }
        LocalDate first = Weeks.startOf(
                LocalDate.ofInstant(state.couple().createdAt, ZoneId.of(state.couple().timeZone)));
        return Weeks.parse(week).filter(monday -> !monday.isBefore(first) && !monday.isAfter(current))
                .orElseThrow(WeekService::notFound);
    }

    private static ProblemException notFound() {
        return Problems.notFound("This couple has no such week of journal: weeks are named like 2026-W48 (or "
                + "current) and run from the couple's first week to this one.");
    }
}
