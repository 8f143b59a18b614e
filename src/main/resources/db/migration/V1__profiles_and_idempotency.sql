-- People known to Kintsugi. (issuer, subject) is how any OIDC provider names a person; id is ours and stable.
create table profile (
    id           uuid        primary key,
    issuer       text        not null,
    subject      text        not null,
    display_name text        not null check (char_length(display_name) between 1 and 60),
    time_zone    text        not null,
    locale       text        not null,
    created_at   timestamptz not null,
    updated_at   timestamptz not null,
    version      bigint      not null default 0,
    constraint profile_identity_uk unique (issuer, subject)
);

-- Stored answers of POST requests sent with an Idempotency-Key, replayed on retry until expires_at.
-- caller is a SHA-256 of issuer and subject: keys are private to their caller.
create table idempotency_record (
    caller           text        not null,
    idempotency_key  text        not null,
    fingerprint      text        not null,
    response_status  integer     not null,
    response_headers jsonb       not null,
    response_body    bytea,
    created_at       timestamptz not null,
    expires_at       timestamptz not null,
    primary key (caller, idempotency_key)
);

create index idempotency_record_expires_at_idx on idempotency_record (expires_at);
