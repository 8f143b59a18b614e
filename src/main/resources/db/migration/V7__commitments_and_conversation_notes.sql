-- Commitments, their occurrences and check-offs, conversation notes, and the partners' calendar feeds. Titles, details,
-- adjustment notes and summaries are sealed (AES-256-GCM under the couple's data key) before they reach these tables.

-- A short summary a partner records after a structured conversation; the commitments it produced point at it.
create table conversation_note (
    id         uuid        primary key,
    couple_id  uuid        not null references couple (id),
    author_id  uuid        not null references profile (id),
    summary    bytea       not null,
    held_on    date        not null default current_date,
    created_at timestamptz not null,
    version    bigint      not null default 0
);

create index conversation_note_couple_idx on conversation_note (couple_id, created_at desc, id desc);

-- What a partner (owner_id) or both partners (owner_id null) committed to.
create table commitment (
    id                   uuid        primary key,
    couple_id            uuid        not null references couple (id),
    created_by           uuid        not null references profile (id),
    owner_id             uuid        references profile (id),
    category             text        not null check (category in ('dailyCheckIn', 'weeklyConversation',
                             'monthlyBoundaryReview', 'actOfRepair', 'ritual', 'personalPromise')),
    title                bytea       not null,
    detail               bytea,
    status               text        not null check (status in ('active', 'completed', 'retired')),
    conversation_note_id uuid        references conversation_note (id) on delete set null,
    -- the last day with an occurrence once it was completed or retired
    closed_on            date,
    created_at           timestamptz not null,
    updated_at           timestamptz not null,
    version              bigint      not null default 0
);

create index commitment_couple_idx on commitment (couple_id, created_at desc, id desc);
create index commitment_note_idx on commitment (conversation_note_id);

-- A commitment's cadence, one row per change: the row in force on a day is the latest whose effective_from is on or
-- before it, so that changing a cadence never rewrites the days before the change.
create table commitment_schedule (
    id               uuid     primary key,
    commitment_id    uuid     not null references commitment (id) on delete cascade,
    cadence          text     not null check (cadence in ('once', 'daily', 'weekdays', 'weekly', 'monthly')),
    -- ISO day numbers (1 = Monday) for 'weekdays'
    weekdays         smallint[],
    day_of_month     smallint check (day_of_month between 1 and 31),
    local_time       time,
    duration_minutes smallint check (duration_minutes between 5 and 720),
    starts_on        date     not null,
    ends_on          date,
    effective_from   date     not null,
    check (ends_on is null or ends_on >= starts_on),
    constraint commitment_schedule_uk unique (commitment_id, effective_from)
);

-- How an occurrence went, as the partner who marked it said; an occurrence with no row is unmarked, never kept.
create table commitment_check (
    commitment_id   uuid        not null references commitment (id) on delete cascade,
    occurs_on       date        not null,
    state           text        not null check (state in ('kept', 'partlyKept', 'missed')),
    adjustment      bytea,
    marked_by       uuid        not null references profile (id),
    marked_at       timestamptz not null,
    acknowledged_by uuid        references profile (id),
    acknowledged_at timestamptz,
    primary key (commitment_id, occurs_on),
    check ((acknowledged_by is null) = (acknowledged_at is null))
);

-- A partner's secret calendar feed. Only a SHA-256 of the secret is kept; the secret is shown once, to its owner.
create table calendar_feed (
    couple_id   uuid        not null references couple (id),
    profile_id  uuid        not null references profile (id),
    secret_hash text        unique,
    show_titles boolean     not null default false,
    created_at  timestamptz not null,
    rotated_at  timestamptz,
    primary key (couple_id, profile_id)
);
