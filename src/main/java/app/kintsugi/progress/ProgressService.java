package app.kintsugi.progress;

import java.math.BigDecimal;
import java.sql.Date;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import jakarta.transaction.Transactional;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.narayana.jta.QuarkusTransaction;

import app.kintsugi.counselor.CounselorScope;
import app.kintsugi.counselor.Grants;
import app.kintsugi.couple.Couple;
import app.kintsugi.couple.CoupleAccess;
import app.kintsugi.couple.CoupleProblem;
import app.kintsugi.couple.CoupleStatus;
import app.kintsugi.platform.Timestamps;
import app.kintsugi.platform.paging.PageRequest;
import app.kintsugi.platform.paging.Paging;
import app.kintsugi.platform.problem.Problems;
import app.kintsugi.platform.security.Callers;
import app.kintsugi.profile.People;

/**
 * Progress, computed in PostgreSQL from the rows the features keep (see {@link Acts} for the one rule): a constant
 * number of statements per request whatever the length of the history. Figures of the whole history (runs, heart-day
 * milestones, last activity) and each partner's part in the range read the facts the database keeps in step with every
 * write ({@link ProgressFacts}); the other figures of the range read the sources over the range. So no statement reads
 * more rows for an older couple.
 */
@ApplicationScoped
class ProgressService {

    static final int MAX_RANGE_DAYS = 366;
    /** The detail of {@code couple-ended} as progress says it; the contract documents the same words. */
    static final String ENDED = "Progress is kept while a couple lasts; your own items stay in their own lists.";
    private static final double STEADY = 0.5;

    private final CoupleAccess access;
    private final Grants grants;
    private final People people;
    private final Paging paging;
    private final EntityManager em;
    private final ProgressSnapshots snapshots;
    private final ObjectMapper mapper;
    private final ProgressFacts facts;

    ProgressService(CoupleAccess access, Grants grants, People people, Paging paging, EntityManager em,
            ProgressSnapshots snapshots, ObjectMapper mapper, ProgressFacts facts) {
        this.facts = facts;
        this.snapshots = snapshots;
        this.mapper = mapper;
        this.access = access;
        this.grants = grants;
        this.people = people;
        this.paging = paging;
        this.em = em;
    }

    /** One reader's view of one couple, with the instants and days every query needs. */
    record Scope(UUID coupleId, UUID readerId, boolean counselor, ZoneId zone, LocalDate start, LocalDate today,
            Instant now, Instant cutoff, List<UUID> partners) {
    }

    // ---------------------------------------------------------------------------------------------------------------
    // Summary and details

    /**
     * A summary as JSON, its milestones not yet named, with the reader's profile locale when reading it found that
     * without another statement (else null).
     */
    record Answer(String json, String readerLocale) {
    }

    /**
     * The summary, with the reader's locale when it was read on the way. The default range (the last 28 days) is kept
     * between changes (see {@link ProgressSnapshots}): computed here when none is in force, then kept for the reader; a
     * range asked for is always computed.
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    Answer answer(Callers caller, String coupleId, Optional<LocalDate> from, Optional<LocalDate> to) {
        if (from.isEmpty() && to.isEmpty()) {
            return QuarkusTransaction.joiningExisting().call(() -> summary(caller, coupleId, from, to, facts, true));
        }
        return summary(caller, coupleId, from, to, facts, false);
    }

    /**
     * The summary with its whole-history figures read by {@code reader} (the tests compare readers). The default range
     * is read and kept in one transaction; a range asked for is only read, without a transaction, unless it finds a
     * milestone to record (then that insert has one of its own).
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    String summary(Callers caller, String coupleId, Optional<LocalDate> from, Optional<LocalDate> to,
            HistoryReader reader) {
        if (from.isEmpty() && to.isEmpty()) {
            return QuarkusTransaction.joiningExisting()
                    .call(() -> summary(caller, coupleId, from, to, reader, true).json());
        }
        return summary(caller, coupleId, from, to, reader, false).json();
    }

    private Answer summary(Callers caller, String coupleId, Optional<LocalDate> from, Optional<LocalDate> to,
            HistoryReader reader, boolean keep) {
        Optional<UUID> id = CoupleAccess.parse(coupleId);
        // Before anything the summary reads: a change committed from here on leaves what is kept stale.
        long epoch = keep && id.isPresent() ? snapshots.epoch(id.get()) : 0;
        Resolved resolved = resolve(caller, coupleId);
        Scope scope = resolved.scope();
        UUID viewer = scope.counselor() ? ProgressSnapshots.COUNSELORS : scope.readerId();
        if (keep && scope.counselor()) {
            Optional<String> kept = snapshots.find(scope.coupleId(), viewer, scope.now());
            if (kept.isPresent()) {
                return new Answer(kept.get(), resolved.locale());
            }
        }
        Computed computed = compute(scope, resolved.names(), from, to, reader);
        String json;
        try {
            json = mapper.writeValueAsString(computed.summary());
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A progress summary could not be written", e);
        }
        if (keep) {
            Instant midnight = scope.today().plusDays(1).atStartOfDay(scope.zone()).toInstant();
            Instant until = computed.nextReveal() != null && computed.nextReveal().isBefore(midnight)
                    ? computed.nextReveal()
                    : midnight;
            snapshots.keep(scope.coupleId(), viewer, epoch, scope.now(), until, json);
        }
        return new Answer(json, resolved.locale());
    }

    /** A summary and the next moment a journal entry of the couple is revealed, which changes it. */
    private record Computed(ProgressViews.Summary summary, Instant nextReveal) {
    }

    /**
     * The figures a summary takes from the couple's whole history (not only its range): hearts in the windows, the
     * runs, the days of the heart-day milestones and the last activity.
     */
    record History(long longestRun, long currentRun, long last7Days, long last28Days, long inRange,
            LocalDate firstHeart, LocalDate firstSeventh, LocalDate thirtieth, LocalDate hundredth,
            LocalDate lastActivity) {
    }

    /**
     * Where {@link History} comes from: {@link ProgressFacts} here; the tests compare it with the computation from the
     * sources that came before it.
     */
    interface HistoryReader {
        History read(Scope scope, LocalDate[] range);

        /** By partner: the days of the range they showed up, the days with a session, the days with a journal entry. */
        Map<UUID, long[]> taking(Scope scope, LocalDate[] range);
    }

    private Computed compute(Scope scope, Map<UUID, String> known, Optional<LocalDate> from, Optional<LocalDate> to,
            HistoryReader reader) {
        LocalDate[] range = range(scope, from, to);
        Map<UUID, String> names = known != null ? known : people.displayNames(scope.partners());

        History history = reader.read(scope, range);
        ProgressViews.Hearts hearts = new ProgressViews.Hearts(history.last7Days(), history.last28Days(),
                history.inRange(), history.currentRun(), history.longestRun());

        Map<UUID, long[]> taking = reader.taking(scope, range);
        Map<UUID, ProgressViews.CommitmentTally> tallies = new HashMap<>();
        commitmentRows(scope, range, false).forEach(cells -> tallies.put((UUID) cells[0], tally(cells, 1)));
        List<ProgressViews.Participation> partners = scope.partners().stream().map(id -> {
            long[] figures = taking.getOrDefault(id, new long[3]);
            return new ProgressViews.Participation(id, names.get(id), id.equals(scope.readerId()), figures[0],
                    figures[1], figures[2], tallies.getOrDefault(id, tally(new Object[]{null, 0L, 0L, 0L, 0L, 0L}, 1)));
        }).toList();

        Object[] misc = (Object[]) query("",
                """
                        select (select count(*) from practice_run r
                                where r.couple_id = :couple
                                  and (r.status = 'completed' or (r.status = 'active' and r.starts_on + r.days - 1 < cast(:today as date)))
                                  and coalesce(cast(r.ended_at at time zone :tz as date), r.starts_on + r.days - 1)
                                      between cast(:rangeFrom as date) and cast(:rangeTo as date)),
                               (select count(*) from (select week_starts_on from journal_week_read
                                                      where couple_id = :couple
                                                        and week_starts_on between cast(:rangeFrom as date) and cast(:rangeTo as date)
                                                      group by week_starts_on having count(*) >= 2) w),
                               (select count(*) from journal_entry e
                                where e.couple_id = :couple and e.kind = 'setback'
                                  and e.written_on between cast(:rangeFrom as date) and cast(:rangeTo as date) and """
                        + entrySight(scope) + "),\n"
                        + """
                                case when not exists (select 1 from couple_milestone m where m.couple_id = :couple
                                                      and m.key = 'first-week-read-together') then
                                (select min(d) from (select cast(max(read_at) at time zone :tz as date) as d
                                                     from journal_week_read where couple_id = :couple
                                                     group by week_starts_on having count(*) >= 2) x) end,
                                case when not exists (select 1 from couple_milestone m where m.couple_id = :couple
                                                      and m.key = 'first-seven-day-run') then
                                (select min(coalesce(cast(r.ended_at at time zone :tz as date), r.starts_on + r.days - 1))
                                 from practice_run r
                                 where r.couple_id = :couple and r.days = 7
                                   and (r.status = 'completed' or (r.status = 'active' and r.starts_on + 6 < cast(:today as date)))) end,
                                case when not exists (select 1 from couple_milestone m where m.couple_id = :couple
                                                      and m.key = 'first-agreement-reaccepted') then
                                (select min(cast(v.in_force_from at time zone :tz as date))
                                 from agreement_version v join agreement a on a.id = v.agreement_id
                                 where a.couple_id = :couple and v.number >= 2 and v.in_force_from is not null) end,
                                (select min(e.visible_from) from journal_entry e
                                 where e.couple_id = :couple and e.visible_from > :now),
                                (select string_agg(m.key || ' ' || cast(m.reached_on as text), ',' order by m.reached_on, m.key)
                                 from couple_milestone m where m.couple_id = :couple)""",
                sightParams(scope)).setParameter("rangeFrom", range[0]).setParameter("rangeTo", range[1])
                .setParameter("today", scope.today()).setParameter("tz", scope.zone().getId()).getSingleResult();

        Map<MilestoneKey, LocalDate> reached = new LinkedHashMap<>();
        reached.put(MilestoneKey.FIRST_HEART_DAY, history.firstHeart());
        reached.put(MilestoneKey.SEVEN_HEARTS_IN_A_ROW, history.firstSeventh());
        reached.put(MilestoneKey.THIRTY_HEART_DAYS, history.thirtieth());
        reached.put(MilestoneKey.HUNDRED_HEART_DAYS, history.hundredth());
        reached.put(MilestoneKey.FIRST_WEEK_READ_TOGETHER, day(misc[3]));
        reached.put(MilestoneKey.FIRST_SEVEN_DAY_RUN, day(misc[4]));
        reached.put(MilestoneKey.FIRST_AGREEMENT_REACCEPTED, day(misc[5]));
        List<ProgressViews.Milestone> milestones = record(scope, reached, recorded((String) misc[7]));

        return new Computed(new ProgressViews.Summary(range[0], range[1], scope.today(), scope.zone().getId(), hearts,
                partners, count(misc[0]), count(misc[1]), count(misc[2]), history.lastActivity(), trends(scope, names),
                milestones), Timestamps.instant(misc[6]));
    }

    @Transactional
    ProgressViews.Day.Range days(Callers caller, String coupleId, Optional<LocalDate> from, Optional<LocalDate> to) {
        Scope scope = scope(caller, coupleId);
        LocalDate[] range = range(scope, from, to);
        Map<String, Object> params = acts(scope, range[0], range[1]);
        params.put("start", range[0]);
        params.put("today", range[1]);
        List<ProgressViews.Day> items = new ArrayList<>();
        for (Object row : query(Acts.CTES + ",\n" + Acts.RUNS.substring(0, Acts.RUNS.indexOf("marked as")).strip()
                .replaceAll(",$", ""), """
                        select cast(g as date),
                               (select string_agg(cast(s.profile_id as text), ',' order by s.profile_id)
                                from showed s where s.day = cast(g as date)),
                               p.day is not null
                        from generate_series(cast(:start as date), cast(:today as date), interval '1 day') g
                        left join paused_days p on p.day = cast(g as date)
                        order by 1""", params).getResultList()) {
            Object[] cells = (Object[]) row;
            List<UUID> showed = cells[1] == null
                    ? List.of()
                    : Arrays.stream(((String) cells[1]).split(",")).map(UUID::fromString).toList();
            items.add(new ProgressViews.Day(day(cells[0]), showed.size() == 2, showed, (Boolean) cells[2]));
        }
        return new ProgressViews.Day.Range(range[0], range[1], items);
    }

    @Transactional
    ProgressViews.CommitmentWeek.Range commitmentWeeks(Callers caller, String coupleId, Optional<LocalDate> from,
            Optional<LocalDate> to) {
        Scope scope = scope(caller, coupleId);
        LocalDate[] range = range(scope, from, to);
        Map<UUID, String> names = people.displayNames(scope.partners());
        List<ProgressViews.CommitmentWeek> items = commitmentRows(scope, range, true).stream()
                .map(cells -> new ProgressViews.CommitmentWeek(day(cells[1]), (UUID) cells[0],
                        names.get((UUID) cells[0]), cells[0].equals(scope.readerId()), tally(cells, 2)))
                .toList();
        return new ProgressViews.CommitmentWeek.Range(range[0], range[1], items);
    }

    @Transactional
    ProgressViews.PulseWeek.Range pulseWeeks(Callers caller, String coupleId, Optional<LocalDate> from,
            Optional<LocalDate> to) {
        Scope scope = scope(caller, coupleId);
        LocalDate[] range = range(scope, from, to);
        Map<UUID, String> names = people.displayNames(scope.partners());
        List<ProgressViews.PulseWeek> items = new ArrayList<>();
        for (Object row : query("", """
                select p.profile_id, cast(date_trunc('week', p.day) as date), avg(p.safe), avg(p.trusting),
                       avg(p.close), count(*)
                from pulse_check p
                where p.couple_id = :couple and p.day between cast(:rangeFrom as date) and cast(:rangeTo as date)
                  and """ + pulseSight(scope) + """

                group by 1, 2 order by 2, 1""", sightParams(scope)).setParameter("rangeFrom", range[0])
                .setParameter("rangeTo", range[1]).getResultList()) {
            Object[] cells = (Object[]) row;
            UUID partner = (UUID) cells[0];
            items.add(new ProgressViews.PulseWeek(day(cells[1]), partner, names.get(partner),
                    partner.equals(scope.readerId()), new ProgressViews.Ratings(average(cells[2]), average(cells[3]),
                            average(cells[4]), count(cells[5]))));
        }
        return new ProgressViews.PulseWeek.Range(range[0], range[1], items);
    }

    @Transactional
    ProgressViews.Setback.Range setbacks(Callers caller, String coupleId, Optional<LocalDate> from,
            Optional<LocalDate> to) {
        Scope scope = scope(caller, coupleId);
        LocalDate[] range = range(scope, from, to);
        Map<String, Object> params = history(scope);
        params.putAll(sightParams(scope));
        List<ProgressViews.Setback> items = new ArrayList<>();
        for (Object row : query(Acts.CTES, """
                select e.id, e.author_id, e.written_on,
                       (select min(h.day) from hearts h where h.day > e.written_on) - e.written_on
                from journal_entry e
                where e.couple_id = :couple and e.kind = 'setback'
                  and e.written_on between cast(:rangeFrom as date) and cast(:rangeTo as date) and """
                + entrySight(scope) + """

                        order by e.written_on, e.created_at, e.id""", params).setParameter("rangeFrom", range[0])
                .setParameter("rangeTo", range[1]).getResultList()) {
            Object[] cells = (Object[]) row;
            items.add(new ProgressViews.Setback((UUID) cells[0], (UUID) cells[1], day(cells[2]),
                    cells[3] == null ? null : ((Number) cells[3]).intValue()));
        }
        return new ProgressViews.Setback.Range(range[0], range[1], items);
    }

    /** Every milestone of the couple, named in {@code language}. */
    @Transactional
    ProgressViews.Milestone.List milestones(Callers caller, String coupleId, String language) {
        Scope scope = scope(caller, coupleId);
        return new ProgressViews.Milestone.List(
                recorded(scope.coupleId()).stream().map(milestone -> milestone.titled(language)).toList(), null);
    }

    // ---------------------------------------------------------------------------------------------------------------
    // The counselor's overview

    @Transactional
    ProgressViews.Overview.Page overview(Callers caller, String limit, String cursor) {
        UUID counselorId = people.idOf(caller);
        PageRequest request = paging.request("counselor-progress", limit, cursor);
        List<Grants.ActiveGrant> page = grants.activeOf(counselorId, request);
        boolean more = page.size() > request.limit();
        List<Grants.ActiveGrant> shown = more ? page.subList(0, request.limit()) : page;
        List<UUID> couples = shown.stream().filter(grant -> grant.scopes().contains(CounselorScope.PROGRESS))
                .map(Grants.ActiveGrant::coupleId).toList();
        List<ProgressViews.Overview> items = new ArrayList<>();
        if (!couples.isEmpty()) {
            shown.stream().filter(grant -> couples.contains(grant.coupleId()))
                    .forEach(grant -> grants.recordAccess(grant, counselorId, CounselorScope.PROGRESS.json()));
            Instant now = Timestamps.now();
            Map<String, Object> params = new HashMap<>();
            params.put("couples", couples);
            params.put("from", LocalDate.of(2000, 1, 1));
            params.put("to", LocalDate.ofInstant(now, java.time.ZoneOffset.UTC).plusDays(1));
            params.put("fromAt", Instant.parse("2000-01-01T00:00:00Z"));
            params.put("toAt", now.plus(2, ChronoUnit.DAYS));
            params.put("now", now);
            params.put("soon", now.plusSeconds(1));
            Map<UUID, Object[]> rows = new HashMap<>();
            for (Object row : query(Acts.CTES + """
                    ,
                    shared as (
                        select p.couple_id, p.profile_id, p.day, p.safe, p.trusting, p.close,
                               cast(cast(:now as timestamptz) at time zone s.tz as date) as today,
                               lag(p.safe) over (partition by p.profile_id order by p.day) as previous_safe,
                               row_number() over (partition by p.profile_id order by p.day desc) as recent
                        from pulse_check p join scope s on s.couple_id = p.couple_id
                        where p.counselor_since is not null and p.counselor_since < s.cutoff
                    )""",
                    """
                            select s.couple_id, c.name,
                                   (select max(sh.day) from showed sh where sh.couple_id = s.couple_id),
                                   (select count(*) from hearts h where h.couple_id = s.couple_id
                                      and h.day between cast(cast(:now as timestamptz) at time zone s.tz as date) - 27
                                                    and cast(cast(:now as timestamptz) at time zone s.tz as date)),
                                   (select avg(x.safe) - (select avg(y.safe) from shared y where y.couple_id = s.couple_id
                                                          and y.day between y.today - 34 and y.today - 7)
                                    from shared x where x.couple_id = s.couple_id and x.day between x.today - 6 and x.today),
                                   (select avg(x.trusting) - (select avg(y.trusting) from shared y where y.couple_id = s.couple_id
                                                              and y.day between y.today - 34 and y.today - 7)
                                    from shared x where x.couple_id = s.couple_id and x.day between x.today - 6 and x.today),
                                   (select avg(x.close) - (select avg(y.close) from shared y where y.couple_id = s.couple_id
                                                           and y.day between y.today - 34 and y.today - 7)
                                    from shared x where x.couple_id = s.couple_id and x.day between x.today - 6 and x.today),
                                   exists (select 1 from shared x where x.couple_id = s.couple_id and x.recent = 1
                                           and x.previous_safe - x.safe >= 3),
                                   cast(cast(:now as timestamptz) at time zone s.tz as date)
                            from scope s join couple c on c.id = s.couple_id""",
                    params).getResultList()) {
                Object[] cells = (Object[]) row;
                rows.put((UUID) cells[0], cells);
            }
            for (UUID coupleId : couples) {
                Object[] cells = rows.get(coupleId);
                LocalDate last = day(cells[2]);
                LocalDate today = day(cells[8]);
                List<AttentionFlag> attention = new ArrayList<>();
                if (last == null || last.isBefore(today.minusDays(13))) {
                    attention.add(AttentionFlag.NO_ACTIVITY_14_DAYS);
                }
                if (Boolean.TRUE.equals(cells[7])) {
                    attention.add(AttentionFlag.SAFETY_DROP);
                }
                ProgressViews.Directions directions = cells[4] == null && cells[5] == null && cells[6] == null
                        ? null
                        : new ProgressViews.Directions(direction(cells[4]), direction(cells[5]), direction(cells[6]));
                items.add(new ProgressViews.Overview(coupleId, (String) cells[1], last, count(cells[3]), directions,
                        attention));
            }
        }
        String next = more
                ? paging.page("counselor-progress", request, page,
                        grant -> app.kintsugi.platform.paging.Keyset.key(grant.createdAt(), grant.grantId()))
                        .nextCursor()
                : null;
        return new ProgressViews.Overview.Page(items, next);
    }

    // ---------------------------------------------------------------------------------------------------------------

    /**
     * A reader's scope, with the partners' names and the reader's profile locale when the way in already read them
     * (else null).
     */
    private record Resolved(Scope scope, Map<UUID, String> names, String locale) {
    }

    /**
     * A partner's scope from one statement ({@link CoupleAccess#partnerRead}: the caller, the couple, its partners and
     * their names); anyone else goes the full way of {@link #scope}, which answers every other case.
     */
    private Resolved resolve(Callers caller, String coupleId) {
        if (caller.roles().contains(app.kintsugi.platform.security.Roles.USER)) {
            Optional<CoupleAccess.PartnerRead> read = access.partnerRead(caller, coupleId);
            if (read.isPresent()) {
                Couple couple = read.get().couple();
                List<app.kintsugi.couple.Partner> members = read.get().partners();
                CoupleStatus status = couple.endedAt != null
                        ? CoupleStatus.ENDED
                        : members.stream().anyMatch(p -> p.pausedAt != null)
                                ? CoupleStatus.PAUSED
                                : members.size() < 2 ? CoupleStatus.FORMING : CoupleStatus.ACTIVE;
                Scope scope = scope(couple, read.get().profileId(), false,
                        new CoupleAccess.State(couple, members, status));
                // Read outside a transaction: leave nothing in the session a later read there would find stale.
                em.detach(couple);
                members.forEach(em::detach);
                return new Resolved(scope, read.get().names(), read.get().locale());
            }
        }
        return new Resolved(scope(caller, coupleId), null, null);
    }

    private Scope scope(Callers caller, String coupleId) {
        CoupleAccess.Reader reader = access.reader(caller, coupleId, Optional.of(CounselorScope.PROGRESS),
                CounselorScope.PROGRESS.json());
        CoupleAccess.State state = access.state(reader.coupleId());
        Scope scope = scope(state.couple(), reader.profileId(), reader.isCounselor(), state);
        if (!QuarkusTransaction.isActive()) {
            em.detach(state.couple());
            state.partners().forEach(em::detach);
        }
        return scope;
    }

    private static Scope scope(Couple couple, UUID readerId, boolean counselor, CoupleAccess.State state) {
        if (state.status() == CoupleStatus.ENDED) {
            throw CoupleProblem.COUPLE_ENDED.exception(ENDED);
        }
        ZoneId zone = ZoneId.of(couple.timeZone);
        return new Scope(couple.id, readerId, counselor, zone,
                LocalDate.ofInstant(couple.createdAt, zone), state.today(), Timestamps.now(), state.shareCutoff(),
                state.partners().stream().map(partner -> partner.profileId).sorted().toList());
    }

    private static LocalDate[] range(Scope scope, Optional<LocalDate> from, Optional<LocalDate> to) {
        LocalDate end = to.orElse(scope.today());
        LocalDate start = from.orElse(end.minusDays(27));
        if (end.isBefore(start)) {
            throw Problems.invalidParameter("from", "empty-range", "from must not be after to.");
        }
        if (ChronoUnit.DAYS.between(start, end) + 1 > MAX_RANGE_DAYS) {
            throw Problems.invalidParameter("to", "range-too-long",
                    "A range spans at most " + MAX_RANGE_DAYS + " days.");
        }
        return new LocalDate[]{start, end};
    }

    /** Parameters of {@link Acts} over one couple's days from {@code from} to {@code to}. */
    static Map<String, Object> acts(Scope scope, LocalDate from, LocalDate to) {
        Map<String, Object> params = new HashMap<>();
        params.put("couples", List.of(scope.coupleId()));
        params.put("from", from);
        params.put("to", to);
        params.put("fromAt", from.minusDays(1).atStartOfDay(java.time.ZoneOffset.UTC).toInstant());
        params.put("toAt", to.plusDays(2).atStartOfDay(java.time.ZoneOffset.UTC).toInstant());
        params.put("now", scope.now());
        params.put("soon", scope.cutoff());
        return params;
    }

    /** {@link Acts} and {@link Acts#RUNS} over the couple's whole history up to today. */
    private static Map<String, Object> history(Scope scope) {
        Map<String, Object> params = acts(scope, scope.start(), scope.today());
        params.put("start", scope.start());
        params.put("today", scope.today());
        return params;
    }

    /** Who may read a journal entry aliased {@code e}: as {@code app.kintsugi.journal.Sight} decides. */
    private static String entrySight(Scope scope) {
        String shared = "(e.visible_from <= :now and e.visible_from < :cutoff)";
        return scope.counselor()
                ? "(" + shared + " and e.counselor_since < :cutoff)"
                : "(e.author_id = :me or " + shared + ")";
    }

    private static String pulseSight(Scope scope) {
        return scope.counselor()
                ? " (p.counselor_since < :cutoff)"
                : " (p.profile_id = :me or p.partner_since < :cutoff)";
    }

    private static Map<String, Object> sightParams(Scope scope) {
        Map<String, Object> params = new HashMap<>();
        params.put("couple", scope.coupleId());
        params.put("now", scope.now());
        params.put("cutoff", scope.cutoff());
        if (!scope.counselor()) {
            params.put("me", scope.readerId());
        }
        return params;
    }

    /** Rows of {@code (profile_id, [week,] due, kept, partlyKept, missed, unmarked)} of the range, up to today. */
    private List<Object[]> commitmentRows(Scope scope, LocalDate[] range, boolean byWeek) {
        String week = byWeek ? ", cast(date_trunc('week', day) as date)" : "";
        String sql = """
                with members as (select profile_id from partner where couple_id = :couple),
                sched as (
                    select s.commitment_id as cid, c.owner_id, s.cadence, s.weekdays, s.day_of_month, s.starts_on,
                           s.effective_from,
                           least(s.ends_on, c.closed_on,
                                 (lead(s.effective_from) over (partition by s.commitment_id
                                                               order by s.effective_from)) - 1) as last_day
                    from commitment c join commitment_schedule s on s.commitment_id = c.id
                    where c.couple_id = :couple
                ),
                occ as (
                    select sc.cid, sc.owner_id, cast(g as date) as day
                    from sched sc,
                    generate_series(greatest(cast(:rangeFrom as date), sc.starts_on, sc.effective_from),
                                    least(cast(:rangeTo as date), cast(:today as date), sc.last_day), interval '1 day') g
                    where case sc.cadence
                        when 'once' then cast(g as date) = sc.starts_on
                        when 'daily' then true
                        when 'weekly' then extract(isodow from g) = extract(isodow from sc.starts_on)
                        when 'weekdays' then cast(extract(isodow from g) as smallint) = any(sc.weekdays)
                        when 'monthly' then extract(day from g) = least(sc.day_of_month,
                            extract(day from date_trunc('month', g) + interval '1 month' - interval '1 day'))
                        else false end
                    union
                    select k.commitment_id, c.owner_id, k.occurs_on
                    from commitment_check k join commitment c on c.id = k.commitment_id
                    where c.couple_id = :couple
                      and k.occurs_on between cast(:rangeFrom as date) and least(cast(:rangeTo as date), cast(:today as date))
                ),
                due as (
                    select coalesce(o.owner_id, m.profile_id) as profile_id, o.day, k.state
                    from occ o
                    left join members m on o.owner_id is null
                    left join commitment_check k on k.commitment_id = o.cid and k.occurs_on = o.day
                    where o.day < cast(:today as date) or k.state is not null
                )
                select profile_id%s, count(*), count(*) filter (where state = 'kept'),
                       count(*) filter (where state = 'partlyKept'), count(*) filter (where state = 'missed'),
                       count(*) filter (where state is null)
                from due group by 1%s order by %s"""
                .formatted(week, byWeek ? ", 2" : "", byWeek ? "2, 1" : "1");
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery(sql).setParameter("couple", scope.coupleId())
                .setParameter("rangeFrom", range[0]).setParameter("rangeTo", range[1])
                .setParameter("today", scope.today()).getResultList();
        return rows;
    }

    private List<ProgressViews.PulseTrend> trends(Scope scope, Map<UUID, String> names) {
        Map<String, Object> params = sightParams(scope);
        params.put("today", scope.today());
        List<ProgressViews.PulseTrend> trends = new ArrayList<>();
        for (Object row : query("", """
                select p.profile_id,
                       avg(p.safe) filter (where p.day > cast(:today as date) - 7),
                       avg(p.trusting) filter (where p.day > cast(:today as date) - 7),
                       avg(p.close) filter (where p.day > cast(:today as date) - 7),
                       count(*) filter (where p.day > cast(:today as date) - 7),
                       avg(p.safe) filter (where p.day <= cast(:today as date) - 7),
                       avg(p.trusting) filter (where p.day <= cast(:today as date) - 7),
                       avg(p.close) filter (where p.day <= cast(:today as date) - 7),
                       count(*) filter (where p.day <= cast(:today as date) - 7)
                from pulse_check p
                where p.couple_id = :couple and p.day between cast(:today as date) - 34 and cast(:today as date)
                  and """ + pulseSight(scope) + """

                group by p.profile_id order by p.profile_id""", params).getResultList()) {
            Object[] cells = (Object[]) row;
            UUID partner = (UUID) cells[0];
            ProgressViews.Ratings recent = count(cells[4]) == 0
                    ? null
                    : new ProgressViews.Ratings(average(cells[1]), average(cells[2]), average(cells[3]),
                            count(cells[4]));
            ProgressViews.Ratings before = count(cells[8]) == 0
                    ? null
                    : new ProgressViews.Ratings(average(cells[5]), average(cells[6]), average(cells[7]),
                            count(cells[8]));
            ProgressViews.Directions direction = recent == null || before == null
                    ? null
                    : new ProgressViews.Directions(direction(recent.safe() - before.safe()),
                            direction(recent.trusting() - before.trusting()),
                            direction(recent.close() - before.close()));
            trends.add(new ProgressViews.PulseTrend(partner, names.get(partner), partner.equals(scope.readerId()),
                    recent, before, direction));
        }
        return trends;
    }

    /** Records milestones reached for the first time, then answers every milestone of the couple. */
    private List<ProgressViews.Milestone> record(Scope scope, Map<MilestoneKey, LocalDate> reached,
            List<ProgressViews.Milestone> known) {
        java.util.Set<MilestoneKey> recorded = new java.util.HashSet<>();
        known.forEach(milestone -> recorded.add(milestone.key()));
        List<Map.Entry<MilestoneKey, LocalDate>> fresh = reached.entrySet().stream()
                .filter(e -> e.getValue() != null && !recorded.contains(e.getKey())).toList();
        if (fresh.isEmpty()) {
            return known;
        }
        return QuarkusTransaction.joiningExisting().call(() -> {
            StringBuilder sql = new StringBuilder(
                    "insert into couple_milestone (couple_id, key, reached_on, recorded_at) values ");
            for (int i = 0; i < fresh.size(); i++) {
                sql.append(i == 0 ? "" : ", ").append("(:couple, :key").append(i).append(", :day").append(i)
                        .append(", :now)");
            }
            sql.append(" on conflict do nothing");
            Query insert = em.createNativeQuery(sql.toString()).setParameter("couple", scope.coupleId())
                    .setParameter("now", scope.now());
            for (int i = 0; i < fresh.size(); i++) {
                insert.setParameter("key" + i, fresh.get(i).getKey().json()).setParameter("day" + i,
                        fresh.get(i).getValue());
            }
            insert.executeUpdate();
            return recorded(scope.coupleId());
        });
    }

    /** The milestones recorded, from their {@code key day} pairs joined by commas. */
    private static List<ProgressViews.Milestone> recorded(String joined) {
        List<ProgressViews.Milestone> milestones = new ArrayList<>();
        if (joined != null) {
            for (String pair : joined.split(",")) {
                int space = pair.indexOf(' ');
                milestones.add(new ProgressViews.Milestone(MilestoneKey.of(pair.substring(0, space)),
                        LocalDate.parse(pair.substring(space + 1))));
            }
        }
        return milestones;
    }

    private List<ProgressViews.Milestone> recorded(UUID coupleId) {
        List<ProgressViews.Milestone> milestones = new ArrayList<>();
        for (Object row : em.createNativeQuery("""
                select key, reached_on from couple_milestone where couple_id = :couple order by reached_on, key""")
                .setParameter("couple", coupleId).getResultList()) {
            Object[] cells = (Object[]) row;
            milestones.add(new ProgressViews.Milestone(MilestoneKey.of((String) cells[0]), day(cells[1])));
        }
        return milestones;
    }

    private Query query(String ctes, String select, Map<String, Object> params) {
        String sql = ctes.isEmpty() ? select : "with " + ctes + "\n" + select;
        Query query = em.createNativeQuery(sql);
        params.forEach((name, value) -> {
            if (java.util.regex.Pattern.compile(":" + name + "\\b").matcher(sql).find()) {
                query.setParameter(name, value);
            }
        });
        return query;
    }

    private static ProgressViews.CommitmentTally tally(Object[] cells, int first) {
        long due = count(cells[first]);
        long kept = count(cells[first + 1]);
        return new ProgressViews.CommitmentTally(due, kept, count(cells[first + 2]), count(cells[first + 3]),
                count(cells[first + 4]), due == 0 ? null : Math.round(1000.0 * kept / due) / 1000.0);
    }

    private static PulseDirection direction(Object difference) {
        return difference == null ? PulseDirection.STEADY : direction(((Number) difference).doubleValue());
    }

    private static PulseDirection direction(double difference) {
        return difference >= STEADY
                ? PulseDirection.HIGHER
                : difference <= -STEADY ? PulseDirection.LOWER : PulseDirection.STEADY;
    }

    private static long count(Object value) {
        return value == null ? 0 : ((Number) value).longValue();
    }

    private static double average(Object value) {
        if (value == null) {
            return 0;
        }
        BigDecimal decimal = value instanceof BigDecimal big ? big : BigDecimal.valueOf(((Number) value).doubleValue());
        return decimal.setScale(2, java.math.RoundingMode.HALF_UP).doubleValue();
    }

    static LocalDate day(Object value) {
        if (value == null) {
            return null;
        }
        if (value instanceof LocalDate local) {
            return local;
        }
        return ((Date) value).toLocalDate();
    }
}
