-- Repair letters: a longer text in which a partner acknowledges a hurt and says what they will do differently. A draft
-- is its author's alone; once shared the partner can read it and it can no longer change (a new letter may follow
-- it). Title and body are sealed (AES-256-GCM under the couple's data key) before they reach this table.
create table repair_letter (
    id            uuid        primary key,
    couple_id     uuid        not null references couple (id),
    author_id     uuid        not null references profile (id),
    title         bytea,
    body          bytea       not null,
    status        text        not null check (status in ('draft', 'shared')),
    follows_id    uuid        references repair_letter (id),
    created_at    timestamptz not null,
    updated_at    timestamptz not null,
    shared_at     timestamptz,
    read_aloud_at timestamptz,
    version       bigint      not null default 0,
    check ((status = 'shared') = (shared_at is not null))
);

create index repair_letter_couple_idx on repair_letter (couple_id, created_at desc, id desc);
