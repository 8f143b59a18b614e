-- Support and safety resources (hotlines, crisis lines, counseling directories), curated by admins and served to
-- anyone signed in. Public directory data, not intimate: stored in clear. Reading them leaves no trace anywhere a
-- partner or a counselor could see. country is an ISO 3166-1 alpha-2 code, or 'ZZ' for a resource that serves every
-- country; language is a BCP 47 tag. A retired resource is hidden from everyone but admins and never comes back.
create table support_resource (
    id            uuid        primary key,
    country       text        not null check (country ~ '^[A-Z]{2}$'),
    language      text        not null check (char_length(language) between 2 and 35),
    kind          text        not null check (kind in ('crisisLine', 'hotline', 'textLine', 'counselingDirectory',
                                                       'supportGroup', 'website')),
    name          text        not null check (char_length(name) between 1 and 120),
    description   text        not null check (char_length(description) between 1 and 600),
    phone         text        check (phone is null or char_length(phone) between 2 and 30),
    url           text        check (url is null or char_length(url) between 10 and 500),
    hours         text        check (hours is null or char_length(hours) between 1 and 120),
    available_24h boolean     not null default false,
    created_at    timestamptz not null,
    updated_at    timestamptz not null,
    retired_at    timestamptz,
    version       bigint      not null default 0,
    check (phone is not null or url is not null)
);

create index support_resource_country_idx on support_resource (country, lower(name), id) where retired_at is null;

-- One directory every signed-in person can use, wherever they are: it lists free, confidential helplines by country
-- and topic. Its address is the only contact detail given; admins add national lines with numbers they verified.
insert into support_resource (id, country, language, kind, name, description, url, available_24h, created_at,
                              updated_at)
values ('5a0c3e1f-8b7d-4c2a-9e6f-1d4b8a2c7e90', 'ZZ', 'en', 'counselingDirectory', 'Find A Helpline',
        'A directory of free, confidential helplines and crisis lines in many countries, searchable by country and '
            || 'topic, including relationships, abuse and emotional distress.',
        'https://findahelpline.com', false, timestamptz '2026-11-22 00:00:00+00', timestamptz '2026-11-22 00:00:00+00');

-- Retention: when the content of an ended couple was purged (its data key shredded, what the partners wrote and did
-- deleted). The couple and partner rows stay, so that ids in counselor access records keep pointing somewhere.
alter table couple add column content_purged_at timestamptz;

create index couple_purge_due_idx on couple (ended_at) where ended_at is not null and content_purged_at is null;
