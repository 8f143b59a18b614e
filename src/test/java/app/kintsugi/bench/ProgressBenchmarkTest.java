package app.kintsugi.bench;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;

import javax.sql.DataSource;

import jakarta.inject.Inject;

import org.hibernate.SessionFactory;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.ObjectMapper;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.restassured.RestAssured;

import app.kintsugi.platform.crypto.IntimateText;

/**
 * The performance benchmark of issue 18: not part of {@code ./mvnw verify}; run it with {@code ./mvnw verify -Pbench}
 * (docs/performance.md). It seeds couples in SQL ({@link BenchData}), then measures every row of the table with
 * wrk on loopback and prints, in one run, each row's throughput as a ratio against the trivial endpoint
 * ({@code GET /v1/commitment-categories}) measured right before and right after it, with the target beside it; the
 * mixed load at half its saturation rate from an open-loop generator ({@link Load}); and what each operation costs in
 * SQL statements, pooled connections and PostgreSQL transactions. It fails only when a request fails.
 *
 * <p>
 * Properties: {@code bench.duration} (20s) per measured row, {@code bench.trivialDuration} (half of it) per trivial
 * run, {@code bench.warmup} (3s), {@code bench.monthCouples} (10,000), {@code bench.yearsCouples} (1,000),
 * {@code bench.writers} (1,000 couples), {@code bench.only} (comma-separated row keys), {@code bench.jfr} (profile the
 * couple read and the write afterwards), {@code bench.startMillis} and {@code bench.rssMb} (figures measured by
 * scripts/start-time.sh, printed in the table), {@code bench.hold} (seconds to keep the seeded service up).
 */
@QuarkusTest
@TestProfile(BenchProfile.class)
@Tag("bench")
@WithTestResource(OidcWiremockTestResource.class)
class ProgressBenchmarkTest {

    private static final int SPREAD = 200;
    private static final int MONTH_COUPLES = Integer.getInteger("bench.monthCouples", 10_000);
    private static final int YEARS_COUPLES = Integer.getInteger("bench.yearsCouples", 1_000);
    private static final int WRITERS = Math.min(Integer.getInteger("bench.writers", 1_000),
            MONTH_COUPLES - 2 * SPREAD);
    private static final String DURATION = System.getProperty("bench.duration", "20s");
    private static final String TRIVIAL_DURATION = System.getProperty("bench.trivialDuration",
            Math.max(2, seconds(DURATION) / 2) + "s");
    private static final String WARMUP = System.getProperty("bench.warmup", "3s");
    /** A write picks a day among the couple's last days: a partner may write ten entries a day. */
    private static final int WRITE_DAYS = 27;
    /** The default range spelled out, which is computed on every request instead of kept. */
    private static final String RANGE = "?to=" + LocalDate.now(ZoneId.of("Europe/Lisbon"));
    private static final int READ_PERCENT = 70;
    private static final int WRITE_PERCENT = 20;
    private static final int STATEMENT_SAMPLES = 20;
    private static final boolean PG_TRANSACTIONS = Boolean.getBoolean("bench.pgTransactions");

    @Inject
    DataSource dataSource;

    @Inject
    SessionFactory sessionFactory;

    @Inject
    IntimateText intimate;

    /** A row of the table: its requests, and the ratio to trivial it must reach (NaN: none). */
    record Row(String key, String label, double target, Supplier<String> script, List<Load.Get> sample,
            List<Load.Writer> writeSample) {
    }

    /** A measured row with its neighbouring trivial runs. */
    record Measured(Row row, Wrk.Figures figures, Wrk.Figures before, Wrk.Figures after) {

        double trivial() {
            return (before.requestsPerSecond() + after.requestsPerSecond()) / 2;
        }

        double ratio() {
            return figures.requestsPerSecond() / trivial();
        }
    }

    /** Statements, connections and transactions per request of one operation. */
    record Cost(String key, String label, double statements, double hibernateConnections, double connections,
            double transactions) {
    }

    private BenchData data;
    private final StringBuilder report = new StringBuilder();

    @Test
    void everyHotPathAgainstTheTrivialEndpoint() throws Exception {
        data = new BenchData(dataSource);
        Set<String> only = only();
        print("%nBenchmark on %d cores, JDK %s, load average at start %s; wrk -t%d -c%d, rows %s (warm-up %s), "
                + "trivial runs %s%n", Runtime.getRuntime().availableProcessors(), System.getProperty("java.version"),
                loadAverage(), Wrk.THREADS, Wrk.CONNECTIONS, DURATION, WARMUP, TRIVIAL_DURATION);

        long seeding = System.nanoTime();
        data.seed("m", MONTH_COUPLES, 30);
        data.seed("y", YEARS_COUPLES, 3 * 365);
        data.seal(intimate, SPREAD, 2 * SPREAD);
        BenchData.dataKeys(intimate, 2 * SPREAD, 2 * SPREAD + WRITERS);
        data.exercises();
        data.analyze();
        phase(String.format(Locale.ROOT, "seeded %,d one-month and %,d three-year couples in %.0f s", MONTH_COUPLES,
                YEARS_COUPLES, (System.nanoTime() - seeding) / 1e9));

        Map<Integer, String> entries = data.partnersEntries(SPREAD, 2 * SPREAD);
        // Authenticated like every other row (the categories need a signed-in caller): the same token check in both.
        List<Load.Get> trivial = gets(0, i -> "/v1/commitment-categories");
        List<Load.Get> couples = gets(0, i -> "/v1/couples/" + BenchData.couple("m", i));
        List<Load.Get> entryReads = new ArrayList<>();
        entries.forEach((i, id) -> entryReads.add(new Load.Get(
                "/v1/couples/" + BenchData.couple("m", i) + "/journal-entries/" + id, BenchData.token("m", i))));
        List<Load.Get> commitmentReads = gets(SPREAD,
                i -> "/v1/couples/" + BenchData.couple("m", i) + "/commitments/" + BenchData.commitment("m", i));
        List<Load.Get> journalPages = gets(SPREAD,
                i -> "/v1/couples/" + BenchData.couple("m", i) + "/journal-entries?limit=20");
        List<Load.Get> commitmentPages = gets(SPREAD,
                i -> "/v1/couples/" + BenchData.couple("m", i) + "/commitments?limit=20");
        List<Load.Get> exercisePages = gets(0, i -> "/v1/exercises?limit=20");
        List<Load.Get> computedMonth = gets(0, i -> summary("m", i) + RANGE);
        List<Load.Get> computedYears = gets("y", 0, i -> summary("y", i) + RANGE);
        List<Load.Get> keptMonth = gets(0, i -> summary("m", i));
        List<Load.Get> keptYears = gets("y", 0, i -> summary("y", i));
        List<Load.Writer> writers = new ArrayList<>();
        for (int i = 2 * SPREAD; i < 2 * SPREAD + WRITERS; i++) {
            for (String p : List.of("a", "b")) {
                writers.add(new Load.Writer("/v1/couples/" + BenchData.couple("m", i) + "/journal-entries",
                        BenchData.token("m", i, p)));
            }
        }
        List<Load.Get> mixReads = new ArrayList<>();
        for (List<Load.Get> reads : List.of(couples, entryReads, commitmentReads, journalPages, commitmentPages,
                exercisePages)) {
            mixReads.addAll(reads);
        }
        Load.Mix mix = new Load.Mix(mixReads, writers, computedMonth, WRITE_DAYS, READ_PERCENT, WRITE_PERCENT);

        // Every request answers as it should before anything is timed; the kept summaries are kept from here on.
        if (selected(only, "keptMonth", "mixed")) {
            check(SPREAD, keptMonth);
        }
        if (selected(only, "keptYears")) {
            check(SPREAD, keptYears);
        }
        check(20, couples, entryReads, commitmentReads, computedMonth, computedYears);
        for (List<Load.Get> pages : List.of(journalPages, commitmentPages, exercisePages)) {
            for (Load.Get get : pages.subList(0, 3)) {
                HttpResponse<String> page = send(get);
                int items = new ObjectMapper().readTree(page.body()).path("items").size();
                if (page.statusCode() != 200 || items != 20) {
                    throw new AssertionError(get.path() + " answered " + page.statusCode() + " with " + items
                            + " items, not a full page of 20");
                }
            }
        }
        phase("checked every row's requests");
        hold(trivial, couples);

        String run = UUID.randomUUID().toString().substring(0, 8);
        List<Row> rows = List.of(
                new Row("couple", "single item: GET /v1/couples/{id}", 0.35, () -> Wrk.gets(couples), couples, null),
                new Row("entry", "single item: GET a journal entry", 0.35, () -> Wrk.gets(entryReads), entryReads,
                        null),
                new Row("commitment", "single item: GET a commitment", 0.35, () -> Wrk.gets(commitmentReads),
                        commitmentReads, null),
                new Row("journalPage", "page of 20: journal entries", 0.25, () -> Wrk.gets(journalPages),
                        journalPages, null),
                new Row("commitmentPage", "page of 20: commitments", 0.25, () -> Wrk.gets(commitmentPages),
                        commitmentPages, null),
                new Row("exercisePage", "page of 20: exercises", 0.25, () -> Wrk.gets(exercisePages), exercisePages,
                        null),
                new Row("write", "idempotent write: POST journal entry", 0.15,
                        () -> Wrk.writes(writers, WRITE_DAYS, "w" + run + "-" + UUID.randomUUID()), null, writers),
                new Row("computedMonth", "summary computed, one-month couple", 0.15, () -> Wrk.gets(computedMonth),
                        computedMonth, null),
                new Row("computedYears", "summary computed, three-year couple", Double.NaN,
                        () -> Wrk.gets(computedYears), computedYears, null),
                new Row("keptMonth", "summary kept, one-month couple", Double.NaN, () -> Wrk.gets(keptMonth),
                        keptMonth, null),
                new Row("keptYears", "summary kept, three-year couple", Double.NaN, () -> Wrk.gets(keptYears),
                        keptYears, null),
                new Row("mixed", "mixed 70/20/10, saturation (closed loop)", Double.NaN,
                        () -> Wrk.mixed(mixReads, writers, computedMonth, WRITE_DAYS, "m" + run + "-"
                                + UUID.randomUUID(), READ_PERCENT, WRITE_PERCENT, 0),
                        null, null));
        List<Row> selected = rows.stream().filter(r -> only.isEmpty() || only.contains(r.key())).toList();

        List<Cost> costs = costs(selected, trivial);
        phase("counted statements");

        Wrk wrk = new Wrk("http://localhost:" + RestAssured.port);
        String trivialScript = Wrk.gets(trivial);
        List<Measured> measured = new ArrayList<>();
        Wrk.Figures before = wrk.measure(trivialScript, WARMUP, TRIVIAL_DURATION);
        setStatistics(false);
        for (Row row : selected) {
            Wrk.Figures figures = wrk.measure(row.script().get(), WARMUP, DURATION);
            Wrk.Figures after = wrk.measure(trivialScript, "0s", TRIVIAL_DURATION);
            measured.add(new Measured(row, figures, before, after));
            phase(String.format(Locale.ROOT, "%-16s %9.1f req/s (trivial %9.1f before, %9.1f after)", row.key(),
                    figures.requestsPerSecond(), before.requestsPerSecond(), after.requestsPerSecond()));
            before = after;
        }

        Load.Result open = null;
        double saturation = measured.stream().filter(m -> m.row().key().equals("mixed"))
                .mapToDouble(m -> m.figures().requestsPerSecond()).findFirst().orElse(Double.NaN);
        if (!Double.isNaN(saturation)) {
            String base = "http://localhost:" + RestAssured.port;
            Load.openLoop(base, mix, saturation / 2, Duration.ofSeconds(Math.max(2, seconds(WARMUP))), "o" + run
                    + "-warm");
            open = Load.openLoop(base, mix, saturation / 2, Duration.ofSeconds(seconds(DURATION)), "o" + run);
        }
        setStatistics(true);
        phase("measured");

        long errors = table(measured, open, saturation);
        costs(costs);
        print("%nLoad average at the end: %s%n%n", loadAverage());
        if (Boolean.getBoolean("bench.jfr")) {
            Profiles profiles = new Profiles(wrk, WARMUP, System.getProperty("bench.jfrDuration", "15s"));
            for (Row row : rows) {
                if (row.key().equals("couple") || row.key().equals("write")) {
                    print("%s", profiles.profile(row.label(), row.script().get()));
                }
            }
        }
        Path out = Path.of("target", "bench");
        Files.createDirectories(out);
        Files.writeString(out.resolve("results.txt"), report);
        if (errors > 0) {
            throw new AssertionError(errors + " requests failed; see the table above");
        }
    }

    // ---------------------------------------------------------------------------------------------------------------

    private long table(List<Measured> measured, Load.Result open, double saturation) {
        long errors = 0;
        print("%n%-42s %10s %10s %7s %8s %-6s %9s %9s %7s%n", "row", "req/s", "trivial", "ratio", "target",
                "", "p50", "p99", "errors");
        Measured computedMonth = null;
        Measured computedYears = null;
        for (Measured m : measured) {
            Row row = m.row();
            errors += m.figures().errors() + m.before().errors() + m.after().errors();
            String target = Double.isNaN(row.target()) ? "" : String.format(Locale.ROOT, ">= %.2f", row.target());
            String met = Double.isNaN(row.target()) ? "" : m.ratio() >= row.target() ? "met" : "NOT met";
            print("%-42s %10.1f %10.1f %7.3f %8s %-7s %8.2fms %8.2fms %7d%n", row.label(), m.figures()
                    .requestsPerSecond(), m.trivial(), m.ratio(), target, met, m.figures().p50Ms(),
                    m.figures().p99Ms(), m.figures().errors());
            if (m.figures().errors() > 0) {
                print("    wrk's output for this row:%n%s%n", m.figures().raw().indent(4));
            }
            if (row.key().equals("computedMonth")) {
                computedMonth = m;
            } else if (row.key().equals("computedYears")) {
                computedYears = m;
            }
        }
        if (computedMonth != null && computedYears != null) {
            double p50 = computedYears.figures().p50Ms() / computedMonth.figures().p50Ms();
            double p99 = computedYears.figures().p99Ms() / computedMonth.figures().p99Ms();
            print("%-42s %10s %10s %6.2fx %8s %-7s (p99 %.2fx)%n", "summary computed, three-year p50 / one-month",
                    "", "", p50, "<= 1.2x", p50 <= 1.2 ? "met" : "NOT met", p99);
        }
        if (open != null) {
            errors += open.errors();
            print("%-42s %10.1f %10s %7s %8s %-7s %8.2fms %8.2fms %7d%n",
                    "mixed at half saturation (open loop)", open.achievedRate(), "", "", "p99<=50ms",
                    open.p99Ms() <= 50 && open.errors() == 0 ? "met" : "NOT met", open.p50Ms(), open.p99Ms(),
                    open.errors());
            print("    saturation %.1f req/s (wrk, closed loop), offered %.1f req/s for %s: p90 %.2f ms, p99.9 "
                    + "%.2f ms, max %.2f ms, %d requests, %d sent more than 1 ms late%n", saturation,
                    open.offeredRate(), DURATION, open.p90Ms(), open.p999Ms(), open.maxMs(), open.sent(),
                    open.lateSends());
        }
        String start = System.getProperty("bench.startMillis");
        String rss = System.getProperty("bench.rssMb");
        String note = System.getProperty("bench.startNote", "");
        if (start != null) {
            double seconds = Double.parseDouble(start) / 1000;
            print("%-42s %9.2fs %10s %7s %8s %-7s %s%n", "java -jar to first authenticated 200", seconds, "", "",
                    "<= 2 s", seconds <= 2 ? "met" : "NOT met", note);
        } else {
            print("%-42s %s%n", "java -jar to first authenticated 200", "measured by scripts/start-time.sh");
        }
        if (rss != null) {
            double mib = Double.parseDouble(rss);
            print("%-42s %8.0fMB %10s %7s %8s %-7s%n", "RSS after load", mib, "", "", "<= 512", mib <= 512
                    ? "met"
                    : "NOT met");
        } else {
            print("%-42s %s%n", "RSS after load", "measured by scripts/start-time.sh");
        }
        print("Ratio: the row's requests/s over the mean of the trivial runs just before and just after it.%n");
        print("Errors (rows and trivial runs, wrk non-2xx/3xx and socket errors, open-loop failures): %d%n", errors);
        return errors;
    }

    /**
     * Sends {@value #STATEMENT_SAMPLES} requests of each operation one after the other and divides what the counters
     * moved by: Hibernate's prepared statements (blind to the rate limiter, whose Bucket4j store uses plain JDBC),
     * connections taken from the Agroal pool (Hibernate and the rate limiter alike) and PostgreSQL's own transaction
     * count for the database, which sees every transaction of every client (autocommit statements each count one).
     */
    private List<Cost> costs(List<Row> rows, List<Load.Get> trivial) throws Exception {
        AgroalDataSource agroal = dataSource.unwrap(AgroalDataSource.class);
        agroal.getConfiguration().setMetricsEnabled(true);
        org.hibernate.stat.Statistics statistics = sessionFactory.getStatistics();
        statistics.setStatisticsEnabled(true);
        String base = "http://localhost:" + RestAssured.port;
        List<Cost> costs = new ArrayList<>();
        HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        {
            List<Row> all = new ArrayList<>();
            all.add(new Row("trivial", "trivial: GET /v1/commitment-categories", Double.NaN, null, trivial, null));
            all.addAll(rows);
            // Whatever ran before (seeding, autovacuum after it, the checks) has published its counts.
            settle();
            long transactionsBefore = PG_TRANSACTIONS ? data.transactions() : 0;
            for (Row row : all) {
                if (row.sample() == null && row.writeSample() == null) {
                    continue;
                }
                long statementsBefore = statistics.getPrepareStatementCount();
                long hibernateBefore = statistics.getConnectCount();
                long connectionsBefore = agroal.getMetrics().acquireCount();
                for (int i = 0; i < STATEMENT_SAMPLES; i++) {
                    int status;
                    if (row.writeSample() != null) {
                        Load.Writer writer = row.writeSample().get(i % row.writeSample().size());
                        status = Load.sequentialWrite(client, base, writer, LocalDate.now(ZoneId.of("Europe/Lisbon"))
                                .minusDays(1), "cost-" + UUID.randomUUID());
                    } else {
                        status = Load.sequential(client, base, row.sample().get(i % row.sample().size()));
                    }
                    if (status >= 300) {
                        throw new AssertionError(row.key() + " answered " + status + " while counting statements");
                    }
                }
                long statements = statistics.getPrepareStatementCount() - statementsBefore;
                long hibernate = statistics.getConnectCount() - hibernateBefore;
                long connections = agroal.getMetrics().acquireCount() - connectionsBefore;
                double transactions = Double.NaN;
                if (PG_TRANSACTIONS) {
                    settle();
                    long transactionsAfter = data.transactions();
                    // One transaction is the previous reading's own.
                    transactions = (transactionsAfter - transactionsBefore - 1) / (double) STATEMENT_SAMPLES;
                    transactionsBefore = transactionsAfter;
                }
                costs.add(new Cost(row.key(), row.label(), statements / (double) STATEMENT_SAMPLES,
                        hibernate / (double) STATEMENT_SAMPLES, connections / (double) STATEMENT_SAMPLES,
                        transactions));
            }
        }
        return costs;
    }

    /**
     * PostgreSQL (15 and later) publishes a busy backend's counts at most once a second, and an idle one's only after
     * ten seconds (PGSTAT_IDLE_INTERVAL): the pooled connections are idle between two requests.
     */
    private static void settle() throws InterruptedException {
        Thread.sleep(PG_TRANSACTIONS ? 11_000 : 1_000);
    }

    private void costs(List<Cost> costs) {
        print("%nStatements per request (%d sequential requests each)%n", STATEMENT_SAMPLES);
        print("%-42s %10s %10s %10s %10s %10s%n", "operation", "Hibernate", "Hib. conns", "pool conns", "outside",
                "PG xacts");
        for (Cost cost : costs) {
            print("%-42s %10.2f %10.2f %10.2f %10.2f %10s%n", cost.label(), cost.statements(),
                    cost.hibernateConnections(), cost.connections(), cost.connections() - cost.hibernateConnections(),
                    Double.isNaN(cost.transactions()) ? "-" : String.format(Locale.ROOT, "%.2f", cost.transactions()));
        }
        print("""
                Hibernate: prepared statements (Statistics#getPrepareStatementCount); Hib. conns: connections Hibernate
                asked for (getConnectCount). pool conns: connections taken from the Agroal pool by anyone (acquireCount).
                outside: pool conns - Hib. conns, JDBC that Hibernate statistics do not see: the rate limiter (Bucket4j's
                PostgreSQL store, one connection and one short transaction of insert-if-absent, select for update and
                update per budget checked; the expensive operations check two budgets) and plain-JDBC reads.
                PG xacts: pg_stat_database xact_commit + xact_rollback, every transaction PostgreSQL ran (each
                autocommit statement is one); only with -Dbench.pgTransactions=true (11 s of settling per row).
                """);
    }

    private void setStatistics(boolean on) {
        // Statistics cost a little on every statement: on only while counting.
        sessionFactory.getStatistics().setStatisticsEnabled(on);
    }

    /** Plain HTTP rather than RestAssured: the suite's contract filter checks each answer, slowly. */
    private static final HttpClient CLIENT = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

    private static HttpResponse<String> send(Load.Get get) throws Exception {
        return CLIENT.send(HttpRequest.newBuilder(URI.create("http://localhost:" + RestAssured.port + get.path()))
                .header("Authorization", "Bearer " + get.token()).build(), HttpResponse.BodyHandlers.ofString());
    }

    @SafeVarargs
    private static void check(int first, List<Load.Get>... lists) throws Exception {
        for (List<Load.Get> list : lists) {
            for (Load.Get get : list.subList(0, Math.min(list.size(), first))) {
                int status = send(get).statusCode();
                if (status != 200) {
                    throw new AssertionError(get.path() + " answered " + status);
                }
            }
        }
    }

    /**
     * With {@code -Dbench.hold=SECONDS}, keeps the seeded service up before measuring, for EXPLAIN in psql or a
     * profiler: writes the trivial and couple-read wrk scripts to {@code target/bench} and prints the addresses.
     */
    private void hold(List<Load.Get> trivial, List<Load.Get> couples) throws Exception {
        int seconds = Integer.getInteger("bench.hold", 0);
        if (seconds <= 0) {
            return;
        }
        Path dir = Path.of("target", "bench");
        Files.createDirectories(dir);
        Files.writeString(dir.resolve("trivial.lua"), Wrk.gets(trivial));
        Files.writeString(dir.resolve("single.lua"), Wrk.gets(couples));
        try (var connection = dataSource.getConnection()) {
            System.out.printf(Locale.ROOT, "%nHolding %d s: http://localhost:%d, %s, scripts in %s%n", seconds,
                    RestAssured.port, connection.getMetaData().getURL(), dir.toAbsolutePath());
        }
        Thread.sleep(seconds * 1000L);
    }

    private final long started = System.nanoTime();

    private void phase(String what) {
        print("  [%4.0f s] %s%n", (System.nanoTime() - started) / 1e9, what);
    }

    private void print(String format, Object... args) {
        String line = String.format(Locale.ROOT, format, args);
        System.out.print(line);
        report.append(line);
    }

    private static String summary(String kind, int i) {
        return "/v1/couples/" + BenchData.couple(kind, i) + "/progress";
    }

    private static List<Load.Get> gets(int from, java.util.function.IntFunction<String> path) {
        return gets("m", from, path);
    }

    /** One request for each of {@value #SPREAD} couples from {@code from} on, as partner a of that couple. */
    private static List<Load.Get> gets(String kind, int from, java.util.function.IntFunction<String> path) {
        List<Load.Get> gets = new ArrayList<>();
        int couples = kind.equals("y") ? YEARS_COUPLES : MONTH_COUPLES;
        for (int n = from; n < from + SPREAD; n++) {
            // Fewer three-year couples than the spread (a quick run): the same couples come round again.
            int i = n % couples;
            gets.add(new Load.Get(path.apply(i), BenchData.token(kind, i)));
        }
        return gets;
    }

    private static boolean selected(Set<String> only, String... keys) {
        return only.isEmpty() || Arrays.stream(keys).anyMatch(only::contains);
    }

    private static Set<String> only() {
        String only = System.getProperty("bench.only", "");
        Set<String> keys = new LinkedHashSet<>();
        Arrays.stream(only.split(",")).map(String::strip).filter(s -> !s.isEmpty()).forEach(keys::add);
        return keys;
    }

    /** Whole seconds of a wrk duration such as 20s, 2m or 500ms. */
    static int seconds(String duration) {
        return (int) Math.max(1, Math.round(Wrk.millis(duration) / 1000));
    }

    private static String loadAverage() {
        try {
            return Files.readString(Path.of("/proc/loadavg")).strip();
        } catch (java.io.IOException e) {
            return "unknown";
        }
    }
}
