package app.kintsugi.reliability.support;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.stream.Collectors;

/**
 * {@link WriteLoad} behind a {@link RoundRobin}: writers create letters one after another, each with a fresh
 * {@code Idempotency-Key}, every attempt on the next replica in turn. An attempt without a 201 (no answer at all, a 409
 * {@code idempotency-key-in-use}, a 5xx) is retried with the same key on the replica after the one that failed, 100 ms
 * later, until a 201 comes back: what a careful client behind a load balancer does.
 */
public final class SpreadWriteLoad implements AutoCloseable {

    /** One attempt: which replica, when (System.nanoTime), what came back, whether it was a replay. */
    public record Attempt(int writer, String key, String replica, long startNanos, long endNanos, String outcome,
            boolean replayed) {
    }

    private final Http http;
    private final RoundRobin replicas;
    private final List<Letters.Writer> writers;
    private final List<Map<String, String>> acknowledged = new ArrayList<>();
    private final Collection<Attempt> attempts = new ConcurrentLinkedQueue<>();
    private final Latencies latencies = new Latencies();
    private final List<Thread> threads = new ArrayList<>();
    private volatile boolean running = true;

    public SpreadWriteLoad(Http http, RoundRobin replicas, List<Letters.Writer> writers) {
        this.http = http;
        this.replicas = replicas;
        this.writers = writers;
        for (int i = 0; i < writers.size(); i++) {
            acknowledged.add(new ConcurrentHashMap<>());
        }
    }

    /** {@code count} writers, each with a forming couple of its own, created through the replicas in turn. */
    public static List<Letters.Writer> writers(Http http, RoundRobin replicas, IdentityProvider identity, String name,
            int count) {
        List<Letters.Writer> writers = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            writers.add(Letters.writer(http, replicas.next(), identity, name + i));
        }
        return writers;
    }

    public SpreadWriteLoad start() {
        for (int i = 0; i < writers.size(); i++) {
            int index = i;
            Thread thread = new Thread(() -> write(index), "spread-writer-" + i);
            thread.setDaemon(true);
            threads.add(thread);
            thread.start();
        }
        return this;
    }

    private void write(int index) {
        Letters.Writer writer = writers.get(index);
        while (running) {
            String key = UUID.randomUUID().toString();
            String body = Letters.body(key);
            App app = replicas.next();
            while (true) {
                Http.Answer answer = http.post(writer.letters(app), writer.token(), body, key);
                boolean replayed = answer.header("Idempotent-Replayed").map("true"::equalsIgnoreCase).orElse(false);
                attempts.add(new Attempt(index, key, app.name(), answer.startNanos(), answer.endNanos(),
                        answer.outcome(), replayed));
                if (answer.status() == 201) {
                    latencies.add(answer.millis());
                    acknowledged.get(index).put(key, answer.json().path("id").asText());
                    break;
                }
                Sleep.millis(WriteLoad.RETRY_PAUSE_MILLIS);
                app = replicas.after(app);
            }
        }
    }

    /** Lets every writer finish the key in hand (until acknowledged), then stops. */
    public void stop(Duration patience) {
        running = false;
        for (Thread thread : threads) {
            try {
                thread.join(patience.toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            if (thread.isAlive()) {
                throw new IllegalStateException(thread.getName() + " still retrying after " + patience);
            }
        }
    }

    public List<Attempt> attempts() {
        return new ArrayList<>(attempts);
    }

    /** The writers' couples. */
    public List<String> coupleIds() {
        return writers.stream().map(Letters.Writer::coupleId).toList();
    }

    public long acknowledgedCount() {
        return acknowledged.stream().mapToLong(Map::size).sum();
    }

    /** Latencies of the acknowledged attempts (the 201s), in milliseconds. */
    public Latencies latencies() {
        return latencies;
    }

    public Histogram outcomes() {
        Histogram histogram = new Histogram();
        attempts.forEach(a -> histogram.add(a.outcome() + (a.replayed() ? " replayed" : "")));
        return histogram;
    }

    /** Acknowledged attempts per replica. */
    public Histogram acknowledgedByReplica() {
        Histogram histogram = new Histogram();
        attempts.stream().filter(a -> a.outcome().equals("201")).forEach(a -> histogram.add(a.replica()));
        return histogram;
    }

    /** Keys that met at least one attempt matching the filter (no answer, a 5xx, ...) before their 201. */
    public Set<String> keysWith(java.util.function.Predicate<Attempt> filter) {
        return attempts.stream().filter(filter).map(Attempt::key).collect(Collectors.toSet());
    }

    /** Keys whose 201 was a replay (the stored answer of a write an earlier attempt had committed). */
    public Set<String> replayedKeys() {
        return keysWith(a -> a.outcome().equals("201") && a.replayed());
    }

    /** What the API lists against what was acknowledged, per writer; {@code tracked} keys are checked one by one. */
    public record Audit(long acknowledged, long listed, long lost, long duplicates, long unacknowledgedStored,
            long trackedKeys, long trackedStoredOnce) {
    }

    public Audit audit(App app, Set<String> tracked) {
        long acknowledgedTotal = 0;
        long listedTotal = 0;
        long lost = 0;
        long duplicates = 0;
        long extra = 0;
        long trackedOnce = 0;
        for (int i = 0; i < writers.size(); i++) {
            Map<String, String> acked = acknowledged.get(i);
            List<Letters.Listed> listed = Letters.all(http, app, writers.get(i));
            Map<String, Integer> byTitle = new HashMap<>();
            Map<String, String> idByTitle = new HashMap<>();
            for (Letters.Listed letter : listed) {
                byTitle.merge(letter.title(), 1, Integer::sum);
                idByTitle.put(letter.title(), letter.id());
            }
            acknowledgedTotal += acked.size();
            listedTotal += listed.size();
            for (Map.Entry<String, String> entry : acked.entrySet()) {
                if (!entry.getValue().equals(idByTitle.get(entry.getKey()))) {
                    lost++;
                }
                if (tracked.contains(entry.getKey()) && byTitle.getOrDefault(entry.getKey(), 0) == 1) {
                    trackedOnce++;
                }
            }
            duplicates += byTitle.values().stream().filter(count -> count > 1).mapToLong(count -> count - 1).sum();
            extra += byTitle.keySet().stream().filter(title -> !acked.containsKey(title)).count();
        }
        long trackedAcknowledged = acknowledged.stream().flatMap(m -> m.keySet().stream()).filter(tracked::contains)
                .count();
        return new Audit(acknowledgedTotal, listedTotal, lost, duplicates, extra, trackedAcknowledged, trackedOnce);
    }

    @Override
    public void close() {
        running = false;
    }
}
