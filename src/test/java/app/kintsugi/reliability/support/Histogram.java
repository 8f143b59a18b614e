package app.kintsugi.reliability.support;

import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;

/** Counts by outcome (a status, or a transport failure's kind), printed sorted. */
public final class Histogram {

    private final Map<String, LongAdder> counts = new ConcurrentHashMap<>();

    public void add(String outcome) {
        counts.computeIfAbsent(outcome, key -> new LongAdder()).increment();
    }

    public long get(String outcome) {
        LongAdder adder = counts.get(outcome);
        return adder == null ? 0 : adder.sum();
    }

    public long total() {
        return counts.values().stream().mapToLong(LongAdder::sum).sum();
    }

    public Map<String, Long> snapshot() {
        Map<String, Long> sorted = new TreeMap<>();
        counts.forEach((key, value) -> sorted.put(key, value.sum()));
        return sorted;
    }

    /** 5xx answers other than 503 (the documented answer of an outage), and answers that never came. */
    public long serverErrorsOtherThan503() {
        return snapshot().entrySet().stream()
                .filter(entry -> entry.getKey().startsWith("5") && !entry.getKey().equals("503"))
                .mapToLong(Map.Entry::getValue).sum();
    }

    @Override
    public String toString() {
        return snapshot().isEmpty() ? "{}" : snapshot().toString();
    }
}
