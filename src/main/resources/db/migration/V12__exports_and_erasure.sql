-- Data rights: a person's export of their data (GDPR Art. 20) and the erasure of their account (Art. 17).

-- An export a person asked for. It is produced in the background: 'pending' until a worker builds it, then 'ready'
-- until expires_at (after which it reads as expired and its file is deleted), or 'failed'. Nothing here is intimate:
-- the document itself lives in data_export_file.
create table data_export (
    id           uuid        primary key,
    profile_id   uuid        not null references profile (id),
    status       text        not null check (status in ('pending', 'ready', 'failed', 'expired')),
    requested_at timestamptz not null,
    ready_at     timestamptz,
    expires_at   timestamptz,
    check ((status in ('ready', 'expired')) = (ready_at is not null and expires_at is not null))
);

create index data_export_profile_idx on data_export (profile_id, requested_at desc, id desc);
create index data_export_pending_idx on data_export (requested_at) where status = 'pending';
create index data_export_expiry_idx on data_export (expires_at) where status = 'ready';
-- At most one export in preparation per person: asking again while one is pending answers that one.
create unique index data_export_one_pending_uk on data_export (profile_id) where status = 'pending';

-- The export document, kept apart so that lists never read it. It is sealed (AES-256-GCM under the active master key,
-- bound to the export's id) before it reaches this table, so no plaintext copy of anyone's data sits in the database.
create table data_export_file (
    export_id  uuid  primary key references data_export (id) on delete cascade,
    content    bytea not null
);

-- A profile whose person erased their account. The profile row stays, anonymised ('Former partner', an identity no
-- token carries), so that what the other partner keeps can still point at it; this row says when, and nothing else.
-- A couple's data key is destroyed once every partner it ever had is listed here.
create table profile_erasure (
    profile_id uuid        primary key references profile (id),
    erased_at  timestamptz not null
);
