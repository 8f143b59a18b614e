-- Who wrote a shared commitment's current words: either partner may reword a shared commitment, so its creator is not
-- always the author of its title and detail, and erasing an account must blank exactly the words that person wrote.
alter table commitment add column worded_by uuid references profile (id);
update commitment set worded_by = created_by;
alter table commitment alter column worded_by set not null;
