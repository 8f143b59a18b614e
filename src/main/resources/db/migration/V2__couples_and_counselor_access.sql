-- A couple's shared space. Its status is derived, never stored: 'ended' once ended_at is set, otherwise 'paused'
-- while any partner holds a pause, 'forming' with one partner, 'active' with two. Who paused lives on the partner
-- row and is shown to nobody but that partner.
create table couple (
    id                uuid        primary key,
    name              text        check (name is null or char_length(name) between 1 and 60),
    time_zone         text        not null,
    program_starts_on date        not null,
    created_at        timestamptz not null,
    ended_at          timestamptz,
    version           bigint      not null default 0
);

-- Membership: at most two partners per couple (enforced with a row lock on the couple when someone joins), and at
-- most one couple that has not ended per person (the partial unique index below).
create table partner (
    id                 uuid        primary key,
    couple_id          uuid        not null references couple (id),
    profile_id         uuid        not null references profile (id),
    joined_at          timestamptz not null,
    paused_at          timestamptz,
    private_by_default boolean     not null default false,
    current_member     boolean     not null default true,
    constraint partner_couple_profile_uk unique (couple_id, profile_id)
);

create unique index partner_one_current_couple_uk on partner (profile_id) where current_member;
create index partner_profile_idx on partner (profile_id, couple_id);

-- Invitations to join a couple. Only a SHA-256 of the code is kept: the code itself is shown once, to its creator.
create table invitation (
    id          uuid        primary key,
    couple_id   uuid        not null references couple (id),
    created_by  uuid        not null references profile (id),
    code_hash   text        not null,
    created_at  timestamptz not null,
    expires_at  timestamptz not null,
    revoked_at  timestamptz,
    accepted_at timestamptz,
    constraint invitation_code_hash_uk unique (code_hash)
);

create index invitation_couple_idx on invitation (couple_id, created_at desc, id desc);

-- Failed attempts at redeeming a code (invitation or counselor link), for throttling guesses per caller. caller is
-- the same SHA-256 of issuer and subject as in idempotency_record; nothing else about the attempt is kept.
create table code_attempt (
    caller       text        not null,
    kind         text        not null,
    attempted_at timestamptz not null
);

create index code_attempt_caller_idx on code_attempt (caller, kind, attempted_at);
create index code_attempt_attempted_at_idx on code_attempt (attempted_at);

-- A code a counselor hands to a couple. Single use; the grant created from it names the counselor.
create table counselor_link (
    id           uuid        primary key,
    counselor_id uuid        not null references profile (id),
    code_hash    text        not null,
    created_at   timestamptz not null,
    expires_at   timestamptz not null,
    used_at      timestamptz,
    revoked_at   timestamptz,
    constraint counselor_link_code_hash_uk unique (code_hash)
);

create index counselor_link_counselor_idx on counselor_link (counselor_id, created_at desc, id desc);

-- A counselor's access to one couple. Active only while both partners' consents exist, it is not revoked or expired
-- and the couple has not ended; its effective scopes are the intersection of the two consents.
create table counselor_grant (
    id           uuid        primary key,
    couple_id    uuid        not null references couple (id),
    counselor_id uuid        not null references profile (id),
    link_id      uuid        not null references counselor_link (id),
    requested_by uuid        not null references profile (id),
    created_at   timestamptz not null,
    expires_at   timestamptz not null,
    revoked_at   timestamptz,
    version      bigint      not null default 0,
    constraint counselor_grant_link_uk unique (link_id)
);

create index counselor_grant_couple_idx on counselor_grant (couple_id, created_at desc, id desc);
create index counselor_grant_counselor_idx on counselor_grant (counselor_id);

create table counselor_consent (
    grant_id     uuid        not null references counselor_grant (id),
    profile_id   uuid        not null references profile (id),
    scopes       text[]      not null,
    consented_at timestamptz not null,
    primary key (grant_id, profile_id)
);

-- Every read of a couple's data by a counselor: who, which kind of data, when. Never what was read.
create table counselor_access (
    id           uuid        primary key,
    couple_id    uuid        not null references couple (id),
    grant_id     uuid        not null references counselor_grant (id),
    counselor_id uuid        not null references profile (id),
    data_kind    text        not null,
    accessed_at  timestamptz not null
);

create index counselor_access_couple_idx on counselor_access (couple_id, accessed_at desc, id desc);
