package app.kintsugi.bench;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;

/**
 * The requests the benchmark sends, and an open-loop load generator for the mixed load.
 *
 * <p>
 * wrk is a closed loop: a connection sends its next request only after the previous answer, so when the service stalls,
 * wrk stalls with it and the stall is counted once instead of for every request that should have been sent meanwhile
 * (coordinated omission). The mixed row is therefore run at a fixed arrival rate: request {@code i} is due at
 * {@code start + i / rate} whatever happened before, is sent asynchronously, and its latency is measured from when it
 * was due, not from when it was sent. A generator that falls behind its schedule thus shows up in the latencies.
 */
final class Load {

    private Load() {
    }

    /** A GET with its caller's bearer token (null: anonymous). */
    record Get(String path, String token) {
    }

    /** A partner who writes journal entries to their couple: POST to {@code path}. */
    record Writer(String path, String token) {
    }

    /** What an open-loop run measured. */
    record Result(double offeredRate, double achievedRate, long sent, long errors, double p50Ms, double p90Ms,
            double p99Ms, double p999Ms, double maxMs, long lateSends) {
    }

    /** The mix: a percentage of reads, of writes, and summaries for the rest. */
    record Mix(List<Get> reads, List<Writer> writers, List<Get> summaries, int days, int readPercent,
            int writePercent) {
    }

    static final String ENTRY_TEXT = "A quiet walk after dinner, phones left at home.";
    private static final String[] KINDS = {"appreciation", "tinyWin", "connection", "reflection"};

    /**
     * Sends the mix at {@code rate} requests per second for {@code duration}, and waits at most ten seconds for the
     * answers still due. An answer outside 2xx, a timeout or a transport failure counts as an error.
     */
    static Result openLoop(String base, Mix mix, double rate, Duration duration, String runId)
            throws InterruptedException {
        ExecutorService executor = Executors.newFixedThreadPool(2);
        HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).executor(executor)
                .connectTimeout(Duration.ofSeconds(5)).build();
        int total = (int) Math.max(1, Math.round(rate * duration.toMillis() / 1000.0));
        long[] latencies = new long[total];
        Arrays.fill(latencies, -1);
        AtomicLong errors = new AtomicLong();
        AtomicLong done = new AtomicLong();
        long late = 0;
        SplittableRandom random = new SplittableRandom(42);
        double intervalNanos = 1e9 / rate;
        CompletableFuture<?>[] futures = new CompletableFuture<?>[total];
        long start = System.nanoTime() + 50_000_000L;
        for (int i = 0; i < total; i++) {
            long due = start + (long) (i * intervalNanos);
            long wait = due - System.nanoTime();
            if (wait > 0) {
                LockSupport.parkNanos(wait);
            } else if (wait < -1_000_000L) {
                late++;
            }
            HttpRequest request = request(base, mix, random, runId + "-" + i);
            int index = i;
            futures[i] = client.sendAsync(request, HttpResponse.BodyHandlers.discarding())
                    .whenComplete((response, failure) -> {
                        latencies[index] = System.nanoTime() - due;
                        if (failure != null || response.statusCode() >= 300) {
                            errors.incrementAndGet();
                        }
                        done.incrementAndGet();
                    });
        }
        long sendingEnded = System.nanoTime();
        try {
            CompletableFuture.allOf(futures).get(10, TimeUnit.SECONDS);
        } catch (java.util.concurrent.ExecutionException | java.util.concurrent.TimeoutException e) {
            // Failures are counted per request above; answers still missing count as errors below.
        }
        executor.shutdownNow();
        long[] seen = Arrays.stream(latencies).filter(l -> l >= 0).sorted().toArray();
        long missing = total - seen.length;
        double seconds = (sendingEnded - start) / 1e9;
        return new Result(rate, total / seconds, total, errors.get() + missing, percentile(seen, 50),
                percentile(seen, 90), percentile(seen, 99), percentile(seen, 99.9),
                seen.length == 0 ? Double.NaN : seen[seen.length - 1] / 1e6, late);
    }

    private static double percentile(long[] sorted, double p) {
        if (sorted.length == 0) {
            return Double.NaN;
        }
        int index = (int) Math.ceil(p / 100 * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, index))] / 1e6;
    }

    private static HttpRequest request(String base, Mix mix, SplittableRandom random, String key) {
        int r = random.nextInt(100) + 1;
        if (r <= mix.readPercent()) {
            return get(base, mix.reads().get(random.nextInt(mix.reads().size())));
        }
        if (r <= mix.readPercent() + mix.writePercent()) {
            Writer writer = mix.writers().get(random.nextInt(mix.writers().size()));
            LocalDate day = LocalDate.now(ZoneOffset.UTC).minusDays(1 + random.nextInt(mix.days()));
            String body = "{\"kind\":\"" + KINDS[random.nextInt(KINDS.length)] + "\",\"text\":\"" + ENTRY_TEXT
                    + "\",\"writtenOn\":\"" + day + "\",\"visibility\":\"partner\"}";
            return HttpRequest.newBuilder(URI.create(base + writer.path())).timeout(Duration.ofSeconds(10))
                    .header("Authorization", "Bearer " + writer.token()).header("Content-Type", "application/json")
                    .header("Idempotency-Key", key).POST(HttpRequest.BodyPublishers.ofString(body)).build();
        }
        return get(base, mix.summaries().get(random.nextInt(mix.summaries().size())));
    }

    private static HttpRequest get(String base, Get get) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(base + get.path()))
                .timeout(Duration.ofSeconds(10)).GET();
        if (get.token() != null) {
            builder.header("Authorization", "Bearer " + get.token());
        }
        return builder.build();
    }

    /** One request sent and answered before the next, for counting what each request costs. */
    static int sequential(HttpClient client, String base, Get get) throws Exception {
        return client.send(get(base, get), HttpResponse.BodyHandlers.discarding()).statusCode();
    }

    static int sequentialWrite(HttpClient client, String base, Writer writer, LocalDate day, String key)
            throws Exception {
        String body = "{\"kind\":\"appreciation\",\"text\":\"" + ENTRY_TEXT + "\",\"writtenOn\":\"" + day
                + "\",\"visibility\":\"partner\"}";
        HttpRequest request = HttpRequest.newBuilder(URI.create(base + writer.path())).timeout(Duration.ofSeconds(10))
                .header("Authorization", "Bearer " + writer.token()).header("Content-Type", "application/json")
                .header("Idempotency-Key", key).POST(HttpRequest.BodyPublishers.ofString(body)).build();
        return client.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
    }
}
