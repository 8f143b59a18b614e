-- The exercise catalogue. An exercise keeps its slug for life; what it says lives in numbered versions. A draft that
-- was never published is edited in place (version 1); editing a published exercise adds a version, so that every
-- run and session keeps pointing at the version that was practised.
create table exercise (
    id              uuid        primary key,
    slug            text        not null check (slug ~ '^[a-z0-9]+(-[a-z0-9]+)*$' and char_length(slug) <= 60),
    status          text        not null check (status in ('draft', 'published', 'retired')),
    current_version integer     not null check (current_version >= 1),
    created_at      timestamptz not null,
    updated_at      timestamptz not null,
    published_at    timestamptz,
    retired_at      timestamptz,
    -- Bumped by every change; the ETag admins send back in If-Match.
    revision        bigint      not null default 1,
    constraint exercise_slug_uk unique (slug)
);

-- What does not depend on language. A turn plan is a JSON array of {"lead": "partnerA"|"partnerB"|"together",
-- "mode": "speaking"|"reflecting"|"silence"|"touch"|"writing"|"reading"|"breathing"|"activity", "seconds": n};
-- its cues (what to do during each turn) are texts, kept per language in exercise_text.
create table exercise_version (
    exercise_id      uuid        not null references exercise (id),
    version          integer     not null check (version >= 1),
    category         text        not null check (category in ('communication', 'reflection', 'touch', 'ritual',
                                                             'repair', 'accountability', 'grounding', 'connection')),
    duration_minutes integer     not null check (duration_minutes between 1 and 240),
    turn_plan        jsonb       not null check (jsonb_typeof(turn_plan) = 'array'),
    cadence          text        not null check (cadence in ('daily', 'weekly', 'monthly', 'asNeeded')),
    intensity        text        not null check (intensity in ('gentle', 'moderate', 'deep')),
    involves_touch   boolean     not null,
    tags             text[]      not null default '{}',
    created_at       timestamptz not null,
    primary key (exercise_id, version)
);

create index exercise_version_tags_idx on exercise_version using gin (tags);

-- The words of a version in one language (BCP 47 tag such as 'en'). English is always present; other languages are
-- added as rows. steps, turn_cues, reflection_prompts and safety_notes are JSON arrays of strings; turn_cues has one
-- entry per turn of the version's plan. The search vector is English-stemmed for English and unstemmed otherwise.
create table exercise_text (
    exercise_id        uuid    not null,
    version            integer not null,
    locale             text    not null check (locale ~ '^[a-z]{2,3}(-[A-Z]{2})?$'),
    title              text    not null check (char_length(title) between 1 and 120),
    summary            text    not null check (char_length(summary) between 1 and 600),
    steps              jsonb   not null check (jsonb_typeof(steps) = 'array'),
    turn_cues          jsonb   not null check (jsonb_typeof(turn_cues) = 'array'),
    reflection_prompts jsonb   not null check (jsonb_typeof(reflection_prompts) = 'array'),
    safety_notes       jsonb   not null check (jsonb_typeof(safety_notes) = 'array'),
    search             tsvector generated always as (
        setweight(to_tsvector(case when locale like 'en%' then 'english'::regconfig else 'simple'::regconfig end,
                              title), 'A')
        || setweight(to_tsvector(case when locale like 'en%' then 'english'::regconfig else 'simple'::regconfig end,
                                 summary), 'B')
        || setweight(to_tsvector(case when locale like 'en%' then 'english'::regconfig else 'simple'::regconfig end,
                                 steps), 'C')) stored,
    primary key (exercise_id, version, locale),
    foreign key (exercise_id, version) references exercise_version (exercise_id, version)
);

create index exercise_text_search_idx on exercise_text using gin (search);

-- Reflection prompt sets (the five questions, conversation starters, progress questions), localizable the same way.
create table prompt_set (
    slug       text    primary key check (slug ~ '^[a-z0-9]+(-[a-z0-9]+)*$'),
    sort_order integer not null
);

create table prompt_set_text (
    slug        text not null references prompt_set (slug),
    locale      text not null check (locale ~ '^[a-z]{2,3}(-[A-Z]{2})?$'),
    title       text not null,
    description text not null,
    prompts     jsonb not null check (jsonb_typeof(prompts) = 'array'),
    primary key (slug, locale)
);

-- Each partner's own choice to take part in touch exercises; nobody else can set it.
alter table partner add column touch_opt_in boolean not null default false;

-- "Pick one exercise and stay with it for a week." Status is stored as set by the partners; a run whose last day has
-- passed while active reads as completed. Who started, paused or declined a run is not recorded.
create table practice_run (
    id               uuid        primary key,
    couple_id        uuid        not null references couple (id),
    exercise_id      uuid        not null,
    exercise_version integer     not null,
    status           text        not null check (status in ('active', 'paused', 'completed', 'abandoned',
                                                              'declined')),
    assigned         boolean     not null,
    starts_on        date        not null,
    days             integer     not null check (days between 1 and 30),
    created_at       timestamptz not null,
    updated_at       timestamptz not null,
    ended_at         timestamptz,
    foreign key (exercise_id, exercise_version) references exercise_version (exercise_id, version)
);

create index practice_run_couple_idx on practice_run (couple_id, created_at desc, id desc);
-- At most one run in progress per couple.
create unique index practice_run_one_open_uk on practice_run (couple_id) where status in ('active', 'paused');

-- A timed session. Pauses are a JSON array of {"pausedAt", "resumedAt"} spans (resumedAt null while paused); who
-- paused is never recorded. lead_a and lead_b say which partner leads the plan's partnerA and partnerB turns.
create table practice_session (
    id                  uuid        primary key,
    couple_id           uuid        not null references couple (id),
    run_id              uuid        references practice_run (id),
    exercise_id         uuid        not null,
    exercise_version    integer     not null,
    status              text        not null check (status in ('running', 'paused', 'completed', 'stopped')),
    lead_a              uuid        not null references profile (id),
    lead_b              uuid        not null references profile (id),
    started_at          timestamptz not null,
    ended_at            timestamptz,
    pauses              jsonb       not null default '[]',
    actual_turn_seconds integer[],
    updated_at          timestamptz not null,
    foreign key (exercise_id, exercise_version) references exercise_version (exercise_id, version)
);

create index practice_session_couple_idx on practice_session (couple_id, started_at desc, id desc);
create index practice_session_run_idx on practice_session (run_id) where run_id is not null;
-- At most one session under way per couple.
create unique index practice_session_one_open_uk on practice_session (couple_id) where status in ('running', 'paused');

-- How a session felt, per partner. Private to its author unless shared; the note is sealed (AES-256-GCM under the
-- couple's data key) before it reaches this table.
create table session_feedback (
    id                   uuid        primary key,
    session_id           uuid        not null references practice_session (id),
    author_id            uuid        not null references profile (id),
    couple_id            uuid        not null references couple (id),
    felt_safe            smallint    not null check (felt_safe between 1 and 5),
    felt_close           smallint    not null check (felt_close between 1 and 5),
    too_much             boolean     not null,
    note                 bytea,
    shared_with_partner  boolean     not null,
    shared_with_counselor boolean    not null,
    created_at           timestamptz not null,
    updated_at           timestamptz not null,
    -- When the current sharing choice was made: a share made while the couple is paused waits for the pause to end.
    shared_at            timestamptz,
    constraint session_feedback_author_uk unique (session_id, author_id)
);

create index session_feedback_couple_idx on session_feedback (couple_id, created_at);
create index session_feedback_session_idx on session_feedback (session_id, created_at desc, id desc);

-- Per-couple data keys for intimate text, each wrapped (AES-256-GCM) by a master key named by master_key_id.
create table couple_data_key (
    couple_id     uuid        primary key references couple (id),
    master_key_id text        not null,
    wrapped_key   bytea       not null,
    created_at    timestamptz not null
);
