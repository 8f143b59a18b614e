-- Progress facts kept in step with every write, so a computed summary reads a bounded number of rows whatever the
-- couple's age (issue 18). Triggers on the sources rewrite the facts of the days a statement touched, in the same
-- transaction; progress/ProgressFacts reads them. The rule they keep is progress/Acts, unchanged.
--
-- progress_showed: who showed up on a day, one row per couple, partner and day with an act of repair. acts counts
-- the acts that count whatever the clock says (commitment marks, sessions, jar acts), sessions the sessions among
-- them; first_visible is the earliest
-- visible_from of the partner's shareable journal entries of that day, which count only once revealed and, while the
-- couple is paused, only if shared before the pause began: the reader compares it with the clock and the cutoff.
create table progress_showed (
    couple_id     uuid        not null,
    profile_id    uuid        not null,
    day           date        not null,
    acts          integer     not null,
    sessions      integer     not null,
    first_visible timestamptz,
    primary key (couple_id, day, profile_id)
);

-- progress_heart: the days on which both partners show up, once every journal entry written so far is revealed (from
-- the couple's first day on). heart_from is the moment the day became one ('-infinity' when neither side waits for a
-- journal entry), so a reader counts it when heart_from <= now and heart_from < cutoff. Each row also carries the
-- run of heart days as of that day (paused days skipped, a day with neither heart nor pause breaking it): its length
-- so far, the longest so far and the seventh day of the first run that reached seven. A reader takes the state of the
-- last day it can trust and walks only the days after it.
create table progress_heart (
    couple_id  uuid        not null,
    day        date        not null,
    heart_from timestamptz not null,
    run_length integer,
    longest    integer,
    seventh    date,
    primary key (couple_id, day)
);

-- The days that wait for a journal entry to be revealed; the reader looks here for the first one not counting yet.
create index progress_heart_waiting_idx on progress_heart (couple_id, heart_from) where heart_from > '-infinity';
-- The next reveal of a journal entry, which a summary is kept until.
create index journal_entry_reveal_idx on journal_entry (couple_id, visible_from) where visible_from is not null;

-- Who did what on the days from d_from to d_to in the couples named, as progress/Acts says, except that a journal
-- entry's reveal is left to the reader (first_visible). One row per couple, partner and day.
create function progress_acts(couples uuid[], d_from date, d_to date)
returns table (couple_id uuid, profile_id uuid, day date, acts bigint, sessions bigint, first_visible timestamptz)
language sql stable as $$
    with s as (select c.id, c.time_zone as tz from couple c where c.id = any(couples)),
    members as (select p.couple_id, p.profile_id from partner p where p.couple_id = any(couples)),
    a as (
        select c.couple_id, coalesce(c.owner_id, m.profile_id) as profile_id, k.occurs_on as day, 1 as act,
               0 as session, cast(null as timestamptz) as visible
        from commitment c
        join commitment_check k on k.commitment_id = c.id
        left join members m on c.owner_id is null and m.couple_id = c.couple_id
        where c.couple_id = any(couples) and k.state in ('kept', 'partlyKept') and k.occurs_on between d_from and d_to
        union all
        select ps.couple_id, m.profile_id, cast(ps.started_at at time zone s.tz as date), 1, 1, null
        from practice_session ps join s on s.id = ps.couple_id join members m on m.couple_id = ps.couple_id
        where ps.couple_id = any(couples)
          and ps.started_at >= cast(d_from - 1 as timestamp) at time zone 'UTC'
          and ps.started_at < cast(d_to + 2 as timestamp) at time zone 'UTC'
          and cast(ps.started_at at time zone s.tz as date) between d_from and d_to
        union all
        select d.couple_id, d.profile_id, d.drawn_on, 1, 0, null
        from jar_draw d
        where d.couple_id = any(couples) and d.done_at is not null and d.drawn_on between d_from and d_to
        union all
        select e.couple_id, e.author_id, e.written_on, 0, 0, e.visible_from
        from journal_entry e
        where e.couple_id = any(couples) and e.visible_from is not null and e.written_on between d_from and d_to
    )
    select a.couple_id, a.profile_id, a.day, sum(a.act), sum(a.session), min(a.visible) from a where a.profile_id is not null
    group by a.couple_id, a.profile_id, a.day
$$;

-- The run state of every heart day of the couple from d_from on, carried on from the last heart day before it.
-- A day between two heart days breaks the run unless a pause span touches it; an open span counts up to any later day,
-- as it will have by the time that day is today.
-- (plpgsql rather than sql: its plan is kept between calls, which matters on every write.)
create function progress_runs(c_id uuid, d_from date) returns void language plpgsql as $$
begin
    with anchor as (
        select h.day, h.run_length, h.longest, h.seventh from progress_heart h
        where h.couple_id = c_id and h.day < d_from order by h.day desc limit 1
    ),
    span as (
        select cast(sp.started_at at time zone c.time_zone as date) as first,
               case when sp.ended_at is null then cast('infinity' as date)
                    else cast(sp.ended_at at time zone c.time_zone as date) end as last
        from couple_pause_span sp join couple c on c.id = sp.couple_id
        where sp.couple_id = c_id
    ),
    marked as (
        select cast(g as date) as day, h.day is not null as heart
        from generate_series(
                 coalesce((select day + 1 from anchor),
                          (select min(day) from progress_heart where couple_id = c_id and day >= d_from)),
                 (select max(day) from progress_heart where couple_id = c_id), interval '1 day') g
        left join progress_heart h on h.couple_id = c_id and h.day = cast(g as date)
    ),
    counted as (
        select m.day, m.heart from marked m
        where m.heart or not exists (select 1 from span where m.day between span.first and span.last)
    ),
    numbered as (
        select day, heart, sum(case when heart then 0 else 1 end) over (order by day) as breaks from counted
    ),
    runs as (
        select day,
               case when breaks = 0 then coalesce((select run_length from anchor), 0) else 0 end
                   + row_number() over (partition by breaks order by day) as run_length
        from numbered where heart
    ),
    states as (
        select day, run_length,
               greatest(coalesce((select longest from anchor), 0), max(run_length) over (order by day)) as longest,
               coalesce((select seventh from anchor),
                        min(case when run_length = 7 then day end) over (order by day)) as seventh
        from runs
    )
    update progress_heart h set run_length = s.run_length, longest = s.longest, seventh = s.seventh
    from states s
    where h.couple_id = c_id and h.day = s.day
      and (h.run_length, h.longest, h.seventh) is distinct from (s.run_length, s.longest, s.seventh);
end;
$$;

-- Rewrites the facts of the couple's days from d_from to d_to from the sources, then the runs from d_from on.
create function progress_refresh(c_id uuid, d_from date, d_to date) returns void language plpgsql as $$
declare
    first_day date;
begin
    if c_id is null or d_from is null then
        return;
    end if;
    select cast(c.created_at at time zone c.time_zone as date) into first_day from couple c where c.id = c_id;
    delete from progress_showed where couple_id = c_id and day between d_from and d_to;
    delete from progress_heart where couple_id = c_id and day between d_from and d_to;
    if first_day is null then
        return;
    end if;
    insert into progress_showed (couple_id, profile_id, day, acts, sessions, first_visible)
    select c_id, a.profile_id, a.day, a.acts, a.sessions, a.first_visible
    from progress_acts(array[c_id], d_from, d_to) a;
    insert into progress_heart (couple_id, day, heart_from)
    select c_id, p.day,
           max(case when p.acts > 0 then cast('-infinity' as timestamptz) else p.first_visible end)
    from progress_showed p
    where p.couple_id = c_id and p.day between greatest(d_from, first_day) and d_to
    group by p.day having count(*) = 2;
    perform progress_runs(c_id, d_from);
end;
$$;

-- Everything of one couple, as after a change of its time zone or its partners.
create function progress_refresh_all(c_id uuid) returns void language sql as $$
    select progress_refresh(c_id, date '0001-01-01', date '9999-12-31')
$$;

-- Every couple's facts from the sources: run by this migration, and by anything that writes the sources with the
-- triggers off (the progress benchmark seeds with session_replication_role = replica, then calls this). The acts in
-- one pass, then each couple's runs.
create function progress_backfill() returns void language plpgsql as $$
begin
    truncate progress_showed, progress_heart;
    insert into progress_showed (couple_id, profile_id, day, acts, sessions, first_visible)
    select a.couple_id, a.profile_id, a.day, a.acts, a.sessions, a.first_visible
    from progress_acts(array(select id from couple), date '0001-01-01', date '9999-12-31') a;
    insert into progress_heart (couple_id, day, heart_from)
    select p.couple_id, p.day,
           max(case when p.acts > 0 then cast('-infinity' as timestamptz) else p.first_visible end)
    from progress_showed p join couple c on c.id = p.couple_id
    where p.day >= cast(c.created_at at time zone c.time_zone as date)
    group by p.couple_id, p.day having count(*) = 2;
    perform progress_runs(c.id, date '0001-01-01') from couple c;
end;
$$;

-- Triggers: statement-level, so that a statement touching many rows (an erasure, a change of time zone) rewrites each
-- couple's days once. Arguments: what each changed row names, as "couple, day" or "couple" over the row r; which of
-- its columns matter (an update changing none of them changes nothing); and what to redo: the days' facts ('days'),
-- the runs from the first day on ('runs'), or the couple's every fact ('couple'). One couple's facts are rewritten by
-- one transaction at a time (an advisory lock per couple, held to commit), each reading what committed before it.
create function progress_facts_follow() returns trigger language plpgsql as $$
declare
    rows text;
    touched record;
begin
    rows := case tg_op
        when 'INSERT' then format('select %s, null::text from new_rows r', tg_argv[0])
        when 'DELETE' then format('select %s, null::text from old_rows r', tg_argv[0])
        else format('(select %1$s, %2$s from old_rows r except all select %1$s, %2$s from new_rows r) union all '
                    '(select %1$s, %2$s from new_rows r except all select %1$s, %2$s from old_rows r)',
                    tg_argv[0], tg_argv[1])
        end;
    for touched in execute
        case when tg_argv[2] = 'couple'
             then format('select x.c, null::date as first, null::date as last from (%s) x(c, f) '
                         'where x.c is not null group by x.c order by x.c', rows)
             else format('select x.c, min(x.d) as first, max(x.d) as last from (%s) x(c, d, f) '
                         'where x.c is not null and x.d is not null group by x.c order by x.c', rows)
        end
    loop
        perform pg_advisory_xact_lock(hashtextextended(cast(touched.c as text), 17));
        if tg_argv[2] = 'couple' then
            perform progress_refresh_all(touched.c);
        elsif tg_argv[2] = 'runs' then
            perform progress_runs(touched.c, touched.first);
        else
            perform progress_refresh(touched.c, touched.first, touched.last);
        end if;
    end loop;
    return null;
end;
$$;

-- The sources of acts: the days they name.
create trigger progress_facts_insert after insert on commitment_check referencing new table as new_rows
    for each statement execute function progress_facts_follow(
        '(select c.couple_id from commitment c where c.id = r.commitment_id), r.occurs_on', '', 'days');
create trigger progress_facts_update after update on commitment_check
    referencing old table as old_rows new table as new_rows
    for each statement execute function progress_facts_follow(
        '(select c.couple_id from commitment c where c.id = r.commitment_id), r.occurs_on',
        'concat_ws(''|'', r.commitment_id, r.occurs_on, r.state)', 'days');
create trigger progress_facts_delete after delete on commitment_check referencing old table as old_rows
    for each statement execute function progress_facts_follow(
        '(select c.couple_id from commitment c where c.id = r.commitment_id), r.occurs_on', '', 'days');

create trigger progress_facts_insert after insert on practice_session referencing new table as new_rows
    for each statement execute function progress_facts_follow(
        'r.couple_id, cast(r.started_at at time zone (select c.time_zone from couple c where c.id = r.couple_id) as date)',
        '', 'days');
create trigger progress_facts_update after update on practice_session
    referencing old table as old_rows new table as new_rows
    for each statement execute function progress_facts_follow(
        'r.couple_id, cast(r.started_at at time zone (select c.time_zone from couple c where c.id = r.couple_id) as date)',
        'concat_ws(''|'', r.id, r.started_at)', 'days');
create trigger progress_facts_delete after delete on practice_session referencing old table as old_rows
    for each statement execute function progress_facts_follow(
        'r.couple_id, cast(r.started_at at time zone (select c.time_zone from couple c where c.id = r.couple_id) as date)',
        '', 'days');

create trigger progress_facts_insert after insert on jar_draw referencing new table as new_rows
    for each statement execute function progress_facts_follow('r.couple_id, r.drawn_on', '', 'days');
create trigger progress_facts_update after update on jar_draw referencing old table as old_rows new table as new_rows
    for each statement execute function progress_facts_follow('r.couple_id, r.drawn_on',
        'concat_ws(''|'', r.id, r.profile_id, r.done_at is not null)', 'days');
create trigger progress_facts_delete after delete on jar_draw referencing old table as old_rows
    for each statement execute function progress_facts_follow('r.couple_id, r.drawn_on', '', 'days');

create trigger progress_facts_insert after insert on journal_entry referencing new table as new_rows
    for each statement execute function progress_facts_follow('r.couple_id, r.written_on', '', 'days');
create trigger progress_facts_update after update on journal_entry
    referencing old table as old_rows new table as new_rows
    for each statement execute function progress_facts_follow('r.couple_id, r.written_on',
        'concat_ws(''|'', r.id, r.author_id, r.visible_from)', 'days');
create trigger progress_facts_delete after delete on journal_entry referencing old table as old_rows
    for each statement execute function progress_facts_follow('r.couple_id, r.written_on', '', 'days');

-- Pauses move the runs from the day they begin.
create trigger progress_facts_insert after insert on couple_pause_span referencing new table as new_rows
    for each statement execute function progress_facts_follow(
        'r.couple_id, cast(r.started_at at time zone (select c.time_zone from couple c where c.id = r.couple_id) as date)',
        '', 'runs');
create trigger progress_facts_update after update on couple_pause_span
    referencing old table as old_rows new table as new_rows
    for each statement execute function progress_facts_follow(
        'r.couple_id, cast(r.started_at at time zone (select c.time_zone from couple c where c.id = r.couple_id) as date)',
        'concat_ws(''|'', r.id, r.started_at, r.ended_at)', 'runs');
create trigger progress_facts_delete after delete on couple_pause_span referencing old table as old_rows
    for each statement execute function progress_facts_follow(
        'r.couple_id, cast(r.started_at at time zone (select c.time_zone from couple c where c.id = r.couple_id) as date)',
        '', 'runs');

-- Who a shared commitment or a session counts for, whose commitment it is, the couple's time zone and first day:
-- everything of the couple again (rare: a partner joining, a commitment changing hands or deleted, a new zone).
create trigger progress_facts_update after update on commitment referencing old table as old_rows new table as new_rows
    for each statement execute function progress_facts_follow('r.couple_id',
        'concat_ws(''|'', r.id, r.couple_id, r.owner_id)', 'couple');
create trigger progress_facts_delete after delete on commitment referencing old table as old_rows
    for each statement execute function progress_facts_follow('r.couple_id', '', 'couple');

create trigger progress_facts_insert after insert on partner referencing new table as new_rows
    for each statement execute function progress_facts_follow('r.couple_id', '', 'couple');
create trigger progress_facts_update after update on partner referencing old table as old_rows new table as new_rows
    for each statement execute function progress_facts_follow('r.couple_id',
        'concat_ws(''|'', r.id, r.couple_id, r.profile_id)', 'couple');
create trigger progress_facts_delete after delete on partner referencing old table as old_rows
    for each statement execute function progress_facts_follow('r.couple_id', '', 'couple');

create trigger progress_facts_update after update on couple referencing old table as old_rows new table as new_rows
    for each statement execute function progress_facts_follow('r.id',
        'concat_ws(''|'', r.id, r.time_zone, r.created_at)', 'couple');
create trigger progress_facts_delete after delete on couple referencing old table as old_rows
    for each statement execute function progress_facts_follow('r.id', '', 'couple');

-- The facts of the couples already there. On a large database this outlasts the service's statement timeout, so it is
-- lifted for this transaction only (the client's socket timeout, KINTSUGI_DB_SOCKET_TIMEOUT_SECONDS, still applies).
set local statement_timeout = 0;
select progress_backfill();
