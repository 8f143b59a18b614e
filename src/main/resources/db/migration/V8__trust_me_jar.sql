-- The "trust me" jar: both partners put in slips, each naming one small act of trust, and each partner draws one slip
-- a day. Slip text is sealed (AES-256-GCM under the couple's data key) before it reaches this table.
--
-- Removing a slip keeps its row, so that the draws that point at it keep their day, cycle and done mark, but drops
-- its text at once: retired_at is set and text becomes null together, and a removed slip is never drawn again.
create table jar_slip (
    id          uuid        primary key,
    couple_id   uuid        not null references couple (id),
    author_id   uuid        not null references profile (id),
    text        bytea,
    created_at  timestamptz not null,
    retired_at  timestamptz,
    version     bigint      not null default 0,
    check ((retired_at is null) = (text is not null))
);

create index jar_slip_couple_idx on jar_slip (couple_id, created_at desc, id desc);

-- One partner's slip for one day of the couple's calendar (drawn_on, in the couple's time zone), drawn at most once
-- a day. cycle_number counts the partner's passes through the jar: a slip is not drawn again for that partner until
-- every slip in the jar was drawn in the current cycle.
--
-- done_at is when the partner marked the drawn act done; it can be set only on drawn_on itself, so drawn_on is the
-- couple-local day of the act. The trust tracker counts acts of repair per couple-local day from the rows with
-- done_at set, for example:
--   select drawn_on, profile_id from jar_draw where couple_id = :couple and done_at is not null
--   and drawn_on between :from and :to
create table jar_draw (
    id           uuid        primary key,
    couple_id    uuid        not null references couple (id),
    profile_id   uuid        not null references profile (id),
    slip_id      uuid        not null references jar_slip (id),
    drawn_on     date        not null,
    cycle_number integer     not null check (cycle_number >= 1),
    drawn_at     timestamptz not null,
    done_at      timestamptz,
    constraint jar_draw_one_a_day_uk unique (couple_id, profile_id, drawn_on)
);

create index jar_draw_done_idx on jar_draw (couple_id, drawn_on) where done_at is not null;
