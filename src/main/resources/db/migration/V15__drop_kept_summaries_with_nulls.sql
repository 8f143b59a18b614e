-- Kept progress summaries are a cache of answers. Those kept before this release may still say "keptRate": null,
-- which the contract no longer allows (the field is left out when nothing was due). Every couple's next read
-- computes its summary afresh.
delete from progress_snapshot;
