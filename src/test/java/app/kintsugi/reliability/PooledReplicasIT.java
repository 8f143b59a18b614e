package app.kintsugi.reliability;

import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.condition.EnabledIf;

import app.kintsugi.reliability.support.PgBouncer;

/**
 * The same three replicas with PgBouncer in transaction mode between them and PostgreSQL (issue 23, "pooler-safe
 * database use"), as CloudNativePG's {@code Pooler} runs it: every transaction may get another server connection, so
 * only transaction-scoped state is safe (advisory transaction locks, {@code SET LOCAL}). The migration step goes
 * straight to PostgreSQL; the replicas connect through the pooler with {@code prepareThreshold=0} (pgJDBC then uses
 * unnamed statements only; PgBouncer 1.18 keeps no prepared statements across transactions). The representative subset:
 * the main features, idempotency across replicas, the uniqueness rules and the SIGKILL. Skipped when no
 * {@code pgbouncer} binary is found ({@code scripts/multi-replica.sh} installs the Debian package).
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
@EnabledIf("pgbouncerInstalled")
class PooledReplicasIT extends ReplicaScenarios {

    static boolean pgbouncerInstalled() {
        return PgBouncer.binary().isPresent();
    }

    @Override
    String name() {
        return "pooled";
    }

    @Override
    boolean pooled() {
        return true;
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
    @Order(6)
    void sigkillLosesNoAcknowledgedWrite() {
        killOneReplicaMidLoad();
    }
}
