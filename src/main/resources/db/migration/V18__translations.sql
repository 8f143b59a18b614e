-- Translations. The English row of a text is its source; a row in any other language is a translation an admin
-- writes, reviews as a draft and publishes. Each row carries a digest of its own words; a translation remembers the
-- digest of the English it was made from, so it is stale exactly when that English has changed since. A stale or
-- draft translation is never served: readers get English and Content-Language says so.
alter table exercise_text
    add column status        text        not null default 'published' check (status in ('draft', 'published')),
    add column source_digest text,
    add column revision      bigint      not null default 1,
    add column updated_at    timestamptz not null default now(),
    add column text_digest   text generated always as (md5(title || chr(31) || summary || chr(31) || steps::text
        || chr(31) || turn_cues::text || chr(31) || reflection_prompts::text || chr(31) || safety_notes::text)) stored,
    add constraint exercise_text_source_ck check ((locale = 'en') = (source_digest is null)),
    add constraint exercise_text_english_published_ck check (locale <> 'en' or status = 'published');

alter table prompt_set_text
    add column status        text        not null default 'published' check (status in ('draft', 'published')),
    add column source_digest text,
    add column revision      bigint      not null default 1,
    add column updated_at    timestamptz not null default now(),
    add column text_digest   text generated always as (md5(title || chr(31) || description || chr(31)
        || prompts::text)) stored,
    add constraint prompt_set_text_source_ck check ((locale = 'en') = (source_digest is null)),
    add constraint prompt_set_text_english_published_ck check (locale <> 'en' or status = 'published');

-- The languages the catalogue is meant to be complete in; the coverage report measures each of them even before its
-- first translation exists. English is the source and is not listed.
create table target_language (
    language   text        primary key check (language ~ '^[a-z]{2,3}(-[A-Z]{2})?$' and language <> 'en'),
    created_at timestamptz not null default now()
);

-- A support resource is written in the language it serves in (its language column); its description can be translated
-- for people who read another one. The name is a proper name and stays as it is.
alter table support_resource
    add column description_digest text generated always as (md5(description)) stored;

create table support_resource_text (
    resource_id   uuid        not null references support_resource (id),
    locale        text        not null check (locale ~ '^[a-z]{2,3}(-[A-Z]{2})?$'),
    description   text        not null check (char_length(description) between 1 and 600),
    status        text        not null default 'draft' check (status in ('draft', 'published')),
    source_digest text        not null,
    revision      bigint      not null default 1,
    updated_at    timestamptz not null default now(),
    primary key (resource_id, locale)
);
