package app.kintsugi.platform.idempotency;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.scheduler.Scheduled;

/** Removes expired idempotency records in small batches, so the table stays the size of one retention window. */
@ApplicationScoped
class IdempotencyPurge {

    private static final int BATCH = 1000;

    private final IdempotencyStore store;

    IdempotencyPurge(IdempotencyStore store) {
        this.store = store;
    }

    @Scheduled(every = "${kintsugi.idempotency.purge-every:15m}", delayed = "1m", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void purge() {
        while (store.purgeExpired(BATCH) == BATCH) {
            // keep going while full batches come back
        }
    }
}
