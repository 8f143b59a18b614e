package app.kintsugi.reliability;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Collectors;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import app.kintsugi.reliability.support.App;
import app.kintsugi.reliability.support.Closer;
import app.kintsugi.reliability.support.Histogram;
import app.kintsugi.reliability.support.Http;
import app.kintsugi.reliability.support.IdentityProvider;
import app.kintsugi.reliability.support.Postgres;
import app.kintsugi.reliability.support.Report;
import app.kintsugi.reliability.support.Sleep;

/**
 * Rate limits that hold across replicas: two jars on one database with a low per-subject budget (set by environment
 * variable, docs/operations.md), a 2,000-request burst from one caller spread over both, a second caller at a modest
 * rate meanwhile. The first gets 429 {@code rate-limited} with {@code Retry-After}; what both replicas admitted
 * together stays within the one budget (plus the local pre-filter's slack); the second caller is never throttled.
 */
class TwoReplicaRateLimitIT {

    static final int CAPACITY = Integer.getInteger("reliability.rate.capacity", 100);
    /** What each replica's local pre-filter may admit beyond the shared budget. */
    static final int SLACK = Integer.getInteger("reliability.rate.slack", Math.max(5, CAPACITY / 20));
    static final int BURST = 2_000;
    static final int BURST_CLIENTS = 16;

    static Postgres postgres;
    static IdentityProvider identity;
    static final List<App> replicas = new ArrayList<>();
    static Http http;

    @BeforeAll
    static void start() {
        postgres = Postgres.start();
        identity = IdentityProvider.start();
        // Both at once, as a rollout starts them; Flyway's lock lets one migrate while the other waits.
        List<CompletableFuture<App>> starting = List.of("replica-a", "replica-b").stream()
                .map(name -> CompletableFuture.supplyAsync(() -> App.start("rate-" + name, postgres, identity,
                        new App.Settings()
                                .env("KINTSUGI_RATE_LIMIT_ENABLED", "true")
                                .env("KINTSUGI_RATE_LIMIT_BUDGETS_SUBJECT_CAPACITY", Integer.toString(CAPACITY))
                                .env("KINTSUGI_RATE_LIMIT_BUDGETS_SUBJECT_PERIOD", "PT1H")
                                .env("KINTSUGI_RATE_LIMIT_BUDGETS_ANONYMOUS_CAPACITY", "100000")
                                .env("KINTSUGI_RATE_LIMIT_BUDGETS_ANONYMOUS_PERIOD", "PT1H"))))
                .toList();
        RuntimeException failed = null;
        for (CompletableFuture<App> future : starting) {
            try {
                replicas.add(future.join());
            } catch (RuntimeException e) {
                failed = e;
            }
        }
        if (failed != null) {
            throw failed;
        }
        http = new Http();
    }

    @AfterAll
    static void stop() {
        replicas.forEach(App::close);
        Closer.close(http, identity, postgres);
    }

    /** Every outcome of one caller, per replica, and what the throttled answers carried. */
    static final class Caller {
        final List<Histogram> perReplica = List.of(new Histogram(), new Histogram());
        final AtomicLong withoutRetryAfter = new AtomicLong();
        final AtomicLong badProblem = new AtomicLong();
        final AtomicLong withoutRateLimitHeaders = new AtomicLong();
        final AtomicLong maxRetryAfter = new AtomicLong(-1);

        void record(int replica, Http.Answer answer) {
            perReplica.get(replica).add(answer.outcome());
            if (answer.status() != 0 && (answer.header("RateLimit-Policy").isEmpty()
                    || answer.header("RateLimit").isEmpty())) {
                withoutRateLimitHeaders.incrementAndGet();
            }
            if (answer.status() == 429) {
                var retryAfter = answer.header("Retry-After");
                if (retryAfter.isEmpty() || !retryAfter.get().trim().matches("\\d+")) {
                    withoutRetryAfter.incrementAndGet();
                } else {
                    maxRetryAfter.accumulateAndGet(Long.parseLong(retryAfter.get().trim()), Math::max);
                }
                if (!answer.header("Content-Type").orElse("").startsWith("application/problem+json")
                        || !answer.body().contains("\"rate-limited\"")) {
                    badProblem.incrementAndGet();
                }
            }
        }

        long count(String outcome) {
            return perReplica.stream().mapToLong(h -> h.get(outcome)).sum();
        }

        Histogram all() {
            Histogram all = new Histogram();
            perReplica.forEach(h -> h.snapshot().forEach((key, count) -> {
                for (long i = 0; i < count; i++) {
                    all.add(key);
                }
            }));
            return all;
        }
    }

    @Test
    void oneBudgetAcrossTwoReplicas() throws Exception {
        String flooder = identity.token("k1", "flooder-" + UUID.randomUUID(), "user");
        String neighbour = identity.token("k1", "neighbour-" + UUID.randomUUID(), "user");
        Caller burst = new Caller();
        Caller modest = new Caller();
        AtomicInteger next = new AtomicInteger();
        long start = System.nanoTime();

        List<Thread> threads = new ArrayList<>();
        for (int t = 0; t < BURST_CLIENTS; t++) {
            Thread thread = new Thread(() -> {
                int i;
                while ((i = next.getAndIncrement()) < BURST) {
                    int replica = i % 2;
                    burst.record(replica, http.get(replicas.get(replica).uri("/v1/commitment-categories"), flooder));
                }
            });
            thread.start();
            threads.add(thread);
        }
        Thread neighbourThread = new Thread(() -> {
            int i = 0;
            while (i < 20 || next.get() < BURST) {
                int replica = i % 2;
                modest.record(replica, http.get(replicas.get(replica).uri("/v1/commitment-categories"), neighbour));
                i++;
                Sleep.millis(200);
            }
        });
        neighbourThread.start();
        for (Thread thread : threads) {
            thread.join();
        }
        double burstSeconds = (System.nanoTime() - start) / 1e9;
        neighbourThread.join();

        long admitted = burst.count("200");
        long refill = (long) Math.ceil(CAPACITY * burstSeconds / 3600.0);
        long allowed = CAPACITY + refill + 2L * SLACK;
        String metrics = replicas.stream().map(app -> app.name() + ": " + http.get(app.operations("/q/metrics"), null)
                .body().lines().filter(line -> line.startsWith("kintsugi_rate_limited_requests_total"))
                .collect(Collectors.joining("; "))).collect(Collectors.joining(" | "));

        new Report("rate-limit-two-replicas", "rate limits, two replicas on one database")
                .line("budget (subject)", CAPACITY + " per PT1H; slack allowed " + SLACK + " per replica")
                .line("burst", BURST + " GET /v1/commitment-categories, " + BURST_CLIENTS
                        + " threads, alternating replicas, " + String.format("%.1f s", burstSeconds))
                .line("burst caller, replica A", burst.perReplica.get(0))
                .line("burst caller, replica B", burst.perReplica.get(1))
                .line("admitted across both (allowed)", admitted + " (" + allowed + ")")
                .line("429 without numeric Retry-After", burst.withoutRetryAfter.get())
                .line("429 not problem+json rate-limited", burst.badProblem.get())
                .line("largest Retry-After (s)", burst.maxRetryAfter.get())
                .line("second caller (5 req/s)", modest.all())
                .line("answers without RateLimit/-Policy", burst.withoutRateLimitHeaders.get()
                        + modest.withoutRateLimitHeaders.get())
                .line("metrics", metrics.isBlank() ? "(none)" : metrics)
                .print();

        assertTrue(burst.count("429") > 0, "the burst was never throttled: " + burst.all());
        assertEquals(0, burst.withoutRetryAfter.get(), "429 without Retry-After");
        assertEquals(0, burst.badProblem.get(), "429 not problem+json with code rate-limited");
        assertTrue(admitted <= allowed, "both replicas admitted " + admitted + ", budget " + CAPACITY);
        assertTrue(admitted >= CAPACITY - 2L * SLACK, "admitted far less than the budget: " + admitted);
        assertEquals(0, modest.count("429"), "the second caller was throttled: " + modest.all());
        assertEquals(modest.all().total(), modest.count("200"), "second caller: " + modest.all());
        assertEquals(0, burst.all().serverErrorsOtherThan503() + burst.all().get("503"), "5xx: " + burst.all());
        assertEquals(0, burst.withoutRateLimitHeaders.get() + modest.withoutRateLimitHeaders.get(),
                "answers without RateLimit-Policy and RateLimit");
    }
}
