package app.kintsugi.reliability;

import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIf;

import app.kintsugi.reliability.support.PgBouncer;

/**
 * The scenarios of {@link MultiReplicaIT}, inherited, with PgBouncer in transaction mode between the replicas and
 * PostgreSQL (issue 23, "pooler-safe database use"), as CloudNativePG's {@code Pooler} runs it: every transaction may
 * get another server connection, so only transaction-scoped state is safe (advisory transaction locks,
 * {@code SET LOCAL}, {@code FOR UPDATE SKIP LOCKED}). The migration step goes straight to PostgreSQL (Flyway's lock is
 * a session lock); the replicas connect through the pooler with {@code prepareThreshold=0}: without it the first
 * replica fails at start, Flyway's validation meeting {@code prepared statement "S_1" already exists} (42P05), as
 * pgJDBC's named statements land on server connections that other clients prepared on (PgBouncer 1.18 does not track
 * prepared statements; 1.21+ can, with {@code max_prepared_statements}). PgBouncer refuses the {@code options} startup
 * parameter that carries {@code -c statement_timeout}, so it is ignored ({@code ignore_startup_parameters}) and the
 * timeout is set on the role instead ({@code ALTER ROLE ... SET statement_timeout}). Afterwards PgBouncer's own figures
 * ({@code SHOW POOLS}, {@code SHOW STATS}). Skipped when no {@code pgbouncer} binary is found
 * ({@code scripts/multi-replica.sh} installs the Debian package).
 */
@EnabledIf("pgbouncerInstalled")
class PooledReplicasIT extends MultiReplicaIT {

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
    @Order(7)
    void poolerFiguresAfterwards() {
        poolerFigures();
    }
}
