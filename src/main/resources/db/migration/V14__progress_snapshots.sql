-- Progress summaries kept between changes. Computing a couple's summary reads its whole history; reading it again
-- while nothing changed should not. The database itself says when something changed: every table a summary reads
-- carries a trigger that, when its transaction commits, moves the couple's epoch on and deletes the couple's kept
-- summaries. A kept summary is served only while its epoch is still the couple's and its clock window holds (it is
-- never kept past the couple's next local midnight nor past the next moment a journal entry is revealed).

-- One counter per couple, made with the couple and moved on at most once per transaction. No foreign key: a couple
-- deleted in the same transaction must not make the commit fail. Keeping a summary locks this row (for share) and
-- keeps it only at the epoch its computation began with: a change committing meanwhile waits for the summary to be
-- kept and then deletes it, or the summary waits for the change and is not kept.
create table progress_epoch (
    couple_id uuid   primary key,
    epoch     bigint not null,
    moved_in  xid8
);

insert into progress_epoch (couple_id, epoch) select id, 0 from couple;

-- The summary as one reader received it, in JSON. viewer is the partner's profile id, or the nil UUID for every
-- counselor (counselors all see the same shared data). It holds display names and averages of check-ins this reader
-- may see, never any text; it is deleted with any change to the couple, erasure and retention included.
create table progress_snapshot (
    couple_id   uuid        not null references couple (id) on delete cascade,
    viewer      uuid        not null,
    epoch       bigint      not null,
    computed_at timestamptz not null,
    valid_until timestamptz not null,
    body        text        not null,
    primary key (couple_id, viewer)
);

create function progress_changed(changed uuid) returns void language plpgsql as $$
begin
    if changed is null then
        return;
    end if;
    insert into progress_epoch as e (couple_id, epoch, moved_in) values (changed, 1, pg_current_xact_id())
    on conflict (couple_id) do update set epoch = e.epoch + 1, moved_in = excluded.moved_in
        where e.moved_in is distinct from excluded.moved_in;
    delete from progress_snapshot where couple_id = changed;
end;
$$;

-- Rows that name their couple.
create function progress_touch_couple_row() returns trigger language plpgsql as $$
begin
    perform progress_changed(case when tg_op = 'DELETE' then old.couple_id else new.couple_id end);
    return null;
end;
$$;

-- Rows of a commitment (checks and schedules). A commitment deleted in the same transaction is found no more; its own
-- trigger has moved the couple on already.
create function progress_touch_commitment_row() returns trigger language plpgsql as $$
begin
    perform progress_changed((select c.couple_id from commitment c
                              where c.id = case when tg_op = 'DELETE' then old.commitment_id
                                                else new.commitment_id end));
    return null;
end;
$$;

create function progress_touch_agreement_row() returns trigger language plpgsql as $$
begin
    perform progress_changed((select a.couple_id from agreement a
                              where a.id = case when tg_op = 'DELETE' then old.agreement_id
                                                else new.agreement_id end));
    return null;
end;
$$;

-- The couple itself: its epoch is made with it; its time zone, its start or its end move it on.
create function progress_touch_couple() returns trigger language plpgsql as $$
begin
    if tg_op = 'INSERT' then
        insert into progress_epoch (couple_id, epoch) values (new.id, 0) on conflict do nothing;
    elsif tg_op = 'DELETE' then
        delete from progress_epoch where couple_id = old.id;
    else
        perform progress_changed(new.id);
    end if;
    return null;
end;
$$;

-- A display name, shown in every summary of the person's couples.
create function progress_touch_profile() returns trigger language plpgsql as $$
begin
    perform progress_changed(p.couple_id) from partner p where p.profile_id = new.id;
    return null;
end;
$$;

create constraint trigger progress_touch after insert or update or delete on journal_entry
    deferrable initially deferred for each row execute function progress_touch_couple_row();
create constraint trigger progress_touch after insert or update or delete on journal_week_read
    deferrable initially deferred for each row execute function progress_touch_couple_row();
create constraint trigger progress_touch after insert or update or delete on practice_session
    deferrable initially deferred for each row execute function progress_touch_couple_row();
create constraint trigger progress_touch after insert or update or delete on practice_run
    deferrable initially deferred for each row execute function progress_touch_couple_row();
create constraint trigger progress_touch after insert or update or delete on jar_draw
    deferrable initially deferred for each row execute function progress_touch_couple_row();
create constraint trigger progress_touch after insert or update or delete on pulse_check
    deferrable initially deferred for each row execute function progress_touch_couple_row();
create constraint trigger progress_touch after insert or update or delete on couple_pause_span
    deferrable initially deferred for each row execute function progress_touch_couple_row();
create constraint trigger progress_touch after insert or update or delete on commitment
    deferrable initially deferred for each row execute function progress_touch_couple_row();
create constraint trigger progress_touch after insert or update or delete on partner
    deferrable initially deferred for each row execute function progress_touch_couple_row();
create constraint trigger progress_touch after insert or update or delete on agreement
    deferrable initially deferred for each row execute function progress_touch_couple_row();
create constraint trigger progress_touch after insert or update or delete on commitment_check
    deferrable initially deferred for each row execute function progress_touch_commitment_row();
create constraint trigger progress_touch after insert or update or delete on commitment_schedule
    deferrable initially deferred for each row execute function progress_touch_commitment_row();
create constraint trigger progress_touch after insert or update or delete on agreement_version
    deferrable initially deferred for each row execute function progress_touch_agreement_row();
create trigger progress_epoch_made after insert on couple for each row execute function progress_touch_couple();
create constraint trigger progress_touch after update or delete on couple
    deferrable initially deferred for each row execute function progress_touch_couple();
create constraint trigger progress_touch after update on profile
    deferrable initially deferred for each row when (old.display_name is distinct from new.display_name)
    execute function progress_touch_profile();
