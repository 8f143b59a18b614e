package app.kintsugi.reliability.support;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;

/**
 * Writers that each create letters one after another with a fresh {@code Idempotency-Key}, retrying the same key (100
 * ms apart) until an acknowledged answer (201), as a careful client does through an outage. Every attempt is kept for
 * the figures.
 */
public final class WriteLoad implements AutoCloseable {

    public static final long RETRY_PAUSE_MILLIS = 100;

    /** One attempt: when it started and ended (System.nanoTime), what came back. */
    public record Attempt(int writer, String key, long startNanos, long endNanos, String outcome,
            boolean retryAfter) {
    }

    private final Http http;
    private final List<Letters.Writer> writers;
    private final List<Map<String, String>> acknowledged = new ArrayList<>();
    private final Collection<Attempt> attempts = new ConcurrentLinkedQueue<>();
    private final List<Thread> threads = new ArrayList<>();
    private volatile App target;
    private volatile boolean running = true;

    public WriteLoad(Http http, App target, List<Letters.Writer> writers) {
        this.http = http;
        this.target = target;
        this.writers = writers;
        for (int i = 0; i < writers.size(); i++) {
            acknowledged.add(new ConcurrentHashMap<>());
        }
    }

    public WriteLoad start() {
        for (int i = 0; i < writers.size(); i++) {
            int index = i;
            Thread thread = new Thread(() -> write(index), "writer-" + i);
            thread.setDaemon(true);
            threads.add(thread);
            thread.start();
        }
        return this;
    }

    /** From now on the writers send to this replica (the one that replaced a stopped one). */
    public void retarget(App app) {
        target = app;
    }

    private void write(int index) {
        Letters.Writer writer = writers.get(index);
        while (running) {
            String key = UUID.randomUUID().toString();
            String body = Letters.body(key);
            while (true) {
                App app = target;
                Http.Answer answer = http.post(writer.letters(app), writer.token(), body, key);
                attempts.add(new Attempt(index, key, answer.startNanos(), answer.endNanos(), answer.outcome(),
                        answer.header("Retry-After").isPresent()));
                if (answer.status() == 201) {
                    acknowledged.get(index).put(key, answer.json().path("id").asText());
                    break;
                }
                Sleep.millis(RETRY_PAUSE_MILLIS);
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

    public long acknowledgedCount() {
        return acknowledged.stream().mapToLong(Map::size).sum();
    }

    public Map<String, String> acknowledged(int writer) {
        return acknowledged.get(writer);
    }

    /** Statuses of the attempts that started in [from, to). */
    public Histogram outcomes(long fromNanos, long toNanos) {
        Histogram histogram = new Histogram();
        attempts.stream().filter(a -> a.startNanos() >= fromNanos && a.startNanos() < toNanos)
                .forEach(a -> histogram.add(a.outcome()));
        return histogram;
    }

    /** Outcomes of the attempts that ended (were answered, or failed) in [from, to). */
    public Histogram outcomesEnded(long fromNanos, long toNanos) {
        Histogram histogram = new Histogram();
        attempts.stream().filter(a -> a.endNanos() >= fromNanos && a.endNanos() < toNanos)
                .forEach(a -> histogram.add(a.outcome()));
        return histogram;
    }

    /** When the first acknowledged write that started at or after the instant ended. */
    public OptionalLong firstSuccessStartedAfter(long nanos) {
        return attempts.stream().filter(a -> a.outcome().equals("201") && a.startNanos() >= nanos)
                .mapToLong(Attempt::endNanos).min();
    }

    /** When the first acknowledged write of all that ended after the instant ended. */
    public OptionalLong firstSuccessEndedAfter(long nanos) {
        return attempts.stream().filter(a -> a.outcome().equals("201") && a.endNanos() >= nanos)
                .mapToLong(Attempt::endNanos).min();
    }

    /** What the database holds against what was acknowledged: lost and duplicated writes, per the authors' lists. */
    public record Audit(long acknowledged, long listed, long lost, long duplicates, long unacknowledgedStored) {
    }

    public Audit audit(App app) {
        long acknowledgedTotal = 0;
        long listedTotal = 0;
        long lost = 0;
        long duplicates = 0;
        long extra = 0;
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
            }
            duplicates += byTitle.values().stream().filter(count -> count > 1).mapToLong(count -> count - 1).sum();
            extra += byTitle.keySet().stream().filter(title -> !acked.containsKey(title)).count();
        }
        return new Audit(acknowledgedTotal, listedTotal, lost, duplicates, extra);
    }

    @Override
    public void close() {
        running = false;
    }
}
