-- Pulse check-ins, the couple's pause history, and the milestones reached, for the trust tracker and progress.

-- How safe, trusting and close a partner feels on a day of the couple's calendar, 1 to 10 each, at most one a day.
-- Private to its author unless shared: partner_since and counselor_since are when the author shared it, compared with
-- the couple's share cutoff like every other shared item. The note is sealed (AES-256-GCM under the couple's data key).
create table pulse_check (
    id              uuid        primary key,
    couple_id       uuid        not null references couple (id),
    profile_id      uuid        not null references profile (id),
    day             date        not null,
    safe            smallint    not null check (safe between 1 and 10),
    trusting        smallint    not null check (trusting between 1 and 10),
    close           smallint    not null check (close between 1 and 10),
    note            bytea,
    partner_since   timestamptz,
    counselor_since timestamptz,
    created_at      timestamptz not null,
    updated_at      timestamptz not null,
    version         bigint      not null default 0,
    constraint pulse_check_one_a_day_uk unique (couple_id, profile_id, day)
);

-- When the couple was paused: from the moment a first partner paused until no partner held a pause any more. Who
-- paused is not kept here either. Runs of heart days skip the days a span touches instead of breaking on them.
create table couple_pause_span (
    id         uuid        primary key,
    couple_id  uuid        not null references couple (id),
    started_at timestamptz not null,
    ended_at   timestamptz,
    check (ended_at is null or ended_at >= started_at)
);

create index couple_pause_span_couple_idx on couple_pause_span (couple_id, started_at);
create unique index couple_pause_span_open_uk on couple_pause_span (couple_id) where ended_at is null;

-- Pauses held when this migration runs become open spans.
insert into couple_pause_span (id, couple_id, started_at)
select gen_random_uuid(), p.couple_id, min(p.paused_at)
from partner p join couple c on c.id = p.couple_id
where p.paused_at is not null and c.ended_at is null
group by p.couple_id;

-- A milestone is recorded the first time progress finds it reached, and never again, so that clients celebrate each
-- once by its stable key.
create table couple_milestone (
    couple_id   uuid        not null references couple (id),
    key         text        not null,
    reached_on  date        not null,
    recorded_at timestamptz not null,
    primary key (couple_id, key)
);

-- Indexes for the acts of repair, each read per couple and day range.
create index jar_draw_done_day_idx on jar_draw (couple_id, drawn_on, profile_id) where done_at is not null;
create index journal_entry_act_idx on journal_entry (couple_id, written_on, author_id) include (visible_from, kind)
    where visible_from is not null;
create index practice_session_started_idx on practice_session (couple_id, started_at);
create index pulse_check_couple_day_idx on pulse_check (couple_id, day);
