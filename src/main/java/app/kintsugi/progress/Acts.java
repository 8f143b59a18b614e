package app.kintsugi.progress;

/**
 * The SQL of the trust tracker's one rule, shared by every progress query.
 *
 * <p>
 * A partner <b>showed up</b> on a day of the couple's calendar when they did at least one act of repair that day that
 * the other partner can see:
 * <ul>
 * <li>an occurrence of a commitment marked {@code kept} or {@code partlyKept}: their own commitment, or a shared one
 * (which counts for both);</li>
 * <li>taking part in a timed session started that day, in whatever state it is now (both partners take part);</li>
 * <li>the "trust me" jar act they drew that day, marked done;</li>
 * <li>a journal entry of theirs for that day that the partner can read now: not private, its reveal come, and made
 * visible before the couple's current pause began, if it is paused.</li>
 * </ul>
 * A <b>heart</b> day is a day on which both partners showed up. Private items never count, so nothing the partner
 * cannot see moves anything the partner can see.
 *
 * <p>
 * Parameters: {@code :couples} (ids), {@code :from}, {@code :to} (days), {@code :fromAt}, {@code :toAt} (instants
 * bracketing the days in any zone), {@code :now}, {@code :soon} (the share cutoff of a couple that is not paused).
 */
final class Acts {

    private Acts() {
    }

    /**
     * CTEs {@code scope(couple_id, tz, cutoff)}, {@code members(couple_id, profile_id)} and the distinct {@code acts}.
     */
    static final String CTES = """
            scope as (
                select c.id as couple_id, c.time_zone as tz,
                       coalesce((select sp.started_at from couple_pause_span sp
                                 where sp.couple_id = c.id and sp.ended_at is null), cast(:soon as timestamptz)) as cutoff
                from couple c where c.id in (:couples)
            ),
            members as (
                select p.couple_id, p.profile_id from partner p join scope s on s.couple_id = p.couple_id
            ),
            acts as (
                select c.couple_id, coalesce(c.owner_id, m.profile_id) as profile_id, k.occurs_on as day,
                       'commitment' as kind
                from commitment c
                join scope s on s.couple_id = c.couple_id
                join commitment_check k on k.commitment_id = c.id
                left join members m on c.owner_id is null and m.couple_id = c.couple_id
                where k.state in ('kept', 'partlyKept') and k.occurs_on between :from and :to
                union all
                select ps.couple_id, m.profile_id, cast(ps.started_at at time zone s.tz as date), 'session'
                from practice_session ps
                join scope s on s.couple_id = ps.couple_id
                join members m on m.couple_id = ps.couple_id
                where ps.started_at >= :fromAt and ps.started_at < :toAt
                  and cast(ps.started_at at time zone s.tz as date) between :from and :to
                union all
                select d.couple_id, d.profile_id, d.drawn_on, 'jar'
                from jar_draw d join scope s on s.couple_id = d.couple_id
                where d.done_at is not null and d.drawn_on between :from and :to
                union all
                select e.couple_id, e.author_id, e.written_on, 'journal'
                from journal_entry e join scope s on s.couple_id = e.couple_id
                where e.visible_from is not null and e.visible_from <= :now and e.visible_from < s.cutoff
                  and e.written_on between :from and :to
            ),
            showed as (
                select distinct couple_id, profile_id, day from acts
            ),
            hearts as (
                select couple_id, day from showed group by couple_id, day having count(*) = 2
            )""";

    /**
     * CTEs over one couple's whole history up to today ({@code :start} to {@code :today}): {@code paused_days},
     * {@code marked(day, heart, paused)}, {@code islands(day, grp)} of heart days, and
     * {@code runs(starts, ends, length)}. Paused days without a heart are dropped before the islands are formed, so
     * they neither break nor extend a run; today without a heart is dropped too, because the day is not over.
     */
    static final String RUNS = """
            paused_days as (
                select distinct cast(g as date) as day
                from couple_pause_span sp
                join scope s on s.couple_id = sp.couple_id,
                generate_series(cast(sp.started_at at time zone s.tz as date),
                                cast(coalesce(sp.ended_at, cast(:now as timestamptz)) at time zone s.tz as date),
                                interval '1 day') g
            ),
            marked as (
                select cast(g as date) as day, h.day is not null as heart, p.day is not null as paused
                from generate_series(cast(:start as date), cast(:today as date), interval '1 day') g
                left join hearts h on h.day = cast(g as date)
                left join paused_days p on p.day = cast(g as date)
            ),
            counted as (
                select day, heart from marked
                where heart or (not paused and day < cast(:today as date))
            ),
            islands as (
                select day, heart,
                       row_number() over (order by day) - row_number() over (partition by heart order by day) as grp
                from counted
            ),
            runs as (
                select min(day) as starts, max(day) as ends, count(*) as length,
                       (array_agg(day order by day))[7] as seventh
                from islands where heart group by grp
            )""";
}
