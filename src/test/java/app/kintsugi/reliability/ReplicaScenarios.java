package app.kintsugi.reliability;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Collectors;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;

import app.kintsugi.reliability.support.App;
import app.kintsugi.reliability.support.Closer;
import app.kintsugi.reliability.support.Histogram;
import app.kintsugi.reliability.support.Http;
import app.kintsugi.reliability.support.IdentityProvider;
import app.kintsugi.reliability.support.Latencies;
import app.kintsugi.reliability.support.Letters;
import app.kintsugi.reliability.support.PgBouncer;
import app.kintsugi.reliability.support.Postgres;
import app.kintsugi.reliability.support.Report;
import app.kintsugi.reliability.support.RoundRobin;
import app.kintsugi.reliability.support.Sleep;
import app.kintsugi.reliability.support.SpreadWriteLoad;

/**
 * Three packaged-jar replicas on one PostgreSQL (directly, or through PgBouncer in transaction mode) behind a
 * round-robin client, as a scaled-out deployment runs them: the schema is migrated once by a step of its own
 * ({@code QUARKUS_INIT_AND_EXIT=true}, {@code KINTSUGI_MIGRATE_AT_START=true}), then the replicas start validate-only
 * ({@code KINTSUGI_MIGRATE_AT_START=false}). The scenarios ({@link MultiReplicaIT}, {@link PooledReplicasIT}) each run
 * under a background letter-writing load spread over the replicas and print their figures.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class ReplicaScenarios {

    static final int REPLICAS = Integer.getInteger("reliability.replicas", 3);
    static final int BACKGROUND_WRITERS = 4;
    /** The anonymous budget the rate-limit check exhausts; the others are out of reach. */
    static final int ANONYMOUS_CAPACITY = 60;
    /** Short, so that the idempotency purge finds expired records within the run; retries come within seconds. */
    static final Duration IDEMPOTENCY_RETENTION = Duration.ofSeconds(60);

    Postgres postgres;
    PgBouncer bouncer;
    IdentityProvider identity;
    Http http;
    final List<App> apps = new ArrayList<>();
    RoundRobin replicas;
    Duration migration;
    Duration startup;
    String statementTimeout;
    final Map<String, String> settings = new LinkedHashMap<>();
    final List<SpreadWriteLoad> loads = new java.util.concurrent.CopyOnWriteArrayList<>();

    /** The scenario's name, for the jars' logs and the reports. */
    abstract String name();

    /** Whether the replicas reach PostgreSQL through PgBouncer. */
    abstract boolean pooled();

    @BeforeAll
    void startReplicas() {
        postgres = Postgres.start();
        identity = IdentityProvider.start();
        http = new Http();
        // The migration step: the jar once, straight to PostgreSQL (Flyway's session lock needs a session of its own,
        // which a transaction pooler does not keep), migrating and then exiting.
        migration = App.runToExit(name() + "-migrate", postgres, identity, new App.Settings()
                .env("QUARKUS_INIT_AND_EXIT", "true")
                .env("KINTSUGI_MIGRATE_AT_START", "true"));
        String jdbcUrl = postgres.jdbcUrl();
        if (pooled()) {
            // PgBouncer 1.18 refuses the `options` startup parameter that carries -c statement_timeout (it is
            // ignored, see below), so the timeout is set where a pooled server connection still gets it: on the role.
            execute("alter role postgres set statement_timeout = '"
                    + System.getProperty("reliability.pgbouncer.statement-timeout", "15s") + "'");
            bouncer = PgBouncer.start(name(), postgres, Integer.getInteger("reliability.pgbouncer.pool", 20),
                    System.getProperty("reliability.pgbouncer.ignore", "extra_float_digits,options"));
            jdbcUrl = bouncer.jdbcUrl(System.getProperty("reliability.pgbouncer.jdbc", "prepareThreshold=0"));
        }
        if (pooled()) {
            statementTimeout = showThroughPooler("statement_timeout", jdbcUrl);
        }
        settings.put("KINTSUGI_MIGRATE_AT_START", "false");
        settings.put("KINTSUGI_RATE_LIMIT_ENABLED", "true");
        settings.put("KINTSUGI_RATE_LIMIT_BUDGETS_SUBJECT_CAPACITY", "1000000");
        settings.put("KINTSUGI_RATE_LIMIT_BUDGETS_EXPENSIVE_CAPACITY", "1000000");
        settings.put("KINTSUGI_RATE_LIMIT_BUDGETS_ANONYMOUS_CAPACITY", Integer.toString(ANONYMOUS_CAPACITY));
        settings.put("KINTSUGI_RATE_LIMIT_BUDGETS_ANONYMOUS_PERIOD", "PT1H");
        settings.put("KINTSUGI_IDEMPOTENCY_RETENTION", IDEMPOTENCY_RETENTION.toString());
        settings.put("KINTSUGI_IDEMPOTENCY_PURGE_EVERY", "3s");
        settings.put("KINTSUGI_RETENTION_ENDED_COUPLE_CONTENT", "PT1S");
        settings.put("KINTSUGI_RETENTION_EVERY", "2s");
        settings.put("KINTSUGI_RETENTION_BATCH", "3");
        settings.put("KINTSUGI_EXPORT_SWEEP_EVERY", "1s");
        String url = jdbcUrl;
        Instant begin = Instant.now();
        List<CompletableFuture<App>> starting = new ArrayList<>();
        for (int i = 0; i < REPLICAS; i++) {
            String replica = name() + "-" + (char) ('a' + i);
            App.Settings replicaSettings = new App.Settings().property("quarkus.datasource.jdbc.url", url);
            settings.forEach(replicaSettings::env);
            starting.add(CompletableFuture.supplyAsync(() -> App.start(replica, postgres, identity, replicaSettings)));
        }
        RuntimeException failed = null;
        for (CompletableFuture<App> future : starting) {
            try {
                apps.add(future.join());
            } catch (RuntimeException e) {
                failed = e;
            }
        }
        if (failed != null) {
            throw failed;
        }
        startup = Duration.between(begin, Instant.now());
        replicas = new RoundRobin(apps);
    }

    @AfterAll
    void stopReplicas() {
        apps.forEach(App::close);
        Closer.close(http, identity, bouncer, postgres);
    }

    Report report(String scenario, String title) {
        Report report = new Report(name() + "-" + scenario, title + (pooled() ? " (through PgBouncer)" : ""))
                .line("replicas", REPLICAS + " packaged jars, one PostgreSQL" + (pooled()
                        ? ", PgBouncer " + bouncer.poolSize() + " server connections, transaction mode, JDBC "
                                + System.getProperty("reliability.pgbouncer.jdbc", "prepareThreshold=0")
                        : ", direct"))
                .line("migration step, then replicas ready", seconds(migration) + ", " + seconds(startup));
        return pooled() ? report.line("statement_timeout through the pooler", statementTimeout) : report;
    }

    static String seconds(Duration duration) {
        return String.format("%.1f s", duration.toMillis() / 1000.0);
    }

    static String millis(Latencies latencies) {
        return String.format("p50 %.0f ms, p99 %.0f ms (n=%d)", latencies.quantile(0.5), latencies.quantile(0.99),
                latencies.count());
    }

    static String rate(long count, long startNanos, long endNanos) {
        return String.format("%d in %.1f s (%.1f/s)", count, (endNanos - startNanos) / 1e9,
                count / ((endNanos - startNanos) / 1e9));
    }

    /** The background load every scenario runs under. */
    SpreadWriteLoad background(String scenario) {
        return running(new SpreadWriteLoad(http, replicas,
                SpreadWriteLoad.writers(http, replicas, identity, scenario + "-bg", BACKGROUND_WRITERS))).start();
    }

    /** Kept, so that a scenario that fails midway does not leave its writers running into the next one. */
    SpreadWriteLoad running(SpreadWriteLoad load) {
        loads.add(load);
        return load;
    }

    @AfterEach
    void stopLoads() {
        loads.forEach(SpreadWriteLoad::close);
        loads.clear();
    }

    /** Stops the load and adds its figures and audit (nothing lost, nothing twice) to the report. */
    SpreadWriteLoad.Audit finish(SpreadWriteLoad load, long startNanos, Report report) {
        load.stop(Duration.ofSeconds(60));
        long end = System.nanoTime();
        SpreadWriteLoad.Audit audit = load.audit(replicas.next(), Set.of());
        report.line("background writes acknowledged", rate(load.acknowledgedCount(), startNanos, end)
                + ", " + millis(load.latencies()))
                .line("background attempts", load.outcomes())
                .line("background audit (acked/listed/lost/dup/extra)", audit.acknowledged() + "/" + audit.listed()
                        + "/" + audit.lost() + "/" + audit.duplicates() + "/" + audit.unacknowledgedStored());
        return audit;
    }

    static void assertClean(SpreadWriteLoad.Audit audit) {
        assertEquals(0, audit.lost(), "acknowledged writes lost: " + audit);
        assertEquals(0, audit.duplicates(), "writes stored twice: " + audit);
        assertEquals(0, audit.unacknowledgedStored(), "stored without an acknowledgement: " + audit);
    }

    record Pair(String coupleId, Letters.Writer a, String bSubject, String bToken) {
    }

    /** A couple with both partners in: A creates it on one replica, B accepts the invitation on another. */
    Pair pair(String label) {
        Letters.Writer a = Letters.writer(http, replicas.next(), identity, label + "-a");
        String code = expect(201, http.send(replicas.next().uri("/v1/couples/" + a.coupleId() + "/invitations"),
                a.token(), "POST", UUID.randomUUID().toString())).json().path("code").asText();
        String bSubject = label + "-b-" + UUID.randomUUID();
        String bToken = identity.token(bSubject);
        expect(200, http.post(replicas.next().uri("/v1/invitation-acceptances"), bToken,
                Http.json(Map.of("code", code, "consent", true)), UUID.randomUUID().toString()));
        return new Pair(a.coupleId(), a, bSubject, bToken);
    }

    static Http.Answer expect(int status, Http.Answer answer) {
        if (answer.status() != status) {
            throw new IllegalStateException("expected " + status + ", got " + answer.outcome() + " " + answer.body());
        }
        return answer;
    }

    /** The problem's {@code code}, for counting refusals by kind. */
    static String outcome(Http.Answer answer) {
        if (answer.status() >= 400 && answer.body().contains("\"code\"")) {
            return answer.status() + " " + answer.json().path("code").asText();
        }
        boolean replayed = answer.header("Idempotent-Replayed").map("true"::equalsIgnoreCase).orElse(false);
        return answer.outcome() + (replayed ? " replayed" : "");
    }

    void execute(String sql) {
        try (Connection connection = postgres.connect(); var statement = connection.createStatement()) {
            statement.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException(sql, e);
        }
    }

    /** A setting as a replica's connection sees it, through the pooler, with the options the replicas send. */
    String showThroughPooler(String setting, String jdbcUrl) {
        String url = jdbcUrl + (jdbcUrl.contains("?") ? "&" : "?") + "options=-c%20statement_timeout%3D15s";
        try (Connection connection = java.sql.DriverManager.getConnection(url, "postgres", "postgres");
                var statement = connection.createStatement();
                ResultSet rows = statement.executeQuery("show " + setting)) {
            rows.next();
            return rows.getString(1);
        } catch (SQLException e) {
            return "connection refused: " + e.getMessage();
        }
    }

    long count(String sql, Object... parameters) {
        try (Connection connection = postgres.connect();
                PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                if (parameters[i] instanceof UUID[] ids) {
                    statement.setArray(i + 1, connection.createArrayOf("uuid", ids));
                } else if (parameters[i] instanceof String[] texts) {
                    statement.setArray(i + 1, connection.createArrayOf("text", texts));
                } else {
                    statement.setObject(i + 1, parameters[i]);
                }
            }
            try (ResultSet rows = statement.executeQuery()) {
                rows.next();
                return rows.getLong(1);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(sql, e);
        }
    }

    /** How often each line containing the marker names each id, across every replica's log (a killed one's too). */
    Map<String, Long> logMentions(String marker, Set<String> ids) {
        Map<String, Long> counts = new HashMap<>();
        for (App app : apps) {
            try (var lines = Files.lines(app.log())) {
                lines.filter(line -> line.contains(marker)).forEach(line -> ids.stream().filter(line::contains)
                        .forEach(id -> counts.merge(id, 1L, Long::sum)));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return counts;
    }

    long logLines(String marker) {
        long total = 0;
        for (App app : apps) {
            try (var lines = Files.lines(app.log())) {
                total += lines.filter(line -> line.contains(marker)).count();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return total;
    }

    // --- smoke: the main features, each write on one replica and its read on another -------------------------------

    void smoke() {
        int pairs = Integer.getInteger("reliability.replicas.smoke", 12);
        long start = System.nanoTime();
        SpreadWriteLoad load = background("smoke");
        Histogram writes = new Histogram();
        Histogram reads = new Histogram();
        Latencies latencies = new Latencies();
        long missing = 0;
        Map<String, String> creations = new LinkedHashMap<>();
        creations.put("journal-entries", """
                {"kind": "appreciation", "text": "You made tea when I came home tired.", "visibility": "reveal"}""");
        creations.put("jar-slips", """
                {"text": "Phones away while we eat"}""");
        creations.put("agreements", """
                {"topic": "devicesAndMessages", "title": "Phones at the table",
                 "terms": "Phones stay in the hall during dinner.", "reviewEveryMonths": 1}""");
        creations.put("practice-runs", """
                {"exercise": "sunday-walk"}""");
        creations.put("letters", Letters.body("smoke-" + UUID.randomUUID()));
        for (int p = 0; p < pairs; p++) {
            Pair pair = pair("smoke" + p);
            for (Map.Entry<String, String> creation : creations.entrySet()) {
                String path = "/v1/couples/" + pair.coupleId() + "/" + creation.getKey();
                Http.Answer created = http.post(replicas.next().uri(path), pair.a().token(), creation.getValue(),
                        UUID.randomUUID().toString());
                writes.add(creation.getKey() + " " + created.outcome());
                latencies.add(created.millis());
                if (created.status() != 201) {
                    continue;
                }
                String id = created.json().path("id").asText();
                Http.Answer listed = http.get(replicas.next().uri(path), pair.bToken());
                reads.add(creation.getKey() + " " + listed.outcome());
                latencies.add(listed.millis());
                if (listed.status() != 200 || !listed.body().contains(id)) {
                    // A letter draft is its author's alone: the author lists it.
                    Http.Answer own = http.get(replicas.next().uri(path), pair.a().token());
                    if (own.status() != 200 || !own.body().contains(id)) {
                        missing++;
                    }
                }
            }
            Http.Answer me = http.get(replicas.next().uri("/v1/me"), pair.bToken());
            reads.add("me " + me.outcome());
            Http.Answer couple = http.get(replicas.next().uri("/v1/couples/" + pair.coupleId()), pair.bToken());
            reads.add("couple " + couple.outcome());
        }
        Report report = report("smoke", "main features across replicas");
        SpreadWriteLoad.Audit audit = finish(load, start, report);
        report.line("pairs (couple, invitation, acceptance)", pairs)
                .line("writes (one replica)", writes)
                .line("reads (the next replica)", reads)
                .line("written but not found on another replica", missing)
                .line("smoke request latency", millis(latencies))
                .print();
        assertClean(audit);
        assertEquals(0, missing, "written on one replica, not found on another");
        assertEquals(writes.total(), writes.snapshot().entrySet().stream()
                .filter(e -> e.getKey().endsWith(" 201")).mapToLong(Map.Entry::getValue).sum(), "writes: " + writes);
        assertEquals(reads.total(), reads.snapshot().entrySet().stream()
                .filter(e -> e.getKey().endsWith(" 200")).mapToLong(Map.Entry::getValue).sum(), "reads: " + reads);
    }

    // --- a: one Idempotency-Key, several replicas -------------------------------------------------------------------

    void idempotencyAcrossReplicas() {
        int keys = Integer.getInteger("reliability.replicas.keys", 60);
        long start = System.nanoTime();
        SpreadWriteLoad load = background("idem");
        Letters.Writer writer = Letters.writer(http, replicas.next(), identity, "idem");
        Histogram concurrent = new Histogram();
        Histogram replays = new Histogram();
        Histogram sequential = new Histogram();
        Latencies replayLatency = new Latencies();
        long mismatched = 0;
        long originals = 0;
        Map<String, String> idByKey = new HashMap<>();
        for (int k = 0; k < keys; k++) {
            String key = UUID.randomUUID().toString();
            String body = Letters.body(key);
            List<Http.Answer> answers;
            if (k % 2 == 0) {
                // The same request to every replica at once, as a client whose first attempt timed out would race.
                answers = apps.stream().map(app -> http.postAsync(writer.letters(app), writer.token(), body, key))
                        .toList().stream().map(CompletableFuture::join).toList();
                answers.forEach(answer -> concurrent.add(outcome(answer)));
            } else {
                // One replica first, then the others one after another.
                answers = new ArrayList<>();
                for (App app : apps) {
                    Http.Answer answer = http.post(writer.letters(app), writer.token(), body, key);
                    answers.add(answer);
                    sequential.add(outcome(answer));
                }
            }
            originals += answers.stream().filter(a -> a.status() == 201
                    && a.header("Idempotent-Replayed").isEmpty()).count();
            String original = answers.stream().filter(a -> a.status() == 201).map(a -> a.json().path("id").asText())
                    .findFirst().orElse(null);
            idByKey.put(key, original);
            // Afterwards every replica replays the one stored answer.
            for (App app : apps) {
                Http.Answer replay = http.post(writer.letters(app), writer.token(), body, key);
                replays.add(outcome(replay));
                replayLatency.add(replay.millis());
                if (replay.status() != 201 || !replay.json().path("id").asText().equals(original)) {
                    mismatched++;
                }
            }
        }
        List<Letters.Listed> listed = Letters.all(http, replicas.next(), writer);
        Map<String, Long> rowsByKey = listed.stream()
                .collect(Collectors.groupingBy(Letters.Listed::title, Collectors.counting()));
        long once = idByKey.keySet().stream().filter(key -> rowsByKey.getOrDefault(key, 0L) == 1).count();
        long records = count("select count(*) from idempotency_record where idempotency_key = any(?)",
                (Object) idByKey.keySet().toArray(new String[0]));

        Report report = report("idempotency", "one Idempotency-Key sent to several replicas");
        SpreadWriteLoad.Audit audit = finish(load, start, report);
        report.line("keys", keys + " (half sent to all replicas at once, half one replica after another)")
                .line("concurrent sends (" + (keys / 2 * REPLICAS) + ")", concurrent)
                .line("sequential sends (" + ((keys - keys / 2) * REPLICAS) + ")", sequential)
                .line("original 201 (not replayed) per key", originals + " for " + keys + " keys")
                .line("replays afterwards, every replica", replays)
                .line("replays with another id", mismatched)
                .line("replay latency", millis(replayLatency))
                .line("letters stored once per key", once + " of " + keys + " (listed " + listed.size() + ")")
                .line("idempotency records for the keys", records)
                .print();
        assertClean(audit);
        assertEquals(keys, originals, "one original answer per key");
        assertEquals(0, mismatched, "a replay answered something else");
        assertEquals(keys * (long) REPLICAS, replays.get("201 replayed"), "replays: " + replays);
        assertEquals(keys, once, "letters per key: " + rowsByKey);
        assertEquals(keys, listed.size(), "letters listed");
        assertEquals(keys, records, "idempotency records");
        assertTrue(concurrent.snapshot().keySet().stream()
                .allMatch(o -> o.equals("201") || o.equals("201 replayed") || o.equals("409 idempotency-key-in-use")),
                "concurrent sends: " + concurrent);
        assertEquals(sequential.get("201") + sequential.get("201 replayed"), sequential.total(),
                "sequential sends: " + sequential);
    }

    // --- b: uniqueness rules across replicas ------------------------------------------------------------------------

    void uniquenessAcrossReplicas() {
        int couples = Integer.getInteger("reliability.replicas.couples", 10);
        int starts = 24;
        int invitees = 12;
        long start = System.nanoTime();
        SpreadWriteLoad load = background("unique");
        Histogram runStarts = new Histogram();
        Histogram acceptances = new Histogram();
        Latencies latencies = new Latencies();
        long couplesWithOneRun = 0;
        long couplesWithOneStarted = 0;
        long couplesWithTwoPartners = 0;
        long couplesWithOneAcceptance = 0;
        for (int c = 0; c < couples; c++) {
            Pair pair = pair("unique" + c);
            List<CompletableFuture<Http.Answer>> sent = new ArrayList<>();
            for (int s = 0; s < starts; s++) {
                String token = s % 2 == 0 ? pair.a().token() : pair.bToken();
                sent.add(http.postAsync(replicas.next().uri("/v1/couples/" + pair.coupleId() + "/practice-runs"), token,
                        "{\"exercise\": \"sunday-walk\"}", UUID.randomUUID().toString()));
            }
            List<Http.Answer> answers = sent.stream().map(CompletableFuture::join).toList();
            answers.forEach(answer -> {
                runStarts.add(outcome(answer));
                latencies.add(answer.millis());
            });
            if (answers.stream().filter(a -> a.status() == 201).count() == 1) {
                couplesWithOneStarted++;
            }
            if (count("select count(*) from practice_run where couple_id = ? and status in ('active', 'paused')",
                    UUID.fromString(pair.coupleId())) == 1) {
                couplesWithOneRun++;
            }

            // One invitation, many people accepting its code at once on every replica.
            Letters.Writer inviter = Letters.writer(http, replicas.next(), identity, "inviter" + c);
            String code = expect(201, http.send(replicas.next().uri("/v1/couples/" + inviter.coupleId()
                    + "/invitations"), inviter.token(), "POST", UUID.randomUUID().toString())).json().path("code")
                    .asText();
            List<CompletableFuture<Http.Answer>> accepting = new ArrayList<>();
            for (int i = 0; i < invitees; i++) {
                accepting.add(http.postAsync(replicas.next().uri("/v1/invitation-acceptances"),
                        identity.token("invitee" + c + "-" + i + "-" + UUID.randomUUID()),
                        Http.json(Map.of("code", code, "consent", true)), UUID.randomUUID().toString()));
            }
            List<Http.Answer> accepted = accepting.stream().map(CompletableFuture::join).toList();
            accepted.forEach(answer -> {
                acceptances.add(outcome(answer));
                latencies.add(answer.millis());
            });
            if (accepted.stream().filter(a -> a.status() == 200).count() == 1) {
                couplesWithOneAcceptance++;
            }
            if (count("select count(*) from partner where couple_id = ?", UUID.fromString(inviter.coupleId())) == 2) {
                couplesWithTwoPartners++;
            }
        }
        Report report = report("uniqueness", "uniqueness rules across replicas");
        SpreadWriteLoad.Audit audit = finish(load, start, report);
        report.line("practice-run starts", couples + " couples x " + starts + " concurrent starts, both partners, "
                + "all replicas")
                .line("start answers", runStarts)
                .line("couples with exactly one 201 / one open run", couplesWithOneStarted + " / " + couplesWithOneRun
                        + " of " + couples)
                .line("invitation acceptances", couples + " codes x " + invitees + " people at once, all replicas")
                .line("acceptance answers", acceptances)
                .line("codes with exactly one 200 / couples of two", couplesWithOneAcceptance + " / "
                        + couplesWithTwoPartners + " of " + couples)
                .line("contended request latency", millis(latencies))
                .print();
        assertClean(audit);
        assertEquals(couples, couplesWithOneStarted, "run starts: " + runStarts);
        assertEquals(couples, couplesWithOneRun, "open runs");
        assertEquals(couples * (long) (starts - 1), runStarts.get("409 run-in-progress"), "run starts: " + runStarts);
        assertEquals(couples, couplesWithOneAcceptance, "acceptances: " + acceptances);
        assertEquals(couples, couplesWithTwoPartners, "partners");
        assertEquals(couples * (long) (invitees - 1), acceptances.get("410 invitation-used")
                + acceptances.get("409 couple-full"), "acceptances: " + acceptances);
    }

    // --- c: scheduled jobs, once per item ---------------------------------------------------------------------------

    void scheduledJobsOncePerItem() {
        int ended = Integer.getInteger("reliability.replicas.ended", 24);
        int exports = Integer.getInteger("reliability.replicas.exports", 24);
        long start = System.nanoTime();
        SpreadWriteLoad load = background("jobs");
        // Couples with content, then ended: due for the retention purge at once (ended-couple-content PT1S).
        Set<String> endedCouples = new java.util.TreeSet<>();
        for (int i = 0; i < ended; i++) {
            Letters.Writer writer = Letters.writer(http, replicas.next(), identity, "ended" + i);
            expect(201, http.post(writer.letters(replicas.next()), writer.token(), Letters.body("ended-" + i),
                    UUID.randomUUID().toString()));
            expect(200, http.send(replicas.next().uri("/v1/couples/" + writer.coupleId() + "/my-membership"),
                    writer.token(), "DELETE"));
            endedCouples.add(writer.coupleId());
        }
        // Exports asked for on every replica: each built by the asking replica's pool or by some replica's sweep.
        Set<String> exportIds = new java.util.TreeSet<>();
        Histogram exportRequests = new Histogram();
        for (int i = 0; i < exports; i++) {
            Letters.Writer writer = Letters.writer(http, replicas.next(), identity, "exporter" + i);
            Http.Answer requested = http.send(replicas.next().uri("/v1/my-exports"), writer.token(), "POST",
                    UUID.randomUUID().toString());
            exportRequests.add(outcome(requested));
            if (requested.status() == 202) {
                exportIds.add(requested.json().path("id").asText());
            }
        }
        assertEquals(exports, exportIds.size(), "export requests: " + exportRequests);
        long expiredBefore = count("select count(*) from idempotency_record where expires_at <= now()");
        long recordsBefore = count("select count(*) from idempotency_record");
        UUID[] coupleIds = endedCouples.stream().map(UUID::fromString).toArray(UUID[]::new);
        UUID[] exportUuids = exportIds.stream().map(UUID::fromString).toArray(UUID[]::new);
        // The purge starts two minutes after a replica started (its @Scheduled delay); exports within seconds.
        Instant deadline = Instant.now().plus(Duration.parse(System.getProperty("reliability.replicas.jobs",
                "PT4M")));
        long purged = 0;
        long ready = 0;
        long expiredLeft = -1;
        long waitStart = System.nanoTime();
        long purgedAt = 0;
        long readyAt = 0;
        while (Instant.now().isBefore(deadline)) {
            purged = count("select count(*) from couple where id = any(?) and content_purged_at is not null",
                    (Object) coupleIds);
            ready = count("select count(*) from data_export where id = any(?) and status = 'ready'",
                    (Object) exportUuids);
            expiredLeft = count("select count(*) from idempotency_record where expires_at <= now() - interval '10 s'");
            if (ready == exports && readyAt == 0) {
                readyAt = System.nanoTime();
            }
            if (purged == ended && purgedAt == 0) {
                purgedAt = System.nanoTime();
            }
            if (purged == ended && ready == exports && expiredLeft == 0 && expiredBefore > 0) {
                break;
            }
            if (expiredBefore == 0) {
                expiredBefore = count("select count(*) from idempotency_record where expires_at <= now()");
            }
            Sleep.millis(1000);
        }
        long files = count("select count(*) from data_export_file where export_id = any(?)", (Object) exportUuids);
        long lettersLeft = count("select count(*) from repair_letter where couple_id = any(?)", (Object) coupleIds);
        Map<String, Long> purgeLines = logMentions("Retention: purged the content of couple", endedCouples);
        long purgedOnce = purgeLines.values().stream().filter(n -> n == 1).count();
        long purgedTwice = purgeLines.values().stream().filter(n -> n > 1).count();
        Histogram purgesByReplica = new Histogram();
        for (App app : apps) {
            try (var lines = Files.lines(app.log())) {
                lines.filter(line -> line.contains("Retention: purged the content of couple")
                        && endedCouples.stream().anyMatch(line::contains)).forEach(line -> purgesByReplica.add(
                                app
                                        .name()));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        long exportFailures = logLines("An export could not be prepared");
        long purgeFailures = logLines("could not be purged");
        long jobErrors = logLines("ERROR");

        Report report = report("jobs", "scheduled jobs on three replicas, once per item");
        SpreadWriteLoad.Audit audit = finish(load, start, report);
        report.line("job settings", "retention every 2s batch 3 (content due PT1S after the end), export sweep "
                + "every 1s, idempotency purge every 3s (records kept " + IDEMPOTENCY_RETENTION + ")")
                .line("ended couples purged (content_purged_at)", purged + " of " + ended
                        + (purgedAt == 0 ? "" : ", all after " + seconds(Duration.ofNanos(purgedAt - waitStart))))
                .line("purge log lines per couple: once / more", purgedOnce + " / " + purgedTwice)
                .line("purges by replica", purgesByReplica)
                .line("letters left in purged couples", lettersLeft)
                .line("export requests", exportRequests)
                .line("exports ready / files", ready + " / " + files + " of " + exports
                        + (readyAt == 0 ? "" : ", all after " + seconds(Duration.ofNanos(readyAt - waitStart))))
                .line("export failures logged", exportFailures)
                .line("idempotency records: all / expired at start", recordsBefore + " / " + expiredBefore)
                .line("expired records left (10 s after expiry)", expiredLeft)
                .line("purge failures logged; ERROR lines", purgeFailures + "; " + jobErrors)
                .print();
        assertClean(audit);
        assertEquals(ended, purged, "ended couples purged");
        assertEquals(ended, purgedOnce, "purge log lines per couple: " + purgeLines);
        assertEquals(0, lettersLeft, "letters left");
        assertEquals(exports, ready, "exports ready");
        assertEquals(exports, files, "export files");
        assertEquals(0, exportFailures, "an export was built twice or failed");
        assertEquals(0, expiredLeft, "expired idempotency records left");
        assertTrue(expiredBefore > 0, "no idempotency record expired during the run");
    }

    // --- d: one rate-limit budget for all replicas ------------------------------------------------------------------

    void rateLimitsShared() {
        int burst = 400;
        Histogram answers = new Histogram();
        Map<String, Histogram> perReplica = new LinkedHashMap<>();
        apps.forEach(app -> perReplica.put(app.name(), new Histogram()));
        List<CompletableFuture<Void>> sent = new ArrayList<>();
        long start = System.nanoTime();
        for (int i = 0; i < burst; i++) {
            App app = replicas.next();
            // Anonymous: the budget per client address, the same on every replica (all from 127.0.0.1 here).
            sent.add(http.getAsync(app.uri("/v1/commitment-categories"), null).thenAccept(answer -> {
                answers.add(answer.outcome());
                perReplica.get(app.name()).add(answer.outcome());
            }));
            if (i % 16 == 15) {
                sent.forEach(CompletableFuture::join);
            }
        }
        sent.forEach(CompletableFuture::join);
        long end = System.nanoTime();
        long admitted = answers.total() - answers.get("429");
        long slack = Math.max(5, ANONYMOUS_CAPACITY / 20);
        long allowed = ANONYMOUS_CAPACITY + (long) REPLICAS * slack + 1;
        report("rate-limit", "one rate-limit budget across replicas")
                .line("anonymous budget", ANONYMOUS_CAPACITY + " per PT1H")
                .line("burst", rate(burst, start, end) + ", round robin")
                .line("answers", answers)
                .line("per replica", perReplica)
                .line("admitted across replicas (allowed)", admitted + " (" + allowed + ")")
                .line("thorough check", "TwoReplicaRateLimitIT (2 replicas, 2,000 requests, a second caller)")
                .print();
        assertTrue(answers.get("429") > 0, "never throttled: " + answers);
        assertTrue(admitted <= allowed, "admitted " + admitted + ", budget " + ANONYMOUS_CAPACITY);
        assertTrue(perReplica.values().stream().allMatch(h -> h.get("429") > 0), "every replica throttles");
    }

    // --- e: SIGKILL to one replica mid-load -------------------------------------------------------------------------

    void killOneReplicaMidLoad() {
        int writers = Integer.getInteger("reliability.replicas.writers", 9);
        Duration before = Duration.ofSeconds(Integer.getInteger("reliability.replicas.before", 8));
        Duration after = Duration.ofSeconds(Integer.getInteger("reliability.replicas.after", 8));
        App victim = apps.get(apps.size() - 1);
        SpreadWriteLoad load = running(new SpreadWriteLoad(http, replicas,
                SpreadWriteLoad.writers(http, replicas, identity, "kill", writers)));
        long start = System.nanoTime();
        load.start();
        Sleep.millis(before.toMillis());
        long kill = System.nanoTime();
        victim.kill();
        victim.awaitExit(Duration.ofSeconds(30));
        long killed = System.nanoTime();
        // The load balancer notices a second later (its health check), and stops sending there.
        Sleep.millis(1_000);
        replicas.remove(victim);
        Sleep.millis(after.toMillis());
        load.stop(Duration.ofSeconds(60));
        long end = System.nanoTime();

        List<SpreadWriteLoad.Attempt> attempts = load.attempts();
        Histogram inFlight = new Histogram();
        attempts.stream().filter(a -> a.replica().equals(victim.name()) && a.startNanos() < killed
                && a.endNanos() >= kill).forEach(a -> inFlight.add(a.outcome()));
        Histogram toVictimAfter = new Histogram();
        attempts.stream().filter(a -> a.replica().equals(victim.name()) && a.startNanos() >= killed)
                .forEach(a -> toVictimAfter.add(a.outcome()));
        Set<String> unanswered = load.keysWith(a -> a.outcome().equals("0") || a.outcome().startsWith("connect")
                || a.outcome().startsWith("connection") || a.outcome().startsWith("timeout")
                || !a.outcome().matches("\\d+"));
        Set<String> replayed = load.replayedKeys();
        long unansweredReplayed = unanswered.stream().filter(replayed::contains).count();
        SpreadWriteLoad.Audit audit = load.audit(replicas.next(), unanswered);
        Latencies beforeKill = new Latencies();
        Latencies afterKill = new Latencies();
        attempts.stream().filter(a -> a.outcome().equals("201")).forEach(a -> (a.endNanos() < kill
                ? beforeKill
                : afterKill).add((a.endNanos() - a.startNanos()) / 1e6));
        long ackedBefore = attempts.stream().filter(a -> a.outcome().equals("201") && a.endNanos() < kill).count();
        long ackedAfter = attempts.stream().filter(a -> a.outcome().equals("201") && a.endNanos() >= kill).count();
        long dbRows = count("select count(*) from repair_letter where couple_id = any(?)", (Object) coupleIds(load));

        report("kill", "SIGKILL to one of three replicas under write load")
                .line("load", writers + " writers, round robin, retry the same key on the next replica")
                .line("before / after the kill", seconds(before) + " / " + seconds(after)
                        + " (the balancer drops the dead replica 1 s after)")
                .line("victim", victim.name() + ", gone " + String.format("%.0f ms", (killed - kill) / 1e6)
                        + " after SIGKILL")
                .line("attempts (all)", load.outcomes())
                .line("attempts in flight on the victim", inFlight)
                .line("attempts to the victim after it died", toVictimAfter)
                .line("acknowledged before / after the kill", ackedBefore + " / " + ackedAfter + " ("
                        + rate(load.acknowledgedCount(), start, end) + ")")
                .line("latency of 201s before the kill", millis(beforeKill))
                .line("latency of 201s after the kill", millis(afterKill))
                .line("acknowledged by replica", load.acknowledgedByReplica())
                .line("keys with an unanswered attempt", unanswered.size() + ", " + unansweredReplayed
                        + " of them acknowledged by a replay (the victim had committed)")
                .line("  ... stored exactly once", audit.trackedStoredOnce() + " of " + audit.trackedKeys())
                .line("audit (acked/listed/lost/dup/extra)", audit.acknowledged() + "/" + audit.listed() + "/"
                        + audit.lost() + "/" + audit.duplicates() + "/" + audit.unacknowledgedStored())
                .line("letter rows in the database", dbRows)
                .print();
        assertClean(audit);
        assertEquals(audit.acknowledged(), audit.listed(), "listed against acknowledged");
        assertEquals(audit.acknowledged(), dbRows, "rows against acknowledged");
        assertEquals(audit.trackedKeys(), audit.trackedStoredOnce(), "unanswered keys stored once");
        assertEquals(unanswered.size(), audit.trackedKeys(), "every unanswered key ended acknowledged");
        assertTrue(ackedAfter > 0, "no write acknowledged after the kill");
    }

    // --- the pooler's own figures ----------------------------------------------------------------------------------

    void poolerFigures() {
        Report report = report("pooler", "PgBouncer's figures after the scenarios");
        for (String command : List.of("SHOW POOLS", "SHOW STATS")) {
            for (String row : bouncer.show(command)) {
                report.line(command, row);
            }
        }
        report.line("server connections allowed", bouncer.poolSize() + " (client connections: " + REPLICAS
                + " replicas x up to " + System.getenv().getOrDefault("KINTSUGI_DB_POOL_MAX", "20") + ")")
                .line("client backends PostgreSQL sees now", count("""
                        select count(*) from pg_stat_activity
                        where backend_type = 'client backend' and pid <> pg_backend_pid()""") + " (the pooler's)");
        report.print();
    }

    private static UUID[] coupleIds(SpreadWriteLoad load) {
        return load.coupleIds().stream().map(UUID::fromString).toArray(UUID[]::new);
    }
}
