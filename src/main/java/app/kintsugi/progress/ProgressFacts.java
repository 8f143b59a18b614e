package app.kintsugi.progress;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

/**
 * The whole-history figures of a summary, read from the facts the database keeps in step with every write (tables
 * {@code progress_showed} and {@code progress_heart}, migration V17) in one statement that reads a bounded number of
 * rows whatever the couple's age.
 *
 * <p>
 * A heart day's row carries its run state as of that day, computed as if every journal entry written so far were
 * revealed. That state holds for the reader up to the first day that is not a heart day yet (a journal entry still to
 * be revealed, or shared during the current pause), so the reader starts from the last heart day before it (at most
 * today) and walks the days after it here: usually none or one. The first, thirtieth and hundredth heart days come from
 * the first hundred rows, read only while the milestone they date is not recorded yet (null once it is: the summary
 * answers the recorded day); the windows' counts come from the windows' rows.
 */
@ApplicationScoped
class ProgressFacts implements ProgressService.HistoryReader {

    private final EntityManager em;

    ProgressFacts(EntityManager em) {
        this.em = em;
    }

    @Override
    public ProgressService.History read(ProgressService.Scope scope, LocalDate[] range) {
        Object[] cells = (Object[]) em.createNativeQuery(
                """
                                with s as (
                            select c.time_zone as tz,
                                   coalesce((select sp.started_at from couple_pause_span sp
                                             where sp.couple_id = c.id and sp.ended_at is null),
                                            cast(:soon as timestamptz)) as cutoff
                            from couple c where c.id = :couple
                        ),
                        anchor as (
                            select h.day, h.run_length, h.longest, h.seventh from progress_heart h
                            where h.couple_id = :couple and h.day <= cast(:today as date)
                              and h.day < coalesce((select min(w.day) from (
                                                       select w.day from progress_heart w
                                                       where w.couple_id = :couple and w.heart_from > '-infinity'
                                                         and w.heart_from >= least(cast(:now as timestamptz) + interval '1 microsecond',
                                                                                   (select cutoff from s))
                                                       offset 0) w),
                                                   cast('infinity' as date))
                            order by h.day desc limit 1
                        ),
                        hearts as not materialized (
                            select h.day from progress_heart h
                            where h.couple_id = :couple and h.day between cast(:start as date) and cast(:today as date)
                              and h.heart_from <= cast(:now as timestamptz) and h.heart_from < (select cutoff from s)
                        ),
                        walk as (
                            select coalesce((select day + 1 from anchor), cast(:start as date)) as first
                        )
                        select (select day from anchor), (select run_length from anchor), (select longest from anchor),
                               (select seventh from anchor),
                               (select string_agg(cast(h.day as text), ',') from hearts h
                                where h.day >= (select first from walk)),
                               (select string_agg(distinct cast(cast(g as date) as text), ',')
                                from couple_pause_span sp, s,
                                generate_series(greatest(cast(sp.started_at at time zone s.tz as date), (select first from walk)),
                                                least(cast(coalesce(sp.ended_at, cast(:now as timestamptz)) at time zone s.tz as date),
                                                      cast(:today as date)),
                                                interval '1 day') g
                                where sp.couple_id = :couple),
                               case when not exists (select 1 from couple_milestone m where m.couple_id = :couple
                                                     and m.key = 'first-heart-day') then
                               (select day from hearts order by day limit 1) end,
                               case when not exists (select 1 from couple_milestone m where m.couple_id = :couple
                                                     and m.key = 'thirty-heart-days') then
                               (select day from hearts order by day offset 29 limit 1) end,
                               case when not exists (select 1 from couple_milestone m where m.couple_id = :couple
                                                     and m.key = 'hundred-heart-days') then
                               (select day from hearts order by day offset 99 limit 1) end,
                               (select count(*) from hearts where day between cast(:today as date) - 6 and cast(:today as date)),
                               (select count(*) from hearts where day between cast(:today as date) - 27 and cast(:today as date)),
                               (select count(*) from hearts where day between cast(:rangeFrom as date) and cast(:rangeTo as date)),
                               (select p.day from progress_showed p
                                where p.couple_id = :couple and p.day between cast(:start as date) and cast(:today as date)
                                  and (p.acts > 0 or (p.first_visible <= cast(:now as timestamptz)
                                                      and p.first_visible < (select cutoff from s)))
                                order by p.day desc limit 1)""")
                .setParameter("couple", scope.coupleId()).setParameter("soon", scope.cutoff())
                .setParameter("now", scope.now()).setParameter("today", scope.today())
                .setParameter("start", scope.start()).setParameter("rangeFrom", range[0])
                .setParameter("rangeTo", range[1]).getSingleResult();

        LocalDate anchor = ProgressService.day(cells[0]);
        long run = count(cells[1]);
        long longest = count(cells[2]);
        LocalDate seventh = ProgressService.day(cells[3]);
        Set<LocalDate> hearts = days(cells[4]);
        Set<LocalDate> paused = days(cells[5]);
        // The days after the anchor, as progress/Acts#RUNS counts them: a heart day extends the run; a day without one
        // breaks it unless it was paused or is today, which is not over.
        for (LocalDate day = anchor == null ? scope.start() : anchor.plusDays(1); !day.isAfter(scope.today()); day = day
                .plusDays(1)) {
            if (hearts.contains(day)) {
                run++;
                longest = Math.max(longest, run);
                if (run == 7 && seventh == null) {
                    seventh = day;
                }
            } else if (!paused.contains(day) && day.isBefore(scope.today())) {
                run = 0;
            }
        }
        return new ProgressService.History(longest, run, count(cells[9]), count(cells[10]), count(cells[11]),
                ProgressService.day(cells[6]), seventh, ProgressService.day(cells[7]),
                ProgressService.day(cells[8]), ProgressService.day(cells[12]));
    }

    @Override
    public Map<UUID, long[]> taking(ProgressService.Scope scope, LocalDate[] range) {
        Map<UUID, long[]> taking = new HashMap<>();
        for (Object row : em.createNativeQuery("""
                with s as (
                    select coalesce((select sp.started_at from couple_pause_span sp
                                     where sp.couple_id = :couple and sp.ended_at is null),
                                    cast(:soon as timestamptz)) as cutoff
                ),
                days as (
                    select p.profile_id, p.sessions,
                           p.first_visible <= cast(:now as timestamptz) and p.first_visible < (select cutoff from s)
                               as journal,
                           p.acts
                    from progress_showed p
                    where p.couple_id = :couple and p.day between cast(:rangeFrom as date) and cast(:rangeTo as date)
                )
                select profile_id, count(*) filter (where acts > 0 or journal), count(*) filter (where sessions > 0),
                       count(*) filter (where journal)
                from days group by profile_id""").setParameter("couple", scope.coupleId())
                .setParameter("soon", scope.cutoff()).setParameter("now", scope.now())
                .setParameter("rangeFrom", range[0]).setParameter("rangeTo", range[1]).getResultList()) {
            Object[] cells = (Object[]) row;
            taking.put((UUID) cells[0], new long[]{count(cells[1]), count(cells[2]), count(cells[3])});
        }
        return taking;
    }

    private static Set<LocalDate> days(Object joined) {
        Set<LocalDate> days = new HashSet<>();
        if (joined != null) {
            for (String day : ((String) joined).split(",")) {
                days.add(LocalDate.parse(day));
            }
        }
        return days;
    }

    private static long count(Object value) {
        return value == null ? 0 : ((Number) value).longValue();
    }
}
