package app.kintsugi.reliability;

import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * Three replicas on one PostgreSQL, straight to the database (issue 23, "several replicas proven"): the main features
 * across replicas, idempotency keys replayed by any replica, the uniqueness rules (one open practice run, one
 * acceptance per invitation), the scheduled jobs (retention purge, idempotency purge, exports) once per item, one
 * rate-limit budget, and a SIGKILL to one replica that loses no acknowledged write. The scheduled jobs run last but
 * one: the retention purge starts two minutes after a replica did. Figures in {@code target/reliability/multi-*.txt}.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class MultiReplicaIT extends ReplicaScenarios {

    @Override
    String name() {
        return "multi";
    }

    @Override
    boolean pooled() {
        return false;
    }

    @Test
    @Order(1)
    void mainFeaturesAcrossReplicas() {
        smoke();
    }

    @Test
    @Order(2)
    void idempotencyKeysReplayOnEveryReplica() {
        idempotencyAcrossReplicas();
    }

    @Test
    @Order(3)
    void uniquenessRulesHold() {
        uniquenessAcrossReplicas();
    }

    @Test
    @Order(4)
    void oneRateLimitBudget() {
        rateLimitsShared();
    }

    @Test
    @Order(5)
    void scheduledJobsRunOncePerItem() {
        scheduledJobsOncePerItem();
    }

    @Test
    @Order(6)
    void sigkillLosesNoAcknowledgedWrite() {
        killOneReplicaMidLoad();
    }
}
