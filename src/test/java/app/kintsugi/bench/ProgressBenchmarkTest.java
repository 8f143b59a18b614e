package app.kintsugi.bench;

import static io.restassured.RestAssured.given;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.IntFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.sql.DataSource;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.restassured.RestAssured;

import app.kintsugi.support.Tokens;

/**
 * The progress benchmark: not part of {@code ./mvnw verify}; run it with {@code ./mvnw verify -Pbench} (see the
 * README). It seeds, deterministically and in SQL, 10,000 couples with one month of daily activity and 1,000 with three
 * years, then measures with wrk on loopback, in one run: a trivial JSON endpoint, an authenticated single-item read,
 * and the progress summary of one-month and of three-year couples, each spread over 200 couples: kept (the default
 * range, as between two changes) and computed (a range asked for, as after every change). It prints requests/s, p50 and
 * p99, the ratios and whether each target is met; it fails only when wrk reports errors.
 */
@QuarkusTest
@Tag("bench")
@WithTestResource(OidcWiremockTestResource.class)
class ProgressBenchmarkTest {

    private static final int MONTH_COUPLES = Integer.getInteger("bench.monthCouples", 10_000);
    private static final int YEARS_COUPLES = Integer.getInteger("bench.yearsCouples", 1_000);
    private static final int SPREAD = 200;
    private static final String DURATION = System.getProperty("bench.duration", "20s");
    /** The default range spelled out, which is computed on every request instead of kept. */
    private static final String RANGE = "?to=" + java.time.LocalDate.now(java.time.ZoneId.of("Europe/Lisbon"));

    @Inject
    DataSource dataSource;

    /** One wrk run's figures. */
    record Figures(String name, double requestsPerSecond, String p50, String p99, double p50Ms, double p99Ms,
            long errors) {
    }

    @Test
    void progressIsFastAtAnyHistoryLength() throws Exception {
        long seeding = System.nanoTime();
        seed("m", MONTH_COUPLES, 30);
        seed("y", YEARS_COUPLES, 3 * 365);
        System.out.printf(Locale.ROOT, "%nSeeded %,d one-month and %,d three-year couples in %.0f s%n",
                MONTH_COUPLES, YEARS_COUPLES, (System.nanoTime() - seeding) / 1e9);

        // Each couple answers once before measuring, so every run meets warm caches, recorded milestones and, for the
        // default range, the kept summary: what a partner opening the app meets between two changes.
        for (int i = 0; i < SPREAD; i++) {
            given().auth().oauth2(token("m", i)).get(summary("m", i)).then().statusCode(200);
            given().auth().oauth2(token("y", i)).get(summary("y", i)).then().statusCode(200);
            given().auth().oauth2(token("m", i)).get(single("m", i)).then().statusCode(200);
        }
        hold();
        List<Figures> all = new ArrayList<>();
        all.add(wrk("trivial JSON (GET /v1/commitment-categories)", i -> "/v1/commitment-categories", "m"));
        all.add(wrk("single item (GET /v1/couples/{id})", i -> single("m", i), "m"));
        all.add(wrk("progress summary, one-month couple", i -> summary("m", i), "m"));
        all.add(wrk("progress summary, three-year couple", i -> summary("y", i), "y"));
        // The same summaries computed on every request, as after each change: a range asked for is never kept.
        all.add(wrk("summary computed, one-month couple", i -> summary("m", i) + RANGE, "m"));
        all.add(wrk("summary computed, three-year couple", i -> summary("y", i) + RANGE, "y"));

        System.out.printf(Locale.ROOT, "%n%-45s %12s %10s %10s %8s%n", "endpoint", "requests/s", "p50", "p99",
                "errors");
        for (Figures f : all) {
            System.out.printf(Locale.ROOT, "%-45s %12.1f %10s %10s %8d%n", f.name(), f.requestsPerSecond(), f.p50(),
                    f.p99(), f.errors());
        }
        double throughput = all.get(2).requestsPerSecond() / all.get(0).requestsPerSecond();
        double p50 = all.get(3).p50Ms() / all.get(2).p50Ms();
        double p99 = all.get(3).p99Ms() / all.get(2).p99Ms();
        long errors = all.stream().mapToLong(Figures::errors).sum();
        System.out.printf(Locale.ROOT, "%nsummary (one month) / trivial throughput: %.2f (target >= 0.20: %s)%n",
                throughput, throughput >= 0.20 ? "met" : "NOT met");
        System.out.printf(Locale.ROOT, "three-year / one-month summary latency: p50 %.2f, p99 %.2f "
                + "(target <= 1.5: %s)%n", p50, p99, p50 <= 1.5 ? "met" : "NOT met");
        System.out.printf(Locale.ROOT, "errors: %d (target 0: %s)%n", errors, errors == 0 ? "met" : "NOT met");
        System.out.printf(Locale.ROOT, "computed on every request: one-month / trivial %.2f, three-year / one-month "
                + "p50 %.2f (for information)%n%n", all.get(4).requestsPerSecond() / all.get(0).requestsPerSecond(),
                all.get(5).p50Ms() / all.get(4).p50Ms());
        if (errors > 0) {
            throw new AssertionError("wrk saw errors; see the table above");
        }
    }

    // ---------------------------------------------------------------------------------------------------------------

    /**
     * With {@code -Dbench.hold=SECONDS}, keeps the seeded service up before measuring, for EXPLAIN in psql or a
     * profiler: writes the four wrk scripts to {@code target/bench} and prints the addresses.
     */
    private void hold() throws Exception {
        int seconds = Integer.getInteger("bench.hold", 0);
        if (seconds <= 0) {
            return;
        }
        Path dir = Path.of("target", "bench");
        Files.createDirectories(dir);
        Files.writeString(dir.resolve("trivial.lua"), lua(i -> "/v1/commitment-categories", "m"));
        Files.writeString(dir.resolve("single.lua"), lua(i -> single("m", i), "m"));
        Files.writeString(dir.resolve("month.lua"), lua(i -> summary("m", i), "m"));
        Files.writeString(dir.resolve("years.lua"), lua(i -> summary("y", i), "y"));
        try (Connection connection = dataSource.getConnection()) {
            System.out.printf(Locale.ROOT, "%nHolding %d s: http://localhost:%d, %s, scripts in %s%n", seconds,
                    RestAssured.port, connection.getMetaData().getURL(), dir.toAbsolutePath());
        }
        Thread.sleep(seconds * 1000L);
    }

    /** The UUID PostgreSQL's {@code cast(md5(text) as uuid)} makes of a text, so both sides name rows alike. */
    private static String md5(String text) {
        try {
            String hex = java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("MD5")
                    .digest(text.getBytes(StandardCharsets.UTF_8)));
            return hex.substring(0, 8) + "-" + hex.substring(8, 12) + "-" + hex.substring(12, 16) + "-"
                    + hex.substring(16, 20) + "-" + hex.substring(20);
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String couple(String kind, int i) {
        return md5("couple-" + kind + i);
    }

    private static String summary(String kind, int i) {
        return "/v1/couples/" + couple(kind, i) + "/progress";
    }

    /** A single item that is not sealed text: the couple itself, as its partner reads it. */
    private static String single(String kind, int i) {
        return "/v1/couples/" + couple(kind, i);
    }

    private static String token(String kind, int i) {
        return Tokens.sign(Tokens.claims("bench-a-" + kind + i, "user").claim("given_name", "Bench").expiresIn(7200));
    }

    /**
     * Seeds couples {@code kind0..kind(n-1)} whose history is {@code days} long, all in SQL: two partners, a daily
     * commitment each kept four days in five, a journal entry the partner can read every other day, and a session every
     * Sunday. Ids are name-based UUIDs, so a run always builds the same data.
     */
    private void seed(String kind, int couples, int days) throws SQLException {
        String ids = "(select g as i, '%s' || g as k from generate_series(0, %d) g)".formatted(kind, couples - 1);
        String uuid = "cast(md5(%s) as uuid)";
        try (Connection connection = dataSource.getConnection(); Statement sql = connection.createStatement()) {
            connection.setAutoCommit(true);
            // Seeding bypasses the triggers that keep progress summaries in step (no summary is kept yet anyway).
            sql.execute("set session_replication_role = replica");
            String start = "cast(now() - interval '%d days' as timestamptz)".formatted(days);
            sql.execute("""
                    insert into profile (id, issuer, subject, display_name, time_zone, locale, created_at, updated_at)
                    select %s, '%s', 'bench-' || p || '-' || k, 'Bench', 'Europe/Lisbon', 'en', %s, %s
                    from %s s, (values ('a'), ('b')) v(p)""".formatted(uuid.formatted("'profile-' || p || k"),
                    Tokens.ISSUER, start, start, ids));
            sql.execute("""
                    insert into couple (id, time_zone, program_starts_on, created_at)
                    select cast(md5('couple-' || k) as uuid), 'Europe/Lisbon', cast(%s as date), %s
                    from %s s""".formatted(start, start, ids));
            sql.execute("""
                    insert into partner (id, couple_id, profile_id, joined_at, private_by_default, touch_opt_in,
                                         current_member)
                    select %s, %s, %s, %s, false, false, true from %s s, (values ('a'), ('b')) v(p)""".formatted(
                    uuid.formatted("'partner-' || p || k"), "cast(md5('couple-' || k) as uuid)",
                    uuid.formatted("'profile-' || p || k"), start, ids));
            sql.execute("""
                    insert into commitment (id, couple_id, created_by, worded_by, owner_id, category, title, status,
                                            created_at, updated_at)
                    select %s, %s, %s, %s, %s, 'personalPromise', '\\x00', 'active', %s, %s
                    from %s s, (values ('a'), ('b')) v(p)""".formatted(uuid.formatted("'commitment-' || p || '-' || k"),
                    "cast(md5('couple-' || k) as uuid)", uuid.formatted("'profile-' || p || k"),
                    uuid.formatted("'profile-' || p || k"), uuid.formatted("'profile-' || p || k"), start, start,
                    ids));
            sql.execute("""
                    insert into commitment_schedule (id, commitment_id, cadence, starts_on, effective_from)
                    select %s, %s, 'daily', cast(%s as date), cast(%s as date)
                    from %s s, (values ('a'), ('b')) v(p)""".formatted(uuid.formatted("'schedule-' || p || k"),
                    uuid.formatted("'commitment-' || p || '-' || k"), start, start, ids));
            sql.execute("""
                    insert into commitment_check (commitment_id, occurs_on, state, marked_by, marked_at)
                    select %s, cast(d as date), 'kept', %s, d + interval '20 hours'
                    from %s s, (values ('a'), ('b')) v(p),
                         generate_series(cast(%s as date), current_date - 1, interval '1 day') d
                    where (s.i + extract(doy from d) + case when p = 'a' then 0 else 2 end) %% 5 <> 0""".formatted(
                    uuid.formatted("'commitment-' || p || '-' || k"), uuid.formatted("'profile-' || p || k"), ids,
                    start));
            sql.execute("""
                    insert into journal_entry (id, couple_id, author_id, kind, written_on, week_starts_on, body,
                                               visibility, visible_from, created_at, updated_at)
                    select gen_random_uuid(), cast(md5('couple-' || k) as uuid), %s, 'appreciation', cast(d as date),
                           cast(date_trunc('week', d) as date), '\\x00', 'partner', d + interval '21 hours',
                           d + interval '21 hours', d + interval '21 hours'
                    from %s s, (values ('a'), ('b')) v(p),
                         generate_series(cast(%s as date), current_date - 1, interval '1 day') d
                    where (s.i + extract(doy from d) + case when p = 'a' then 0 else 1 end) %% 2 = 0""".formatted(
                    uuid.formatted("'profile-' || p || k"), ids, start));
            sql.execute("""
                    insert into practice_session (id, couple_id, exercise_id, exercise_version, status, lead_a, lead_b,
                                                  started_at, ended_at, updated_at)
                    select gen_random_uuid(), cast(md5('couple-' || k) as uuid), e.exercise_id, e.version,
                           'completed', %s, %s, d + interval '18 hours', d + interval '19 hours',
                           d + interval '19 hours'
                    from %s s, generate_series(cast(%s as date), current_date - 1, interval '1 day') d,
                         (select exercise_id, version from exercise_version order by exercise_id, version limit 1) e
                    where extract(isodow from d) = 7""".formatted(uuid.formatted("'profile-a' || k"),
                    uuid.formatted("'profile-b' || k"), ids, start));
            sql.execute("""
                    insert into progress_epoch (couple_id, epoch)
                    select cast(md5('couple-' || k) as uuid), 0 from %s s""".formatted(ids));
            sql.execute("set session_replication_role = default");
            // The progress facts the triggers would have kept (migration V17), from what was just seeded.
            sql.execute("select progress_backfill()");
            sql.execute("analyze");
        }
    }

    private Figures wrk(String name, IntFunction<String> path, String kind) throws IOException, InterruptedException {
        Path script = Files.createTempFile("bench", ".lua");
        Files.writeString(script, lua(path, kind));
        String base = "http://localhost:" + RestAssured.port;
        run("wrk", "-t2", "-c8", "-d5s", "-s", script.toString(), base);
        String out = run("wrk", "-t2", "-c8", "-d" + DURATION, "--latency", "-s", script.toString(), base);
        Files.delete(script);
        return new Figures(name, number(out, "Requests/sec:\\s+([0-9.]+)"), text(out, "\\s50%\\s+(\\S+)"),
                text(out, "\\s99%\\s+(\\S+)"), millis(text(out, "\\s50%\\s+(\\S+)")),
                millis(text(out, "\\s99%\\s+(\\S+)")), errors(out));
    }

    /** A wrk script that spreads requests over {@link #SPREAD} couples, each with its partner's token. */
    private static String lua(IntFunction<String> path, String kind) {
        StringBuilder lua = new StringBuilder("local paths = {}\nlocal tokens = {}\n");
        for (int i = 0; i < SPREAD; i++) {
            lua.append("paths[").append(i + 1).append("] = \"").append(path.apply(i)).append("\"\n");
            lua.append("tokens[").append(i + 1).append("] = \"").append(token(kind, i)).append("\"\n");
        }
        lua.append("""
                local n = 0
                request = function()
                  n = n + 1
                  local k = (n % #paths) + 1
                  return wrk.format("GET", paths[k], { ["Authorization"] = "Bearer " .. tokens[k] })
                end
                """);
        return lua.toString();
    }

    private static String run(String... command) throws IOException, InterruptedException {
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        process.waitFor();
        return out;
    }

    private static double number(String out, String pattern) {
        Matcher matcher = Pattern.compile(pattern).matcher(out);
        return matcher.find() ? Double.parseDouble(matcher.group(1)) : 0;
    }

    private static String text(String out, String pattern) {
        Matcher matcher = Pattern.compile(pattern).matcher(out);
        return matcher.find() ? matcher.group(1) : "?";
    }

    private static double millis(String value) {
        Map<String, Double> units = new LinkedHashMap<>();
        units.put("us", 0.001);
        units.put("ms", 1.0);
        units.put("s", 1000.0);
        for (Map.Entry<String, Double> unit : units.entrySet()) {
            if (value.endsWith(unit.getKey())) {
                return Double.parseDouble(value.substring(0, value.length() - unit.getKey().length()))
                        * unit.getValue();
            }
        }
        return Double.NaN;
    }

    private static long errors(String out) {
        long errors = (long) number(out, "Non-2xx or 3xx responses:\\s+([0-9]+)");
        Matcher socket = Pattern.compile("Socket errors: connect (\\d+), read (\\d+), write (\\d+), timeout (\\d+)")
                .matcher(out);
        if (socket.find()) {
            for (int g = 1; g <= 4; g++) {
                errors += Long.parseLong(socket.group(g));
            }
        }
        return errors;
    }
}
