-- Token buckets of the rate limits (platform/ratelimit), shared by every replica. Bucket4j owns the rows: `state` is
-- its serialised bucket (null for the instant between the insert of a new key and its first update), `expires_at` the
-- epoch millisecond after which a bucket is full again and unused, so that the purge may delete it. Keys name the
-- budget and an opaque caller key (a SHA-256 of issuer and subject) or a client address; nothing else is stored.
create table rate_limit_bucket (
    id         text primary key,
    state      bytea,
    expires_at bigint
);

create index rate_limit_bucket_expires_at on rate_limit_bucket (expires_at);
