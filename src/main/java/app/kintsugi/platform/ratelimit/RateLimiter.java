package app.kintsugi.platform.ratelimit;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.LongSupplier;

import javax.sql.DataSource;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.jboss.logging.Logger;

import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.BucketConfiguration;
import io.github.bucket4j.ConsumptionProbe;
import io.github.bucket4j.distributed.ExpirationAfterWriteStrategy;
import io.github.bucket4j.distributed.jdbc.PrimaryKeyMapper;
import io.github.bucket4j.postgresql.Bucket4jPostgreSQL;
import io.github.bucket4j.postgresql.PostgreSQLSelectForUpdateBasedProxyManager;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.scheduler.Scheduled;

import app.kintsugi.platform.KintsugiConfig;

/**
 * Token buckets for every budget, kept in PostgreSQL ({@code rate_limit_bucket}) so that all replicas draw from the
 * same bucket, in front of which each replica keeps a cheap local pre-filter.
 *
 * <p>
 * <b>Store.</b> Bucket4j's PostgreSQL proxy manager with the select-for-update strategy: one short transaction per
 * check (insert the row if new, {@code select ... for update}, update, commit) that locks only the row of that one
 * bucket. The advisory-lock strategy was not chosen: it needs numeric keys (our keys are text, so they would have to be
 * hashed into 64 bits, with collisions merging two callers' budgets), and advisory locks live in one database-wide
 * namespace that Flyway's migration lock also uses.
 *
 * <p>
 * <b>Pre-filter.</b> When the store refuses a key, the replica remembers until when that bucket is empty (the time
 * until its next token, which Bucket4j computes exactly) and refuses the key locally until then, without a database
 * round trip. A flood from one caller therefore costs the database about one check per refill interval and replica,
 * whatever its rate, and the local answer is exact, not an approximation: the bucket cannot have a token before that
 * instant.
 *
 * <p>
 * <b>Leases.</b> A caller who sends many requests does not cost one store transaction each: the replica takes a batch
 * of tokens from the shared bucket at once (a lease) and spends them locally, going back to the store only when the
 * lease is spent or older than {@link #LEASE_LIFETIME}. A lease starts at one token and doubles each time one is spent
 * within its lifetime, up to the budget's refill over one lifetime ({@code capacity × 1 s / period}), a tenth of the
 * capacity, and {@link #MAX_LEASE}, whichever is smallest; a budget whose refill is under two tokens a second never
 * leases. Tokens are only ever taken from the shared bucket, never made up locally, so across all replicas no caller
 * gets more than the budget; what a lease changes is when: a replica may spend tokens it took up to a second ago, so
 * within any window a caller can get at most N × lease more than the bucket alone would allow with N replicas. Unspent
 * tokens of a lease that went stale are carried into the next one (a lease forgotten to bound memory loses them, at
 * most one lease per caller).
 *
 * <p>
 * If the store cannot be reached, requests are let through (and logged): an outage of the rate limiter must not become
 * an outage of the API; the database outage itself is answered by the layers that need the database.
 */
@ApplicationScoped
public class RateLimiter {

    private static final Logger LOG = Logger.getLogger(RateLimiter.class);
    /** Keys remembered as empty, at most; beyond it expired entries are dropped, then all if need be. */
    private static final int MAX_EMPTY_KEYS = 100_000;
    /** Leases kept, at most; beyond it stale ones are dropped, then all if need be. */
    private static final int MAX_LEASES = 100_000;
    /** How long a lease's tokens may be spent before the replica goes back to the shared bucket. */
    static final long LEASE_LIFETIME = 1_000_000_000L;
    /** The largest lease, whatever the budget. */
    static final long MAX_LEASE = 100;

    private final boolean enabled;
    private final Map<String, Budget> budgets;
    private final Map<String, BucketConfiguration> configurations = new ConcurrentHashMap<>();
    private final PostgreSQLSelectForUpdateBasedProxyManager<String> store;
    private final ConcurrentHashMap<String, Empty> empty = new ConcurrentHashMap<>();
    private final ConcurrentHashMap<String, Lease> leases = new ConcurrentHashMap<>();
    private final Map<String, Counter> limited = new ConcurrentHashMap<>();
    private final Map<String, Counter> storeChecks = new ConcurrentHashMap<>();
    private final MeterRegistry registry;
    private final LongSupplier nanoTime;
    private volatile long lastFailureLog;

    @Inject
    RateLimiter(DataSource dataSource, KintsugiConfig config, MeterRegistry registry) {
        this(dataSource, config.rateLimit().enabled(), budgets(config.rateLimit()), registry, System::nanoTime);
    }

    /** A limiter of its own over the same table, as another replica has: tests build a second one. */
    RateLimiter(DataSource dataSource, boolean enabled, Map<String, Budget> budgets, MeterRegistry registry,
            LongSupplier nanoTime) {
        this.enabled = enabled;
        this.budgets = Map.copyOf(budgets);
        this.registry = registry;
        this.nanoTime = nanoTime;
        for (String required : List.of(Budget.SUBJECT, Budget.ANONYMOUS, Budget.EXPENSIVE)) {
            if (!budgets.containsKey(required)) {
                throw new IllegalStateException("kintsugi.rate-limit.budgets." + required + " is not configured");
            }
        }
        this.store = Bucket4jPostgreSQL.selectForUpdateBasedBuilder(dataSource)
                .primaryKeyMapper(PrimaryKeyMapper.STRING)
                .table("rate_limit_bucket")
                .idColumn("id")
                .stateColumn("state")
                .expiresAtColumn("expires_at")
                // A bucket is worth keeping only until it is full again; a minute more spares rewriting a row that a
                // caller is about to use again.
                .expirationAfterWrite(ExpirationAfterWriteStrategy.basedOnTimeForRefillingBucketUpToMax(
                        Duration.ofMinutes(1)))
                .build();
        budgets.values().forEach(budget -> {
            limited(budget);
            storeChecks(budget);
        });
    }

    private static Map<String, Budget> budgets(KintsugiConfig.RateLimit config) {
        Map<String, Budget> budgets = new LinkedHashMap<>();
        config.budgets().forEach((name, budget) -> budgets.put(name, new Budget(name, budget.capacity(),
                budget.period())));
        return budgets;
    }

    public boolean enabled() {
        return enabled;
    }

    public Budget budget(String name) {
        Budget budget = budgets.get(name);
        if (budget == null) {
            throw new IllegalArgumentException("No rate-limit budget named " + name);
        }
        return budget;
    }

    /**
     * The local pre-filter alone: a refusal when this replica knows the bucket is empty, without touching the database.
     * Cheap enough for the event loop.
     */
    Optional<Usage> refusedLocally(Budget budget, String callerKey) {
        String key = budget.storeKey(callerKey);
        Empty known = empty.get(key);
        if (known == null) {
            return Optional.empty();
        }
        long now = nanoTime.getAsLong();
        if (now - known.until() >= 0) {
            empty.remove(key, known);
            return Optional.empty();
        }
        limited(budget).increment();
        return Optional.of(new Usage(budget, false, 0, Usage.seconds(known.fullAt() - now),
                Math.max(1, Usage.seconds(known.until() - now))));
    }

    /**
     * Takes one token from the caller's bucket of this budget: from the local pre-filter when it knows the bucket is
     * empty, from this replica's lease when it holds one, otherwise from the shared bucket in PostgreSQL. Blocking:
     * call it on a worker thread.
     *
     * @return the outcome, or empty when the store failed and the request is let through unlimited
     */
    Optional<Usage> consume(Budget budget, String callerKey) {
        Optional<Usage> local = refusedLocally(budget, callerKey);
        if (local.isPresent()) {
            return local;
        }
        String key = budget.storeKey(callerKey);
        if (maxLease(budget) == 1) {
            return fromStore(budget, key);
        }
        Lease lease = lease(key);
        lease.lock.lock();
        try {
            Optional<Usage> leased = lease.spend(budget, nanoTime.getAsLong());
            if (leased.isPresent()) {
                return leased;
            }
            // The thread that held the lock before may just have found the bucket empty: no second store check then.
            Optional<Usage> refused = refusedLocally(budget, callerKey);
            return refused.isPresent() ? refused : renew(budget, key, lease);
        } finally {
            lease.lock.unlock();
        }
    }

    /**
     * A token from this replica's lease, if it holds a fresh one for the caller, without touching the database or
     * waiting for another thread: cheap enough for the event loop. Empty means: call {@link #consume}.
     */
    Optional<Usage> fromLease(Budget budget, String callerKey) {
        if (maxLease(budget) == 1) {
            return Optional.empty();
        }
        Lease lease = leases.get(budget.storeKey(callerKey));
        if (lease == null || !lease.lock.tryLock()) {
            return Optional.empty();
        }
        try {
            return lease.spend(budget, nanoTime.getAsLong());
        } finally {
            lease.lock.unlock();
        }
    }

    /** One token straight from the shared bucket: the path of every budget too slow to lease. */
    private Optional<Usage> fromStore(Budget budget, String key) {
        ConsumptionProbe probe;
        try {
            storeChecks(budget).increment();
            probe = store.builder().build(key, () -> configuration(budget)).tryConsumeAndReturnRemaining(1);
        } catch (RuntimeException e) {
            logStoreFailure(e);
            return Optional.empty();
        }
        long reset = Usage.seconds(probe.getNanosToWaitForReset());
        if (probe.isConsumed()) {
            return Optional.of(new Usage(budget, true, probe.getRemainingTokens(), reset, 0));
        }
        return Optional.of(refuse(budget, key, probe));
    }

    /** Takes a new lease from the shared bucket (the caller holds the lease's lock) and spends its first token. */
    private Optional<Usage> renew(Budget budget, String key, Lease lease) {
        long now = nanoTime.getAsLong();
        long size = lease.nextSize(maxLease(budget), now);
        long carried = lease.tokens;
        long wanted = Math.max(1, size - carried);
        ConsumptionProbe probe;
        try {
            var bucket = store.builder().build(key, () -> configuration(budget));
            storeChecks(budget).increment();
            probe = bucket.tryConsumeAndReturnRemaining(wanted);
            if (!probe.isConsumed() && wanted > 1 && probe.getRemainingTokens() >= 1) {
                // Nearly empty: take what is left. A second round trip, only at the end of a caller's budget.
                wanted = probe.getRemainingTokens();
                storeChecks(budget).increment();
                probe = bucket.tryConsumeAndReturnRemaining(wanted);
            }
        } catch (RuntimeException e) {
            logStoreFailure(e);
            return Optional.empty();
        }
        now = nanoTime.getAsLong();
        if (probe.isConsumed()) {
            lease.take(carried + wanted, probe.getRemainingTokens(), now + probe.getNanosToWaitForReset(), now);
        } else if (carried > 0) {
            // The shared bucket is empty, but tokens taken earlier are still this replica's to spend.
            lease.take(carried, 0, now + probe.getNanosToWaitForReset(), now);
        } else {
            lease.take(0, 0, now + probe.getNanosToWaitForReset(), now);
            return Optional.of(refuse(budget, key, probe));
        }
        return lease.spend(budget, now);
    }

    private Usage refuse(Budget budget, String key, ConsumptionProbe probe) {
        long now = nanoTime.getAsLong();
        remember(key, new Empty(now + probe.getNanosToWaitForRefill(), now + probe.getNanosToWaitForReset()));
        limited(budget).increment();
        return new Usage(budget, false, 0, Usage.seconds(probe.getNanosToWaitForReset()),
                Math.max(1, Usage.seconds(probe.getNanosToWaitForRefill())));
    }

    /**
     * The largest lease this budget allows: its refill over one lease lifetime, at most a tenth of its capacity and
     * {@link #MAX_LEASE}; 1 (no lease) for a budget that refills more slowly than two tokens a lifetime.
     */
    static long maxLease(Budget budget) {
        double perLifetime = (double) budget.capacity() * LEASE_LIFETIME / budget.period().toNanos();
        long lease = Math.min(Math.min((long) perLifetime, budget.capacity() / 10), MAX_LEASE);
        return lease < 2 ? 1 : lease;
    }

    private Lease lease(String key) {
        Lease lease = leases.get(key);
        if (lease != null) {
            return lease;
        }
        if (leases.size() >= MAX_LEASES) {
            long now = nanoTime.getAsLong();
            leases.values().removeIf(entry -> entry.stale(now));
            if (leases.size() >= MAX_LEASES) {
                leases.clear();
            }
        }
        return leases.computeIfAbsent(key, ignored -> new Lease());
    }

    private void remember(String key, Empty until) {
        if (empty.size() >= MAX_EMPTY_KEYS) {
            long now = nanoTime.getAsLong();
            empty.values().removeIf(entry -> now - entry.until() >= 0);
            if (empty.size() >= MAX_EMPTY_KEYS) {
                empty.clear();
            }
        }
        empty.put(key, until);
    }

    private BucketConfiguration configuration(Budget budget) {
        return configurations.computeIfAbsent(budget.name(), name -> BucketConfiguration.builder()
                .addLimit(Bandwidth.builder().capacity(budget.capacity())
                        .refillGreedy(budget.capacity(), budget.period()).build())
                .build());
    }

    private Counter limited(Budget budget) {
        return limited.computeIfAbsent(budget.name(), name -> Counter.builder("kintsugi.rate.limited.requests")
                .description("Requests refused with 429 rate-limited, by budget")
                .tag("budget", name)
                .register(registry));
    }

    private Counter storeChecks(Budget budget) {
        return storeChecks.computeIfAbsent(budget.name(), name -> Counter.builder("kintsugi.rate.limit.store.checks")
                .description("Rate-limit checks that reached the shared buckets in PostgreSQL, by budget")
                .tag("budget", name)
                .register(registry));
    }

    private void logStoreFailure(RuntimeException e) {
        long now = nanoTime.getAsLong();
        if (now - lastFailureLog > 10_000_000_000L || lastFailureLog == 0) {
            lastFailureLog = now;
            LOG.warnf("Rate-limit buckets unreachable, requests pass unlimited meanwhile: %s", e.toString());
        }
    }

    /** Deletes buckets that are full again and unused, on every replica (each takes rows no other one holds). */
    @Scheduled(every = "10m", delayed = "1m", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void purge() {
        try {
            int removed;
            do {
                removed = store.removeExpired(1000);
            } while (removed >= 1000);
        } catch (RuntimeException e) {
            LOG.warnf("Could not purge expired rate-limit buckets: %s", e.toString());
        }
    }

    /**
     * Tokens this replica took from one shared bucket and has not spent yet, with what the bucket said when they were
     * taken; guarded by its lock. Its {@code RateLimit} remaining is the shared bucket's remaining then plus the
     * unspent tokens: exact with one replica but for what refilled since (at most one lease), an estimate with several.
     */
    private static final class Lease {
        final ReentrantLock lock = new ReentrantLock();
        long tokens;
        long size = 1;
        long takenAt;
        long sharedRemaining;
        long fullAt;
        boolean taken;

        boolean stale(long now) {
            return now - takenAt >= LEASE_LIFETIME;
        }

        Optional<Usage> spend(Budget budget, long now) {
            if (tokens <= 0 || stale(now)) {
                return Optional.empty();
            }
            tokens--;
            long nanosPerToken = budget.period().toNanos() / budget.capacity();
            long reset = Math.max(0, fullAt - now - tokens * nanosPerToken);
            return Optional.of(new Usage(budget, true, sharedRemaining + tokens, Usage.seconds(reset), 0));
        }

        /** Doubles after a lease spent within its lifetime, halves after one that went stale. */
        long nextSize(long max, long now) {
            if (taken) {
                size = stale(now) ? Math.max(1, size / 2) : Math.min(max, size * 2);
            }
            return Math.min(size, max);
        }

        void take(long tokens, long sharedRemaining, long fullAt, long now) {
            this.tokens = tokens;
            this.sharedRemaining = sharedRemaining;
            this.fullAt = fullAt;
            this.takenAt = now;
            this.taken = true;
        }
    }

    /** A bucket known to be empty until {@code until}, and full again at {@code fullAt} (both {@code nanoTime}). */
    private record Empty(long until, long fullAt) {
    }
}
