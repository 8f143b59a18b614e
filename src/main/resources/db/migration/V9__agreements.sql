-- Boundary agreements: what the partners share with each other, how often and through which channel, and the pace of
-- physical closeness. Titles, terms and concerns are sealed (AES-256-GCM under the couple's data key) before they
-- reach these tables.
--
-- An agreement is a series of numbered versions. A version takes effect once both partners accepted it; until then it
-- is pending, and the version accepted last stays in force. Only the newest version can be pending: a new proposal
-- sets the one before it aside. Reopening puts the terms in force back on the table as a new version that both accept
-- again. The agreement's status is derived from the two pointers below, never stored: 'proposed' while no version
-- took effect, 'underReview' while one is in force and another is pending, 'inForce' otherwise.
create table agreement (
    id               uuid        primary key,
    couple_id        uuid        not null references couple (id),
    topic            text        not null check (topic in
                         ('devicesAndMessages', 'socialMedia', 'thirdPersonContact', 'disclosure', 'physicalPace',
                          'other')),
    created_by       uuid        not null references profile (id),
    created_at       timestamptz not null,
    updated_at       timestamptz not null,
    latest_version   integer     not null check (latest_version >= 1),
    pending_version  integer,
    in_force_version integer,
    -- The day of the next review in the couple's time zone, set each time a version takes effect.
    review_on        date,
    version          bigint      not null default 0,
    check (pending_version is null or pending_version = latest_version),
    check (in_force_version is null or in_force_version between 1 and latest_version),
    check (pending_version is not null or in_force_version is not null),
    check (pending_version is null or in_force_version is null or in_force_version < pending_version),
    check ((in_force_version is null) = (review_on is null))
);

create index agreement_couple_idx on agreement (couple_id, created_at desc, id desc);
create index agreement_review_idx on agreement (couple_id, review_on);

-- One version of an agreement. origin is 'proposal' for new terms and 'reopening' for the terms in force put back up
-- for review unchanged. in_force_from is when both acceptances were in; it stays set after a later version replaced
-- it, so the history shows every version that was ever in force.
create table agreement_version (
    id                  uuid        primary key,
    agreement_id        uuid        not null references agreement (id),
    number              integer     not null check (number >= 1),
    origin              text        not null check (origin in ('proposal', 'reopening')),
    title               bytea       not null,
    terms               bytea       not null,
    review_every_months integer     not null check (review_every_months between 1 and 12),
    proposed_by         uuid        not null references profile (id),
    proposed_at         timestamptz not null,
    in_force_from       timestamptz,
    constraint agreement_version_number_uk unique (agreement_id, number)
);

-- A partner's acceptance of one version. Proposing new terms counts as the proposer's acceptance; reopening does not.
create table agreement_acceptance (
    id          uuid        primary key,
    version_id  uuid        not null references agreement_version (id),
    profile_id  uuid        not null references profile (id),
    accepted_at timestamptz not null,
    constraint agreement_acceptance_uk unique (version_id, profile_id)
);

-- A concern a partner raised about an agreement: a short text for the two of them, never for a counselor. It is
-- resolved by pointing at the conversation note of the talk that followed. If that note is deleted later the concern
-- stays resolved; only the link goes.
create table agreement_concern (
    id                   uuid        primary key,
    agreement_id         uuid        not null references agreement (id),
    couple_id            uuid        not null references couple (id),
    raised_by            uuid        not null references profile (id),
    body                 bytea       not null,
    raised_at            timestamptz not null,
    resolved_by          uuid        references profile (id),
    resolved_at          timestamptz,
    conversation_note_id uuid        references conversation_note (id) on delete set null,
    check ((resolved_by is null) = (resolved_at is null)),
    check (conversation_note_id is null or resolved_at is not null)
);

create index agreement_concern_agreement_idx on agreement_concern (agreement_id, raised_at desc, id desc);
