package app.kintsugi.commitment;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import io.quarkus.narayana.jta.QuarkusTransaction;

import app.kintsugi.counselor.CounselorScope;
import app.kintsugi.couple.CoupleAccess;
import app.kintsugi.couple.CoupleProblem;
import app.kintsugi.couple.CoupleStatus;
import app.kintsugi.platform.Timestamps;
import app.kintsugi.platform.crypto.IntimateText;
import app.kintsugi.platform.http.ETags;
import app.kintsugi.platform.paging.Keyset;
import app.kintsugi.platform.paging.Page;
import app.kintsugi.platform.paging.PageRequest;
import app.kintsugi.platform.paging.Paging;
import app.kintsugi.platform.problem.CommonProblem;
import app.kintsugi.platform.problem.Problem.FieldError;
import app.kintsugi.platform.problem.ProblemException;
import app.kintsugi.platform.problem.Problems;
import app.kintsugi.platform.problem.ShortTexts;
import app.kintsugi.platform.security.Callers;
import app.kintsugi.profile.People;

/**
 * Commitments and their occurrences: making and changing them, marking how each occurrence went, the partner's
 * acknowledgement of a kept one, and the colour-coded calendar. Occurrences are never stored: they follow from the
 * schedules, and only check-offs are rows, so an occurrence nobody marked stays unmarked.
 */
@ApplicationScoped
class CommitmentService {

    static final String TITLE = "commitment.title";
    static final String DETAIL = "commitment.detail";
    static final String ADJUSTMENT = "commitment_check.adjustment";
    static final int MAX_ACTIVE = 40;
    static final int MAX_RANGE_DAYS = 92;
    /** Commitments' own words for the couple-state and lifecycle conflicts, sent and documented alike. */
    static final String PAUSED = "The couple is paused: commitments stand still until the pause ends.";
    static final String FORMING = "Commitments begin once your partner has joined.";
    static final String CLOSED = "A completed or retired commitment stays closed, so its history stays true. Make a "
            + "new commitment to take it up again.";

    private final CoupleAccess access;
    private final IntimateText intimate;
    private final People people;
    private final Paging paging;

    CommitmentService(CoupleAccess access, IntimateText intimate, People people, Paging paging) {
        this.access = access;
        this.intimate = intimate;
        this.people = people;
        this.paging = paging;
    }

    record Versioned(CommitmentView view, long version) {
    }

    /** Who reads the couple's commitments: a partner, a former one, or a counselor with the commitments scope. */
    record Viewer(UUID coupleId, UUID profileId, boolean counselor, boolean ended, ZoneId zone, LocalDate today) {

        /** JPQL condition on commitments aliased {@code c}. */
        String filter() {
            return ended ? "c.coupleId = :couple and c.ownerId = :me" : "c.coupleId = :couple";
        }

        Map<String, Object> params() {
            Map<String, Object> params = new HashMap<>();
            params.put("couple", coupleId);
            if (ended) {
                params.put("me", profileId);
            }
            return params;
        }

        boolean sees(Commitment commitment) {
            return commitment.coupleId.equals(coupleId) && (!ended || profileId.equals(commitment.ownerId));
        }
    }

    // ---------------------------------------------------------------------------------------------------------------
    // Commitments

    @Transactional
    Versioned create(Callers caller, String coupleId, NewCommitment body) {
        CoupleAccess.Locked locked = access.currentState(caller, coupleId);
        CoupleAccess.Membership membership = locked.membership();
        CoupleAccess.State state = locked.state();
        requireActive(state);
        Commitment commitment = create(membership.profileId(), state, body, "");
        return new Versioned(view(commitment, schedules(List.of(commitment.id)), viewer(membership, state)),
                commitment.version);
    }

    /**
     * Makes a commitment for a conversation note as well. {@code pointer} prefixes the JSON pointers of field errors,
     * such as {@code /commitments/0}.
     */
    Commitment create(UUID author, CoupleAccess.State state, NewCommitment body, String pointer) {
        if (body == null) {
            throw Problems.validation(pointer, "required", "Send the commitment as a JSON object.");
        }
        List<FieldError> errors = new ArrayList<>();
        Texts texts = texts(body.title(), body.detail(), pointer, errors);
        if (body.category() == null) {
            errors.add(new FieldError(pointer + "/category", "required", "category is required."));
        }
        CommitmentSchedule schedule = schedule(body.recurrence(), null, state, pointer + "/recurrence", errors);
        if (!errors.isEmpty()) {
            throw Problems.validation(errors);
        }
        long active = Commitment.count("coupleId = ?1 and status = 'active'", state.couple().id);
        if (active >= MAX_ACTIVE) {
            throw CommitmentProblem.TOO_MANY_COMMITMENTS.exception();
        }
        Instant now = Timestamps.now();
        Commitment commitment = new Commitment();
        commitment.id = UUID.randomUUID();
        commitment.coupleId = state.couple().id;
        commitment.createdBy = author;
        commitment.wordedBy = author;
        commitment.ownerId = Boolean.TRUE.equals(body.shared()) ? null : author;
        commitment.category = body.category().json();
        commitment.title = intimate.seal(commitment.coupleId, TITLE, texts.title());
        commitment.detail = intimate.seal(commitment.coupleId, DETAIL, texts.detail());
        commitment.status = CommitmentStatus.ACTIVE.json();
        commitment.createdAt = now;
        commitment.updatedAt = now;
        commitment.persist();
        schedule.commitmentId = commitment.id;
        LocalDate today = state.today();
        schedule.effectiveFrom = schedule.startsOn.isBefore(today) ? schedule.startsOn : today;
        schedule.persist();
        Commitment.flush();
        return commitment;
    }

    /**
     * A page of commitments. A partner's page is two statements in no transaction (the caller and the couple, then the
     * page); a counselor, whose read is logged, and anyone the couple is unknown to take {@link #reader} in one.
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    CommitmentPage list(Callers caller, String coupleId, Optional<CommitmentStatus> status, String limit,
            String cursor) {
        Optional<Viewer> partner = partnerViewer(caller, coupleId);
        if (partner.isPresent()) {
            return list(partner.get(), status, limit, cursor);
        }
        return QuarkusTransaction.joiningExisting().call(() -> list(reader(caller, coupleId), status, limit, cursor));
    }

    private CommitmentPage list(Viewer viewer, Optional<CommitmentStatus> status, String limit, String cursor) {
        Map<String, Object> params = viewer.params();
        String filter = viewer.filter();
        if (status.isPresent()) {
            filter += " and c.status = :status";
            params.put("status", status.get().json());
        }
        PageRequest request = paging.request("commitments", limit, cursor);
        Keyset keyset = Keyset.newestFirst(filter, params, "c.createdAt", request);
        List<Shown> rows = shown(keyset.query(), keyset.params(), viewer.today(), request.fetchSize());
        Page<Shown> page = paging.page("commitments", request, rows,
                row -> Keyset.key(row.commitment().createdAt, row.commitment().id));
        return new CommitmentPage(page.items().stream().map(row -> view(row, viewer)).toList(), page.nextCursor());
    }

    /** One commitment; two statements in no transaction for a partner, as {@link #list}. */
    @Transactional(Transactional.TxType.SUPPORTS)
    Versioned get(Callers caller, String coupleId, String commitmentId) {
        Optional<Viewer> partner = partnerViewer(caller, coupleId);
        if (partner.isPresent()) {
            return get(partner.get(), commitmentId);
        }
        return QuarkusTransaction.joiningExisting().call(() -> get(reader(caller, coupleId), commitmentId));
    }

    private Versioned get(Viewer viewer, String commitmentId) {
        // Found by id, then held to the viewer's rule in Java, as find() does.
        Shown row = CoupleAccess.parse(commitmentId)
                .flatMap(id -> shown("c.id = :id", Map.of("id", id), viewer.today(), 1).stream().findFirst())
                .filter(found -> viewer.sees(found.commitment())).orElseThrow(CommitmentService::notFound);
        return new Versioned(view(row, viewer), row.commitment().version);
    }

    /** Rewords a commitment or changes its cadence from today on; needs the ETag read. */
    @Transactional
    Versioned edit(Callers caller, String coupleId, String commitmentId, String ifMatch, CommitmentEdit body) {
        CoupleAccess.Locked locked = access.currentState(caller, coupleId);
        CoupleAccess.Membership membership = locked.membership();
        CoupleAccess.State state = locked.state();
        Viewer viewer = viewer(membership, state);
        Commitment commitment = owned(viewer, commitmentId);
        ETags.requireMatch(ifMatch, commitment.version);
        requireActive(state);
        if (body == null) {
            throw Problems.validation("", "required", "Send the commitment as a JSON object.");
        }
        List<CommitmentSchedule> current = schedules(List.of(commitment.id)).getOrDefault(commitment.id, List.of());
        CommitmentSchedule inForce = Recurrences.inForce(current, state.today()).orElseThrow();
        List<FieldError> errors = new ArrayList<>();
        Texts texts = texts(body.title(), body.detail(), "", errors);
        if (body.category() == null) {
            errors.add(new FieldError("/category", "required", "category is required."));
        }
        CommitmentSchedule schedule = schedule(body.recurrence(), inForce, state, "/recurrence", errors);
        if (!errors.isEmpty()) {
            throw Problems.validation(errors);
        }
        commitment.title = intimate.seal(commitment.coupleId, TITLE, texts.title());
        commitment.detail = intimate.seal(commitment.coupleId, DETAIL, texts.detail());
        commitment.wordedBy = membership.profileId();
        commitment.category = body.category().json();
        if (!sameCadence(inForce, schedule)) {
            LocalDate today = state.today();
            CommitmentSchedule.delete("commitmentId = ?1 and effectiveFrom >= ?2", commitment.id, today);
            CommitmentSchedule.flush();
            schedule.commitmentId = commitment.id;
            schedule.effectiveFrom = today;
            schedule.persist();
        }
        commitment.updatedAt = Timestamps.now();
        Commitment.flush();
        return new Versioned(view(commitment, schedules(List.of(commitment.id)), viewer), commitment.version);
    }

    @Transactional
    CommitmentView changeStatus(Callers caller, String coupleId, String commitmentId, CommitmentStatusChange change) {
        CoupleAccess.Locked locked = access.currentState(caller, coupleId);
        CoupleAccess.Membership membership = locked.membership();
        CoupleAccess.State state = locked.state();
        Viewer viewer = viewer(membership, state);
        Commitment commitment = owned(viewer, commitmentId);
        requireActive(state);
        if (change == null || change.status() == null) {
            throw Problems.validation("/status", "required", "status is required.");
        }
        CommitmentStatus to = change.status();
        if (!to.json().equals(commitment.status)) {
            if (to == CommitmentStatus.ACTIVE) {
                // Bringing it back would make the days since it closed reappear as unmarked: make a new one instead.
                throw CommonProblem.ILLEGAL_TRANSITION.exception(CLOSED);
            } else if (CommitmentStatus.of(commitment.status) == CommitmentStatus.ACTIVE) {
                commitment.closedOn = state.today();
            }
            commitment.status = to.json();
            commitment.updatedAt = Timestamps.now();
            Commitment.flush();
        }
        return view(commitment, schedules(List.of(commitment.id)), viewer);
    }

    // ---------------------------------------------------------------------------------------------------------------
    // Occurrences

    @Transactional
    Calendar occurrences(Callers caller, String coupleId, String commitmentId, Optional<LocalDate> from,
            Optional<LocalDate> to) {
        Viewer viewer = reader(caller, coupleId);
        Commitment commitment = find(viewer, commitmentId);
        LocalDate[] range = range(viewer, from, to);
        return new Calendar(range[0], range[1], viewer.zone().getId(),
                occurrences(List.of(commitment), range[0], range[1], viewer));
    }

    @Transactional
    Calendar calendar(Callers caller, String coupleId, Optional<LocalDate> from, Optional<LocalDate> to) {
        Viewer viewer = reader(caller, coupleId);
        LocalDate[] range = range(viewer, from, to);
        Map<String, Object> params = viewer.params();
        params.put("from", range[0]);
        List<Commitment> commitments = Commitment.<Commitment>find("from Commitment c where " + viewer.filter()
                + " and (c.closedOn is null or c.closedOn >= :from) order by c.createdAt, c.id", params).list();
        return new Calendar(range[0], range[1], viewer.zone().getId(),
                occurrences(commitments, range[0], range[1], viewer));
    }

    /** The partner who owns a commitment (either partner of a shared one) marks how an occurrence went. */
    @Transactional
    OccurrenceView check(Callers caller, String coupleId, String commitmentId, String date, CheckInput body) {
        CoupleAccess.Locked locked = access.currentState(caller, coupleId);
        CoupleAccess.Membership membership = locked.membership();
        CoupleAccess.State state = locked.state();
        Viewer viewer = viewer(membership, state);
        Commitment commitment = owned(viewer, commitmentId);
        LocalDate day = occurrenceDay(commitment, date);
        requireActive(state);
        if (day.isAfter(viewer.today())) {
            throw CommitmentProblem.OCCURRENCE_IN_FUTURE.exception("An occurrence is marked on its day or after it, "
                    + "in the couple's time zone (today there is " + viewer.today() + ").");
        }
        if (body == null || body.state() == null) {
            throw Problems.validation("/state", "required", "state is kept, partlyKept or missed.");
        }
        String adjustment = body.adjustment() == null ? null : body.adjustment().strip();
        if (adjustment != null && !adjustment.isEmpty()) {
            ShortTexts.paragraphs("/adjustment", "An adjustment", adjustment, 280).ifPresent(error -> {
                throw Problems.validation(List.of(error));
            });
        } else {
            adjustment = null;
        }
        CommitmentCheck check = CommitmentCheck.<CommitmentCheck>find("commitmentId = ?1 and occursOn = ?2",
                commitment.id, day).firstResultOptional().orElse(null);
        if (check == null) {
            check = new CommitmentCheck();
            check.commitmentId = commitment.id;
            check.occursOn = day;
        }
        // A new mark is a new statement: an acknowledgement of the previous one does not carry over.
        check.acknowledgedBy = null;
        check.acknowledgedAt = null;
        check.state = body.state().json();
        check.adjustment = intimate.seal(commitment.coupleId, ADJUSTMENT, adjustment);
        check.markedBy = membership.profileId();
        check.markedAt = Timestamps.now();
        check.persist();
        CommitmentCheck.flush();
        return single(commitment, day, viewer);
    }

    /** Takes a mark back: the occurrence is unmarked again. */
    @Transactional
    void uncheck(Callers caller, String coupleId, String commitmentId, String date) {
        CoupleAccess.Locked locked = access.currentState(caller, coupleId);
        CoupleAccess.Membership membership = locked.membership();
        CoupleAccess.State state = locked.state();
        Commitment commitment = owned(viewer(membership, state), commitmentId);
        LocalDate day = occurrenceDay(commitment, date);
        requireActive(state);
        CommitmentCheck.delete("commitmentId = ?1 and occursOn = ?2", commitment.id, day);
    }

    /** The other partner acknowledges a kept occurrence. */
    @Transactional
    OccurrenceView acknowledge(Callers caller, String coupleId, String commitmentId, String date) {
        CoupleAccess.Locked locked = access.currentState(caller, coupleId);
        CoupleAccess.Membership membership = locked.membership();
        CoupleAccess.State state = locked.state();
        Viewer viewer = viewer(membership, state);
        Commitment commitment = find(viewer, commitmentId);
        LocalDate day = occurrenceDay(commitment, date);
        requireActive(state);
        CommitmentCheck check = acknowledgeable(commitment, day, membership.profileId());
        if (check.acknowledgedAt == null) {
            check.acknowledgedBy = membership.profileId();
            check.acknowledgedAt = Timestamps.now();
        }
        return single(commitment, day, viewer);
    }

    @Transactional
    void withdrawAcknowledgement(Callers caller, String coupleId, String commitmentId, String date) {
        CoupleAccess.Locked locked = access.currentState(caller, coupleId);
        CoupleAccess.Membership membership = locked.membership();
        CoupleAccess.State state = locked.state();
        Commitment commitment = find(viewer(membership, state), commitmentId);
        LocalDate day = occurrenceDay(commitment, date);
        requireActive(state);
        CommitmentCheck check = acknowledgeable(commitment, day, membership.profileId());
        if (membership.profileId().equals(check.acknowledgedBy)) {
            check.acknowledgedBy = null;
            check.acknowledgedAt = null;
        }
    }

    // ---------------------------------------------------------------------------------------------------------------
    // Shared with notes and feeds

    /** Every occurrence of these commitments in the range, in date order, with their marks. */
    List<OccurrenceView> occurrences(List<Commitment> commitments, LocalDate from, LocalDate to, Viewer viewer) {
        if (commitments.isEmpty()) {
            return List.of();
        }
        List<UUID> ids = commitments.stream().map(c -> c.id).toList();
        Map<UUID, List<CommitmentSchedule>> schedules = schedules(ids);
        Map<CommitmentCheck.Key, CommitmentCheck> checks = CommitmentCheck.<CommitmentCheck>list(
                "commitmentId in ?1 and occursOn between ?2 and ?3", ids, from, to).stream()
                .collect(Collectors.toMap(check -> new CommitmentCheck.Key(check.commitmentId, check.occursOn),
                        check -> check));
        List<UUID> people = new ArrayList<>(ids.size());
        commitments.forEach(c -> {
            if (c.ownerId != null) {
                people.add(c.ownerId);
            }
        });
        checks.values().forEach(check -> {
            people.add(check.markedBy);
            if (check.acknowledgedBy != null) {
                people.add(check.acknowledgedBy);
            }
        });
        Map<UUID, String> names = this.people.displayNames(people.stream().distinct().toList());
        List<OccurrenceView> items = new ArrayList<>();
        for (Commitment commitment : commitments) {
            List<CommitmentSchedule> own = schedules.getOrDefault(commitment.id, List.of());
            List<LocalDate> days = new ArrayList<>(Recurrences.between(own, commitment.closedOn, from, to));
            // A mark keeps its occurrence on the calendar even if a later change of cadence would not produce it.
            checks.keySet().stream().filter(key -> key.commitmentId.equals(commitment.id))
                    .map(key -> key.occursOn).filter(day -> !days.contains(day)).forEach(days::add);
            String title = intimate.open(commitment.coupleId, TITLE, commitment.title);
            for (LocalDate day : days) {
                CommitmentSchedule schedule = Recurrences.inForce(own, day).orElseThrow();
                items.add(occurrence(commitment, title, schedule, day,
                        checks.get(new CommitmentCheck.Key(commitment.id, day)), viewer, names));
            }
        }
        items.sort(Comparator.comparing(OccurrenceView::date)
                .thenComparing(item -> item.startsAt() == null ? Instant.MIN : item.startsAt())
                .thenComparing(item -> item.commitmentId().toString()));
        return items;
    }

    static Map<UUID, List<CommitmentSchedule>> schedules(Collection<UUID> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        return CommitmentSchedule.<CommitmentSchedule>list("commitmentId in ?1 order by effectiveFrom", ids).stream()
                .collect(Collectors.groupingBy(schedule -> schedule.commitmentId));
    }

    Viewer viewer(CoupleAccess.Membership membership, CoupleAccess.State state) {
        return new Viewer(membership.coupleId(), membership.profileId(), false,
                state.status() == CoupleStatus.ENDED, ZoneId.of(state.couple().timeZone), state.today());
    }

    CommitmentView view(Commitment commitment, Map<UUID, List<CommitmentSchedule>> schedules, Viewer viewer) {
        return view(commitment, schedules, viewer, names(List.of(commitment)));
    }

    static void requireActive(CoupleAccess.State state) {
        if (state.status() == CoupleStatus.PAUSED) {
            throw CoupleProblem.COUPLE_PAUSED.exception(PAUSED);
        }
        if (state.status() == CoupleStatus.FORMING) {
            throw CoupleProblem.COUPLE_FORMING.exception(FORMING);
        }
    }

    // ---------------------------------------------------------------------------------------------------------------

    private record Texts(String title, String detail) {
    }

    private Viewer reader(Callers caller, String coupleId) {
        CoupleAccess.Reader reader = access.reader(caller, coupleId, Optional.of(CounselorScope.COMMITMENTS),
                CounselorScope.COMMITMENTS.json());
        return viewer(reader, access.state(reader.coupleId()));
    }

    /** The viewer of a partner (current or former) of the couple, from one statement; empty for anyone else. */
    private Optional<Viewer> partnerViewer(Callers caller, String coupleId) {
        return access.partnerReader(caller, coupleId).map(read -> viewer(read.reader(), read.state()));
    }

    private static Viewer viewer(CoupleAccess.Reader reader, CoupleAccess.State state) {
        return new Viewer(reader.coupleId(), reader.profileId(), reader.isCounselor(),
                !reader.isCounselor() && state.status() == CoupleStatus.ENDED, ZoneId.of(state.couple().timeZone),
                state.today());
    }

    private static Commitment find(Viewer viewer, String commitmentId) {
        return CoupleAccess.parse(commitmentId).flatMap(id -> Commitment.<Commitment>findByIdOptional(id))
                .filter(viewer::sees).orElseThrow(CommitmentService::notFound);
    }

    /** A commitment the caller may change: 404 if they cannot see it, 403 if it is the partner's own. */
    private static Commitment owned(Viewer viewer, String commitmentId) {
        Commitment commitment = find(viewer, commitmentId);
        if (!commitment.ownedBy(viewer.profileId())) {
            throw CommitmentProblem.NOT_OWNER.exception();
        }
        return commitment;
    }

    private static CommitmentCheck acknowledgeable(Commitment commitment, LocalDate day, UUID partner) {
        CommitmentCheck check = CommitmentCheck.<CommitmentCheck>find("commitmentId = ?1 and occursOn = ?2",
                commitment.id, day).firstResultOptional().orElse(null);
        if (check == null || !CheckState.KEPT.json().equals(check.state)) {
            throw CommitmentProblem.NOT_KEPT.exception();
        }
        if (check.markedBy.equals(partner) || partner.equals(commitment.ownerId)) {
            throw CommitmentProblem.OWN_CHECK.exception();
        }
        return check;
    }

    /** The day in a path, if the commitment falls on it (or has a mark for it); otherwise 404. */
    private static LocalDate occurrenceDay(Commitment commitment, String date) {
        LocalDate day;
        try {
            day = LocalDate.parse(date);
        } catch (java.time.format.DateTimeParseException e) {
            throw noOccurrence();
        }
        List<CommitmentSchedule> own = schedules(List.of(commitment.id)).getOrDefault(commitment.id, List.of());
        boolean occurs = !Recurrences.between(own, commitment.closedOn, day, day).isEmpty()
                || CommitmentCheck.count("commitmentId = ?1 and occursOn = ?2", commitment.id, day) > 0;
        if (!occurs) {
            throw noOccurrence();
        }
        return day;
    }

    private OccurrenceView single(Commitment commitment, LocalDate day, Viewer viewer) {
        return occurrences(List.of(commitment), day, day, viewer).get(0);
    }

    private OccurrenceView occurrence(Commitment commitment, String title, CommitmentSchedule schedule, LocalDate day,
            CommitmentCheck check, Viewer viewer, Map<UUID, String> names) {
        CommitmentCategory category = CommitmentCategory.of(commitment.category);
        OccurrenceState state;
        if (check != null) {
            state = OccurrenceState.of(check.state);
        } else if (day.isAfter(viewer.today())) {
            state = OccurrenceState.UPCOMING;
        } else if (day.equals(viewer.today())) {
            state = OccurrenceState.DUE;
        } else {
            state = OccurrenceState.UNMARKED;
        }
        Optional<Instant> startsAt = Recurrences.startsAt(schedule, day, viewer.zone());
        Instant endsAt = startsAt.map(start -> start.plus(
                schedule.durationMinutes == null ? 30 : schedule.durationMinutes, ChronoUnit.MINUTES)).orElse(null);
        OccurrenceView.Check marked = check == null
                ? null
                : new OccurrenceView.Check(CheckState.of(check.state), ref(check.markedBy, viewer, names),
                        check.markedAt,
                        viewer.counselor() ? null : intimate.open(commitment.coupleId, ADJUSTMENT, check.adjustment));
        OccurrenceView.Acknowledged acknowledged = check == null || check.acknowledgedBy == null
                ? null
                : new OccurrenceView.Acknowledged(ref(check.acknowledgedBy, viewer, names), check.acknowledgedAt);
        return new OccurrenceView(commitment.id, title, category, category.colour(),
                commitment.ownerId == null ? null : ref(commitment.ownerId, viewer, names), day, startsAt.orElse(null),
                endsAt, state, marked, acknowledged);
    }

    private static PartnerRef ref(UUID id, Viewer viewer, Map<UUID, String> names) {
        return new PartnerRef(id, names.get(id), id.equals(viewer.profileId()));
    }

    private Map<UUID, String> names(List<Commitment> commitments) {
        return people.displayNames(commitments.stream().map(c -> c.ownerId).filter(java.util.Objects::nonNull)
                .distinct().toList());
    }

    /** A commitment as a read shows it: with the schedule in force today and its owner's display name. */
    private record Shown(Commitment commitment, CommitmentSchedule inForce, Map<UUID, String> names) {
    }

    /**
     * Commitments matching a JPQL condition on {@code c} (and its ordering), each with the schedule in force on
     * {@code today} and its owner's display name, in one query: a read of a page or of one commitment is then one round
     * trip. The schedule in force is {@link Recurrences#inForce}'s, in SQL: the latest that took effect by today, or
     * the first when none did yet; {@code (commitment_id, effective_from)} is unique, so each commitment yields one
     * row.
     */
    private static List<Shown> shown(String condition, Map<String, Object> params, LocalDate today, int max) {
        var select = Commitment.getEntityManager().createQuery("""
                select c, s, owner.displayName from Commitment c
                join CommitmentSchedule s on s.commitmentId = c.id and s.effectiveFrom = coalesce(
                    (select max(b.effectiveFrom) from CommitmentSchedule b
                     where b.commitmentId = c.id and b.effectiveFrom <= :inForceOn),
                    (select min(f.effectiveFrom) from CommitmentSchedule f where f.commitmentId = c.id))
                left join Profile owner on owner.id = c.ownerId
                where\s""" + condition, Object[].class);
        params.forEach(select::setParameter);
        select.setParameter("inForceOn", today);
        return select.setMaxResults(max).getResultList().stream().map(row -> {
            Commitment commitment = (Commitment) row[0];
            Map<UUID, String> names = new HashMap<>();
            if (commitment.ownerId != null) {
                names.put(commitment.ownerId, (String) row[2]);
            }
            return new Shown(commitment, (CommitmentSchedule) row[1], names);
        }).toList();
    }

    private CommitmentView view(Shown row, Viewer viewer) {
        return view(row.commitment(), row.inForce(), viewer, row.names());
    }

    private CommitmentView view(Commitment commitment, Map<UUID, List<CommitmentSchedule>> schedules, Viewer viewer,
            Map<UUID, String> names) {
        List<CommitmentSchedule> own = schedules.getOrDefault(commitment.id, List.of());
        return view(commitment, Recurrences.inForce(own, viewer.today()).orElseThrow(), viewer, names);
    }

    private CommitmentView view(Commitment commitment, CommitmentSchedule inForce, Viewer viewer,
            Map<UUID, String> names) {
        CommitmentCategory category = CommitmentCategory.of(commitment.category);
        return new CommitmentView(commitment.id, intimate.open(commitment.coupleId, TITLE, commitment.title),
                intimate.open(commitment.coupleId, DETAIL, commitment.detail), category, category.colour(),
                commitment.ownerId == null ? null : ref(commitment.ownerId, viewer, names), commitment.ownerId == null,
                CommitmentStatus.of(commitment.status), recurrence(inForce), commitment.closedOn,
                viewer.counselor() || viewer.ended() ? null : commitment.conversationNoteId, commitment.createdAt,
                commitment.updatedAt);
    }

    private static RecurrenceView recurrence(CommitmentSchedule schedule) {
        RecurrenceKind kind = RecurrenceKind.of(schedule.cadence);
        List<Weekday> weekdays = schedule.weekdays == null ? null : toWeekdays(schedule.weekdays);
        return new RecurrenceView(kind, weekdays, schedule.dayOfMonth == null ? null : (int) schedule.dayOfMonth,
                schedule.localTime, schedule.localTime == null
                        ? null
                        : schedule.durationMinutes == null ? 30 : (int) schedule.durationMinutes,
                schedule.startsOn, schedule.endsOn);
    }

    private static List<Weekday> toWeekdays(short[] weekdays) {
        List<Weekday> days = new ArrayList<>();
        for (short weekday : weekdays) {
            days.add(Weekday.ofIso(weekday));
        }
        return days;
    }

    private static boolean sameCadence(CommitmentSchedule a, CommitmentSchedule b) {
        return a.cadence.equals(b.cadence) && Arrays.equals(a.weekdays, b.weekdays)
                && java.util.Objects.equals(a.dayOfMonth, b.dayOfMonth)
                && java.util.Objects.equals(a.localTime, b.localTime)
                && java.util.Objects.equals(a.durationMinutes, b.durationMinutes) && a.startsOn.equals(b.startsOn)
                && java.util.Objects.equals(a.endsOn, b.endsOn);
    }

    private static Texts texts(String rawTitle, String rawDetail, String pointer, List<FieldError> errors) {
        String title = rawTitle == null ? "" : rawTitle.strip();
        ShortTexts.problem(pointer + "/title", "A title", title, 120).ifPresent(errors::add);
        String detail = rawDetail == null || rawDetail.isBlank() ? null : rawDetail.strip();
        if (detail != null) {
            ShortTexts.paragraphs(pointer + "/detail", "A detail", detail, 500).ifPresent(errors::add);
        }
        return new Texts(title, detail);
    }

    /** Validates a recurrence; {@code previous} gives the defaults when changing one. */
    private static CommitmentSchedule schedule(Recurrence recurrence, CommitmentSchedule previous,
            CoupleAccess.State state, String pointer, List<FieldError> errors) {
        CommitmentSchedule schedule = new CommitmentSchedule();
        schedule.id = UUID.randomUUID();
        if (recurrence == null || recurrence.kind() == null) {
            errors.add(new FieldError(pointer + (recurrence == null ? "" : "/kind"), "required",
                    "A recurrence needs its kind: once, daily, weekdays, weekly or monthly."));
            schedule.cadence = RecurrenceKind.ONCE.json();
            schedule.startsOn = state.today();
            return schedule;
        }
        RecurrenceKind kind = recurrence.kind();
        schedule.cadence = kind.json();
        LocalDate today = state.today();
        LocalDate began = LocalDate.ofInstant(state.couple().createdAt, ZoneId.of(state.couple().timeZone));
        schedule.startsOn = recurrence.startsOn() != null
                ? recurrence.startsOn()
                : previous != null ? previous.startsOn : today;
        if (schedule.startsOn.isBefore(began)) {
            errors.add(new FieldError(pointer + "/startsOn", "before-couple",
                    "A commitment cannot start before the couple began (" + began + ")."));
        } else if (schedule.startsOn.isAfter(today.plusYears(1))) {
            errors.add(new FieldError(pointer + "/startsOn", "too-far",
                    "A commitment starts within a year from today."));
        }
        schedule.endsOn = recurrence.endsOn();
        if (schedule.endsOn != null && schedule.endsOn.isBefore(schedule.startsOn)) {
            errors.add(new FieldError(pointer + "/endsOn", "before-start", "endsOn cannot be before startsOn."));
        }
        if (kind == RecurrenceKind.WEEKDAYS) {
            schedule.weekdays = weekdays(recurrence.weekdays(), pointer + "/weekdays", errors);
        } else if (recurrence.weekdays() != null) {
            errors.add(new FieldError(pointer + "/weekdays", "not-applicable", "weekdays is only for kind weekdays."));
        }
        if (kind == RecurrenceKind.MONTHLY) {
            int day = recurrence.dayOfMonth() != null ? recurrence.dayOfMonth() : schedule.startsOn.getDayOfMonth();
            if (day < 1 || day > 31) {
                errors.add(new FieldError(pointer + "/dayOfMonth", "out-of-range", "dayOfMonth is 1 to 31."));
            }
            schedule.dayOfMonth = (short) Math.max(1, Math.min(31, day));
        } else if (recurrence.dayOfMonth() != null) {
            errors.add(new FieldError(pointer + "/dayOfMonth", "not-applicable",
                    "dayOfMonth is only for kind monthly."));
        }
        schedule.localTime = recurrence.time();
        if (recurrence.durationMinutes() != null) {
            if (recurrence.time() == null) {
                errors.add(new FieldError(pointer + "/durationMinutes", "not-applicable",
                        "durationMinutes goes with a time of day."));
            } else if (recurrence.durationMinutes() < 5 || recurrence.durationMinutes() > 720) {
                errors.add(new FieldError(pointer + "/durationMinutes", "out-of-range",
                        "durationMinutes is 5 to 720."));
            } else {
                schedule.durationMinutes = recurrence.durationMinutes().shortValue();
            }
        }
        if (schedule.localTime != null && schedule.durationMinutes == null) {
            schedule.durationMinutes = 30;
        }
        return schedule;
    }

    private static short[] weekdays(List<String> names, String field, List<FieldError> errors) {
        if (names == null || names.isEmpty()) {
            errors.add(new FieldError(field, "required", "weekdays names at least one day, such as monday."));
            return new short[0];
        }
        java.util.TreeSet<Short> days = new java.util.TreeSet<>();
        for (String name : names) {
            Optional<DayOfWeek> day = Arrays.stream(DayOfWeek.values())
                    .filter(d -> d.name().toLowerCase(Locale.ROOT).equals(name)).findFirst();
            if (day.isEmpty()) {
                errors.add(new FieldError(field, "unknown-day", "Days are monday to sunday, in lower case."));
                return new short[0];
            }
            days.add((short) day.get().getValue());
        }
        short[] result = new short[days.size()];
        int i = 0;
        for (short day : days) {
            result[i++] = day;
        }
        return result;
    }

    private static LocalDate[] range(Viewer viewer, Optional<LocalDate> from, Optional<LocalDate> to) {
        LocalDate start = from.orElse(viewer.today());
        LocalDate end = to.orElse(start.plusDays(27));
        if (end.isBefore(start)) {
            throw Problems.invalidParameter("from", "empty-range", "from must not be after to.");
        }
        if (ChronoUnit.DAYS.between(start, end) + 1 > MAX_RANGE_DAYS) {
            throw Problems.invalidParameter("to", "range-too-long",
                    "A calendar spans at most " + MAX_RANGE_DAYS + " days.");
        }
        return new LocalDate[]{start, end};
    }

    static ProblemException notFound() {
        return Problems.notFound("This couple has no commitment with this id that you can see.");
    }

    private static ProblemException noOccurrence() {
        return Problems.notFound("This commitment has no occurrence on that day.");
    }
}
