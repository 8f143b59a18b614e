package app.kintsugi.platform.throttle;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;

import app.kintsugi.platform.KintsugiConfig;
import app.kintsugi.platform.problem.ProblemException;
import app.kintsugi.platform.security.Callers;

/**
 * Throttles guessing of secret codes, per caller and kind of code. Failures are counted in PostgreSQL, so the limit
 * holds across replicas and restarts; a caller over the limit gets 429 with {@code Retry-After}, even for a right code,
 * until their oldest failure leaves the window.
 */
@ApplicationScoped
public class AttemptThrottle {

    private final EntityManager entityManager;
    private final KintsugiConfig.Codes config;

    AttemptThrottle(EntityManager entityManager, KintsugiConfig config) {
        this.entityManager = entityManager;
        this.config = config.codes();
    }

    /** Answers 429 when the caller already failed too often within the window. */
    public void check(Callers caller, String kind) {
        Instant now = Instant.now();
        Instant since = now.minus(config.failureWindow());
        Object[] row = (Object[]) entityManager.createNativeQuery("""
                select count(*), min(attempted_at) from code_attempt
                where caller = :caller and kind = :kind and attempted_at > :since""")
                .setParameter("caller", caller.key())
                .setParameter("kind", kind)
                .setParameter("since", since)
                .getSingleResult();
        long failures = ((Number) row[0]).longValue();
        if (failures >= config.maxFailures()) {
            Instant oldest = row[1] instanceof Instant instant
                    ? instant
                    : ((java.time.OffsetDateTime) row[1]).toInstant();
            long wait = Math.max(1, Duration.between(now, oldest.plus(config.failureWindow())).toSeconds() + 1);
            throw new ProblemException(429, "too-many-attempts", "Too many attempts",
                    "Too many codes that did not match were tried. Check the code and try again later.",
                    java.util.List.of(), Map.of("Retry-After", Long.toString(wait)));
        }
    }

    /**
     * Counts one failure. It commits on its own, so that the failure still counts when the request that made it is
     * answered with an error and rolls back.
     */
    public void recordFailure(Callers caller, String kind) {
        QuarkusTransaction.requiringNew().run(() -> entityManager.createNativeQuery(
                "insert into code_attempt (caller, kind, attempted_at) values (:caller, :kind, :now)")
                .setParameter("caller", caller.key())
                .setParameter("kind", kind)
                .setParameter("now", Instant.now())
                .executeUpdate());
    }

    @Scheduled(every = "1h", delayed = "5m", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void purge() {
        QuarkusTransaction.requiringNew().run(() -> entityManager
                .createNativeQuery("delete from code_attempt where attempted_at < :before")
                .setParameter("before", Instant.now().minus(config.failureWindow()))
                .executeUpdate());
    }
}
