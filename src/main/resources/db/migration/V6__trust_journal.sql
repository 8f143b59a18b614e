-- The trust journal: short entries each partner writes for a day of the couple's calendar. Text is sealed (AES-256-GCM
-- under the couple's data key) before it reaches these tables.
--
-- Who sees an entry is decided by a few columns. visibility is the author's choice; visible_from is when that choice
-- lets the partner see it: null for a private entry, the moment of sharing for 'partner', and for 'reveal' the end of
-- the entry's ISO week in the couple's time zone, or the moment both partners marked that week read, whichever is
-- first. counselor_since is when the author also opened it to a counselor. Readers compare these instants with the
-- couple's share cutoff, so that a pause holds back everything that would have become visible during it.
-- first_seen_at keeps the first moment anyone else could read the entry, even if it was hidden again since, so that a
-- later rewording is always marked as an edit.
create table journal_entry (
    id                   uuid        primary key,
    couple_id            uuid        not null references couple (id),
    author_id            uuid        not null references profile (id),
    kind                 text        not null check (kind in
                             ('appreciation', 'somethingHard', 'connection', 'tinyWin', 'setback', 'reflection')),
    written_on           date        not null,
    week_starts_on       date        not null check (extract(isodow from week_starts_on) = 1),
    body                 bytea       not null,
    answers_question     text        check (answers_question in ('feltBetter', 'noticedChange')),
    visibility           text        not null check (visibility in ('private', 'partner', 'reveal')),
    visible_from         timestamptz,
    counselor_since      timestamptz,
    first_seen_at        timestamptz,
    created_at           timestamptz not null,
    updated_at           timestamptz not null,
    edited_at            timestamptz,
    acknowledged_by      uuid        references profile (id),
    acknowledged_at      timestamptz,
    reaction             text        check (reaction in ('seen', 'celebrate')),
    version              bigint      not null default 0,
    check ((visibility = 'private') = (visible_from is null)),
    check (visibility <> 'private' or counselor_since is null),
    check ((acknowledged_by is null) = (acknowledged_at is null) and (acknowledged_at is null) = (reaction is null)),
    check (week_starts_on <= written_on and written_on < week_starts_on + 7)
);

create index journal_entry_couple_idx on journal_entry (couple_id, written_on desc, created_at desc, id desc);
create index journal_entry_week_idx on journal_entry (couple_id, week_starts_on);

-- Earlier wordings of an entry, kept for its author alone: an entry is never rewritten silently.
create table journal_revision (
    id          uuid        primary key,
    entry_id    uuid        not null references journal_entry (id) on delete cascade,
    kind        text        not null,
    written_on  date        not null,
    body        bytea       not null,
    written_at  timestamptz not null,
    replaced_at timestamptz not null
);

create index journal_revision_entry_idx on journal_revision (entry_id, replaced_at desc, id desc);

-- A partner's mark that a week of the journal was read together. Both marks make the week reviewed and reveal its
-- 'reveal' entries at once.
create table journal_week_read (
    couple_id      uuid        not null references couple (id),
    week_starts_on date        not null check (extract(isodow from week_starts_on) = 1),
    profile_id     uuid        not null references profile (id),
    read_at        timestamptz not null,
    primary key (couple_id, week_starts_on, profile_id)
);
