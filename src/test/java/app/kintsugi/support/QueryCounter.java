package app.kintsugi.support;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Statement and transaction budgets for a request, like Django's {@code assertNumQueries}: counts what reached
 * PostgreSQL from every layer (Hibernate, the rate limiter's buckets, plain JDBC) while an action ran, through the test
 * profile's {@link CountingDriver} ({@code %test.quarkus.datasource.jdbc.driver}).
 *
 * <p>
 * The counters are global, so anything else running at the same time is counted too; the scheduler is off in tests, but
 * a task left by an earlier test may still finish. {@link #of} therefore runs the action three times and keeps the
 * smallest figure of each kind: give it an action that can be repeated (a read, or a write with a fresh body each
 * time), and warm it up once first when the first call does more (a profile created, a rate-limit lease taken).
 */
public final class QueryCounter {

    private static final int RUNS = 3;

    /** What one run of an action sent to the database. */
    public record Counts(long statements, long transactions) {
    }

    private QueryCounter() {
    }

    /** The counts of one run of {@code action}: the smallest of three runs, kind by kind. */
    public static Counts of(Runnable action) {
        long statements = Long.MAX_VALUE;
        long transactions = Long.MAX_VALUE;
        for (int i = 0; i < RUNS; i++) {
            Counts counts = once(action);
            statements = Math.min(statements, counts.statements());
            transactions = Math.min(transactions, counts.transactions());
        }
        return new Counts(statements, transactions);
    }

    /** The counts of exactly one run of {@code action}, background noise included. */
    public static Counts once(Runnable action) {
        long statements = CountingDriver.STATEMENTS.sum();
        long transactions = CountingDriver.TRANSACTIONS.sum();
        action.run();
        return new Counts(CountingDriver.STATEMENTS.sum() - statements,
                CountingDriver.TRANSACTIONS.sum() - transactions);
    }

    /** Fails unless one run of {@code action} (as {@link #of} counts it) sends exactly this much to the database. */
    public static void assertCounts(String what, long statements, long transactions, Runnable action) {
        Counts counts = of(action);
        assertEquals(new Counts(statements, transactions), counts, what + ": statements and transactions per run");
    }
}
