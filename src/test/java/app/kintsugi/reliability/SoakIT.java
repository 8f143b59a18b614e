package app.kintsugi.reliability;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.Semaphore;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.LongAdder;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import app.kintsugi.reliability.support.App;
import app.kintsugi.reliability.support.Closer;
import app.kintsugi.reliability.support.Histogram;
import app.kintsugi.reliability.support.Http;
import app.kintsugi.reliability.support.IdentityProvider;
import app.kintsugi.reliability.support.Latencies;
import app.kintsugi.reliability.support.Letters;
import app.kintsugi.reliability.support.Postgres;
import app.kintsugi.reliability.support.Report;

/**
 * A soak at half saturation: first the saturation throughput of a representative mix (closed loop, 16 clients), then an
 * open-loop load at half that rate for {@code -Dreliability.soak} (10 minutes by default), with the jar's resident
 * memory and the latency percentiles per minute, and their drift from the first minute to the last.
 */
class SoakIT {

    static final Duration SOAK = Duration.parse(System.getProperty("reliability.soak", "PT10M"));
    static final Duration WARMUP = Duration.parse(System.getProperty("reliability.warmup", "PT20S"));
    static final Duration SATURATION = Duration.parse(System.getProperty("reliability.saturation", "PT20S"));
    static final Duration BUCKET = SOAK.compareTo(Duration.ofMinutes(3)) < 0
            ? SOAK.dividedBy(4)
            : Duration.ofMinutes(1);
    static final int CLIENTS = 16;
    static final int WRITERS = 8;
    static final String MIX = "45% list letters (20 a page), 25% GET /v1/me, 10% categories, 20% write a letter";

    static Postgres postgres;
    static IdentityProvider identity;
    static App app;
    static Http http;
    static List<Letters.Writer> writers = new ArrayList<>();

    @BeforeAll
    static void start() {
        postgres = Postgres.start();
        identity = IdentityProvider.start();
        app = App.start("soak", postgres, identity, App.Settings.unthrottled());
        http = new Http();
        for (int i = 0; i < WRITERS; i++) {
            Letters.Writer writer = Letters.writer(http, app, identity, "soak" + i);
            writers.add(writer);
            for (int j = 0; j < 20; j++) {
                String key = UUID.randomUUID().toString();
                http.post(writer.letters(app), writer.token(), Letters.body(key), key);
            }
        }
    }

    @AfterAll
    static void stop() {
        Closer.close(http, app, identity, postgres);
    }

    /** One request of the mix, sent asynchronously. */
    static CompletableFuture<Http.Answer> request() {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        Letters.Writer writer = writers.get(random.nextInt(writers.size()));
        double pick = random.nextDouble();
        if (pick < 0.45) {
            return http.getAsync(URI.create(writer.letters(app) + "?limit=20"), writer.token());
        }
        if (pick < 0.70) {
            return http.getAsync(app.uri("/v1/me"), writer.token());
        }
        if (pick < 0.80) {
            return http.getAsync(app.uri("/v1/commitment-categories"), writer.token());
        }
        String key = UUID.randomUUID().toString();
        return http.postAsync(writer.letters(app), writer.token(), Letters.body(key), key);
    }

    static final class Bucket {
        final Latencies latencies = new Latencies();
        final Histogram outcomes = new Histogram();
        volatile double rss;
    }

    static void closedLoop(Duration length, LongAdder completed, Histogram outcomes, Latencies latencies)
            throws InterruptedException {
        long end = System.nanoTime() + length.toNanos();
        List<Thread> clients = new ArrayList<>();
        for (int i = 0; i < CLIENTS; i++) {
            Thread client = new Thread(() -> {
                while (System.nanoTime() < end) {
                    Http.Answer answer = request().join();
                    completed.increment();
                    outcomes.add(answer.outcome());
                    latencies.add(answer.millis());
                }
            });
            client.start();
            clients.add(client);
        }
        for (Thread client : clients) {
            client.join();
        }
    }

    @Test
    void halfSaturation() throws Exception {
        // Warm-up (the JIT), then saturation: closed loop, each client sends the next request when the last one
        // answered.
        closedLoop(WARMUP, new LongAdder(), new Histogram(), new Latencies());
        LongAdder completed = new LongAdder();
        Histogram satOutcomes = new Histogram();
        Latencies satLatencies = new Latencies();
        long satStart = System.nanoTime();
        closedLoop(SATURATION, completed, satOutcomes, satLatencies);
        double saturation = completed.sum() / ((System.nanoTime() - satStart) / 1e9);
        double rate = saturation / 2;

        // The soak: open loop at half that rate; a request waits for nobody, up to 256 outstanding.
        int buckets = (int) Math.max(1, SOAK.toNanos() / BUCKET.toNanos());
        List<Bucket> results = new ArrayList<>();
        for (int i = 0; i < buckets; i++) {
            results.add(new Bucket());
        }
        Semaphore outstanding = new Semaphore(256);
        AtomicLong sent = new AtomicLong();
        LongAdder skipped = new LongAdder();
        ScheduledExecutorService ticker = Executors.newScheduledThreadPool(2);
        long soakStart = System.nanoTime();
        long period = (long) (1e9 / rate);
        ticker.scheduleAtFixedRate(() -> {
            int index = (int) ((System.nanoTime() - soakStart) / BUCKET.toNanos());
            if (index >= buckets) {
                return;
            }
            if (!outstanding.tryAcquire()) {
                skipped.increment();
                return;
            }
            sent.incrementAndGet();
            Bucket bucket = results.get(index);
            request().whenComplete((answer, failure) -> {
                outstanding.release();
                bucket.outcomes.add(answer.outcome());
                bucket.latencies.add(answer.millis());
            });
        }, 0, period, TimeUnit.NANOSECONDS);
        ticker.scheduleAtFixedRate(() -> {
            int index = (int) ((System.nanoTime() - soakStart) / BUCKET.toNanos());
            if (index < buckets) {
                app.rssMiB().ifPresent(rss -> results.get(index).rss = rss);
            }
        }, 1, 1, TimeUnit.SECONDS);
        Thread.sleep(SOAK.toMillis());
        ticker.shutdown();
        ticker.awaitTermination(10, TimeUnit.SECONDS);
        outstanding.acquire(256);

        Report report = new Report("soak", "soak at half saturation, " + SOAK.toMinutes() + " min");
        report.line("mix", MIX)
                .line("saturation (" + CLIENTS + " clients, " + SATURATION.toSeconds() + " s closed loop after "
                        + WARMUP.toSeconds() + " s warm-up)",
                        String.format("%.0f req/s, p50 %.1f ms, p99 %.1f ms, %s", saturation,
                                satLatencies.quantile(0.5), satLatencies.quantile(0.99), satOutcomes))
                .line("soak rate (open loop)", String.format("%.0f req/s, %d sent, %d skipped (256 outstanding)",
                        rate, sent.get(), skipped.sum()))
                .line("jvm options", System.getProperty("reliability.jvm", "-Xms128m -Xmx384m"))
                .text(String.format("%-8s %9s %9s %9s %9s  %s", "bucket", "requests", "p50 ms", "p99 ms", "RSS MiB",
                        "outcomes"));
        Histogram all = new Histogram();
        for (int i = 0; i < buckets; i++) {
            Bucket bucket = results.get(i);
            bucket.outcomes.snapshot().forEach((key, count) -> {
                for (long c = 0; c < count; c++) {
                    all.add(key);
                }
            });
            report.text(String.format("%-8s %9d %9.1f %9.1f %9.0f  %s", (i + 1) + "/" + buckets,
                    bucket.latencies.count(), bucket.latencies.quantile(0.5), bucket.latencies.quantile(0.99),
                    bucket.rss, bucket.outcomes));
        }
        Bucket first = results.get(0);
        Bucket last = results.get(buckets - 1);
        report.line("bucket length", BUCKET.toSeconds() + " s")
                .line("drift p50, last vs first", String.format("%+.1f ms (%.2fx)",
                        last.latencies.quantile(0.5) - first.latencies.quantile(0.5),
                        last.latencies.quantile(0.5) / first.latencies.quantile(0.5)))
                .line("drift p99, last vs first", String.format("%+.1f ms (%.2fx)",
                        last.latencies.quantile(0.99) - first.latencies.quantile(0.99),
                        last.latencies.quantile(0.99) / first.latencies.quantile(0.99)))
                .line("drift RSS, last vs first", String.format("%+.0f MiB", last.rss - first.rss))
                .line("outcomes, whole soak", all)
                .print();

        long failures = all.snapshot().entrySet().stream()
                .filter(entry -> !entry.getKey().startsWith("2")).mapToLong(java.util.Map.Entry::getValue).sum();
        assertEquals(0, failures, "answers other than 2xx during the soak: " + all);
        assertTrue(sent.get() >= 0.9 * rate * SOAK.toSeconds(), "the soak fell behind its rate");
    }
}
