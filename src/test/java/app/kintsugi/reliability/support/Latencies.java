package app.kintsugi.reliability.support;

import java.util.Arrays;

/** Latencies in milliseconds, kept whole (scenarios hold at most a few hundred thousand), for exact percentiles. */
public final class Latencies {

    private double[] values = new double[1024];
    private int size;

    public synchronized void add(double millis) {
        if (size == values.length) {
            values = Arrays.copyOf(values, size * 2);
        }
        values[size++] = millis;
    }

    public synchronized int count() {
        return size;
    }

    /** The q-quantile (0.5, 0.99) by nearest rank; NaN when empty. */
    public synchronized double quantile(double q) {
        if (size == 0) {
            return Double.NaN;
        }
        double[] sorted = Arrays.copyOf(values, size);
        Arrays.sort(sorted);
        int rank = (int) Math.ceil(q * size);
        return sorted[Math.max(0, Math.min(size - 1, rank - 1))];
    }
}
