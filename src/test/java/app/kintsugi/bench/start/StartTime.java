package app.kintsugi.bench.start;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Collectors;

import app.kintsugi.reliability.support.Http;
import app.kintsugi.reliability.support.IdentityProvider;
import app.kintsugi.reliability.support.Postgres;

/**
 * The start-time benchmark ({@code scripts/start-time.sh}, docs/operations.md#start-time): launches the packaged jar
 * again and again against one PostgreSQL server and one token issuer, and prints, per start mode, the milliseconds from
 * {@code java -jar} to the first authenticated 200 (median and minimum of warm launches), then the resident memory
 * after a little load with the documented heap settings, with and without a 512 MiB container-like limit.
 *
 * <p>
 * Modes ({@code start.modes}): {@code 17} JDK 17 as is; {@code 17-cds} with an AppCDS archive from a training run
 * (start, some requests, SIGTERM: the JVM writes it at exit); {@code 25} and {@code 25-aot} the same on JDK 25 with an
 * AOT cache (JEP 483/514/515) instead, on the {@code aot-jar} packaging when it was built; {@code 25-aot-fast} an AOT
 * cache on the fast-jar, for comparison. Each with Flyway migrating at start (the default) and validating only
 * ({@code KINTSUGI_MIGRATE_AT_START=false}). System properties: {@code start.runs} (5 measured launches per row, after
 * one discarded), {@code start.jvm} ({@code -Xmx256m}), {@code start.jdk17}, {@code start.jdk25}, {@code start.app},
 * {@code start.aot-app} (the {@code aot-jar} build), {@code start.modes}, {@code start.load} (PT20S).
 */
public final class StartTime {

    private static final Path OUT = Path.of(System.getProperty("start.out", "target/start-time"));
    private static final Duration PATIENCE = Duration.ofMinutes(3);

    private record Mode(String key, String label, Path javaHome, Path app, List<String> options) {
    }

    private record Row(String mode, String flyway, List<Double> firstOk, List<Double> quarkus, List<Double> cpu) {
    }

    private StartTime() {
    }

    public static void main(String[] args) throws Exception {
        int runs = Integer.getInteger("start.runs", 5);
        List<String> jvm = split(System.getProperty("start.jvm", "-Xmx256m"));
        Path jdk17 = Path.of(System.getProperty("start.jdk17", System.getProperty("java.home")));
        Path jdk25 = Path.of(System.getProperty("start.jdk25", "/usr/lib/jvm/temurin-25-jdk-amd64"));
        Path app = Path.of(System.getProperty("start.app", "target/quarkus-app")).toAbsolutePath();
        Path aotApp = Path.of(System.getProperty("start.aot-app", "target/start-time/aot-jar"))
                .toAbsolutePath();
        Set<String> wanted = Set
                .of(System.getProperty("start.modes", "17,17-cds,25,25-aot").split(","));
        Duration load = Duration.parse(System.getProperty("start.load", "PT20S"));
        if (!Files.isRegularFile(app.resolve("quarkus-run.jar"))) {
            throw new IllegalStateException(app + "/quarkus-run.jar is missing: run scripts/start-time.sh");
        }
        Files.createDirectories(OUT);
        List<String> out = new ArrayList<>();
        out.add("Start time: java -jar to the first authenticated 200 (GET /v1/me), " + Instant.now());
        out.add("machine: " + Runtime.getRuntime().availableProcessors() + " cores, load average before "
                + loadAverage() + "; JVM options " + jvm + "; " + runs + " warm launches per row after one discarded");
        out.add("JDK 17: " + version(jdk17) + "; JDK 25: " + version(jdk25));

        List<Row> rows = new ArrayList<>();
        List<String> notes = new ArrayList<>();
        try (Postgres postgres = Postgres.start();
                IdentityProvider identity = IdentityProvider.start();
                Http http = new Http()) {
            String token = identity.token("start-time-" + UUID.randomUUID());
            // The driver's own HTTP client warmed up, so that its first use is not counted against the jar.
            http.get(URI.create(identity.url() + "/.well-known/openid-configuration"), null);

            // Validate-only on the empty database must refuse to start: a replica never serves an unmigrated schema.
            try (Launch refused = Launch.start(jdk17, app, jvm, Map.of("KINTSUGI_MIGRATE_AT_START", "false"), postgres,
                    identity, OUT.resolve("validate-unmigrated.log"))) {
                int exit = refused.awaitExit(PATIENCE);
                boolean validation = refused.logContains("Validate failed");
                notes.add(String.format(Locale.ROOT,
                        "validate only (KINTSUGI_MIGRATE_AT_START=false) on an unmigrated database: exit %d after %.0f"
                                + " ms, %s",
                        exit, refused.millisSinceLaunch(),
                        validation ? "Flyway's validation refused it" : "NOT refused by Flyway's validation"));
                if (exit == 0 || !validation) {
                    throw new IllegalStateException(
                            "validate-only started on an unmigrated schema; see " + refused.log());
                }
            }

            // The separate migration step, as a deployment that does not migrate at start runs it: the same jar,
            // migrating and exiting. It also gives every later launch an up-to-date schema.
            try (Launch migrate = Launch.start(jdk17, app, jvm,
                    Map.of("QUARKUS_INIT_AND_EXIT", "true", "KINTSUGI_MIGRATE_AT_START", "true"), postgres,
                    identity, OUT.resolve("migrate-step.log"))) {
                int exit = migrate.awaitExit(PATIENCE);
                notes.add(String.format(Locale.ROOT,
                        "migration step (QUARKUS_INIT_AND_EXIT=true, empty database, JDK 17): exit %d after %.0f ms",
                        exit, migrate.millisSinceLaunch()));
                if (exit != 0) {
                    throw new IllegalStateException("the migration step failed; see " + migrate.log());
                }
            }

            List<Mode> modes = new ArrayList<>();
            if (wanted.contains("17")) {
                modes.add(new Mode("17", "JDK 17", jdk17, app, List.of()));
            }
            if (wanted.contains("17-cds")) {
                Path archive = OUT.resolve("app-cds-17.jsa").toAbsolutePath();
                train(notes, "AppCDS archive (JDK 17, -XX:ArchiveClassesAtExit)", jdk17, app, jvm,
                        "-XX:ArchiveClassesAtExit=" + archive, archive, postgres, identity, http, token);
                modes.add(
                        new Mode("17-cds", "JDK 17 + AppCDS", jdk17, app, List.of("-XX:SharedArchiveFile=" + archive)));
            }
            if (wanted.contains("25")) {
                modes.add(new Mode("25", "JDK 25", jdk25, app, List.of()));
            }
            if (wanted.contains("25-aot")) {
                boolean aotJar = Files.isRegularFile(aotApp.resolve("quarkus-run.jar"));
                Path cacheApp = aotJar ? aotApp : app;
                Path cache = OUT.resolve("app-25.aot").toAbsolutePath();
                train(notes, "AOT cache (JDK 25, " + (aotJar ? "aot-jar" : "fast-jar") + ", -XX:AOTCacheOutput)",
                        jdk25, cacheApp, jvm, "-XX:AOTCacheOutput=" + cache, cache, postgres, identity, http, token);
                modes.add(new Mode("25-aot", "JDK 25 + AOT cache" + (aotJar ? " (aot-jar)" : " (fast-jar)"), jdk25,
                        cacheApp, List.of("-XX:AOTCache=" + cache)));
            }
            if (wanted.contains("25-aot-fast")) {
                Path cache = OUT.resolve("app-25-fast.aot").toAbsolutePath();
                train(notes, "AOT cache (JDK 25, fast-jar, -XX:AOTCacheOutput)", jdk25, app, jvm,
                        "-XX:AOTCacheOutput=" + cache, cache, postgres, identity, http, token);
                modes.add(new Mode("25-aot-fast", "JDK 25 + AOT cache (fast-jar)", jdk25, app,
                        List.of("-XX:AOTCache=" + cache)));
            }

            Map<String, Map<String, String>> flyway = new LinkedHashMap<>();
            flyway.put("migrate at start", Map.of());
            flyway.put("validate only", Map.of("KINTSUGI_MIGRATE_AT_START", "false"));
            for (Mode mode : modes) {
                for (Map.Entry<String, Map<String, String>> variant : flyway.entrySet()) {
                    List<String> options = new ArrayList<>(jvm);
                    options.addAll(mode.options());
                    List<Double> firstOk = new ArrayList<>();
                    List<Double> quarkus = new ArrayList<>();
                    List<Double> cpu = new ArrayList<>();
                    for (int run = 0; run <= runs; run++) {
                        String name = mode.key() + "-" + (variant.getValue().isEmpty() ? "migrate" : "validate") + "-"
                                + run;
                        try (Launch launch = Launch.start(mode.javaHome(), mode.app(), options, variant.getValue(),
                                postgres, identity, OUT.resolve(name + ".log"))) {
                            double millis = launch.awaitFirstOk(http, token, PATIENCE);
                            OptionalDouble spent = launch.cpuMillis();
                            OptionalDouble started = launch.quarkusStartedMillis();
                            if (run > 0) {
                                firstOk.add(millis);
                                started.ifPresent(quarkus::add);
                                spent.ifPresent(cpu::add);
                            }
                            if (run == 0 && !mode.options().isEmpty() && launch.logContains("[warning]")) {
                                notes.add(mode.label() + ": the JVM warned at start, see " + launch.log());
                            }
                            launch.stop(Duration.ofSeconds(30));
                        }
                    }
                    Row row = new Row(mode.label(), variant.getKey(), firstOk, quarkus, cpu);
                    rows.add(row);
                    System.out.println(format(row));
                }
            }

            out.add("");
            out.add(String.format(Locale.ROOT, "%-34s %-17s %10s %10s %14s %11s  %s", "mode", "Flyway", "median ms",
                    "min ms", "Quarkus med ms", "CPU med ms", "all ms"));
            rows.forEach(row -> out.add(format(row)));
            out.add("");
            if (!Boolean.parseBoolean(System.getProperty("start.memory", "true"))) {
                report(out, notes);
                return;
            }
            out.add("Resident memory after load (" + load + ", 8 clients: 60% GET /v1/me, 20% GET"
                    + " /v1/commitment-categories, 20% POST letter drafts; rate limits off):");
            out.add(memory("JDK 17, -Xmx256m", jdk17, app, List.of("-Xmx256m"), postgres, identity, http, load));
            out.add(memory("JDK 17, container-like 512 MiB (-XX:MaxRAM=512m -XX:MaxRAMPercentage=60)", jdk17, app,
                    List.of("-XX:MaxRAM=512m", "-XX:MaxRAMPercentage=60"), postgres, identity, http, load));
            modes.stream().filter(mode -> mode.key().equals("25-aot")).findFirst()
                    .ifPresent(mode -> out.add(memory(mode.label() + ", container-like 512 MiB", mode.javaHome(),
                            mode.app(), concat(List.of("-XX:MaxRAM=512m", "-XX:MaxRAMPercentage=60"), mode.options()),
                            postgres, identity, http, load)));
        }
        report(out, notes);
    }

    private static void report(List<String> out, List<String> notes) throws IOException {
        out.add("");
        notes.forEach(note -> out.add("- " + note));
        out.add("load average after: " + loadAverage());
        String report = String.join(System.lineSeparator(), out);
        System.out.println();
        System.out.println(report);
        Files.writeString(OUT.resolve("start-time.txt"), report + System.lineSeparator());
        System.out.println();
        System.out.println("kept in " + OUT.resolve("start-time.txt") + "; each jar's console in " + OUT);
    }

    /** A training run: start with the archive option, some requests of each kind, SIGTERM; the JVM writes at exit. */
    private static void train(List<String> notes, String what, Path javaHome, Path app, List<String> jvm,
            String option, Path archive, Postgres postgres, IdentityProvider identity, Http http, String token)
            throws IOException {
        Files.deleteIfExists(archive);
        long begin = System.nanoTime();
        try (Launch launch = Launch.start(javaHome, app, concat(jvm, List.of(option)), Map.of(), postgres, identity,
                OUT.resolve("train-" + archive.getFileName() + ".log"))) {
            launch.awaitFirstOk(http, token, PATIENCE);
            drive(launch, http, identity, Duration.ofSeconds(5), 2, new AtomicLong(), new ConcurrentHashMap<>());
            int exit = launch.stop(Duration.ofMinutes(5));
            if (!Files.isRegularFile(archive)) {
                throw new IllegalStateException(what + " was not written (exit " + exit + "); see " + launch.log());
            }
        }
        notes.add(String.format(Locale.ROOT, "%s: training run with 5 s of requests, written in %.1f s, %d MiB", what,
                (System.nanoTime() - begin) / 1e9, Files.size(archive) / (1024 * 1024)));
    }

    private static String memory(String label, Path javaHome, Path app, List<String> jvm, Postgres postgres,
            IdentityProvider identity, Http http, Duration load) {
        String token = identity.token("start-time-rss-" + UUID.randomUUID());
        try (Launch launch = Launch.start(javaHome, app, jvm, Map.of("KINTSUGI_RATE_LIMIT_ENABLED", "false"), postgres,
                identity, OUT.resolve("rss-" + label.replaceAll("[^A-Za-z0-9]+", "-") + ".log"))) {
            launch.awaitFirstOk(http, token, PATIENCE);
            double first = launch.rssMiB().orElse(Double.NaN);
            AtomicLong requests = new AtomicLong();
            Map<String, AtomicLong> outcomes = new ConcurrentHashMap<>();
            double peak = drive(launch, http, identity, load, 8, requests, outcomes);
            double after = launch.rssMiB().orElse(Double.NaN);
            boolean oom = launch.logContains("OutOfMemoryError");
            boolean alive = launch.alive();
            launch.stop(Duration.ofSeconds(30));
            return String.format(Locale.ROOT,
                    "  %-74s RSS %.0f MiB at first 200, %.0f MiB after load (peak %.0f); %d requests %s; %s", label,
                    first, after, peak, requests.get(), new java.util.TreeMap<>(outcomes),
                    alive && !oom ? "no OOM, still up" : "FAILED: " + (oom ? "OutOfMemoryError logged" : "exited"));
        }
    }

    /**
     * {@code clients} threads in a closed loop for {@code duration}; answers the peak resident set (MiB) sampled every
     * second. Each client is a person of its own with a couple (for the letter drafts).
     */
    private static double drive(Launch launch, Http http, IdentityProvider identity, Duration duration, int clients,
            AtomicLong requests, Map<String, AtomicLong> outcomes) {
        AtomicBoolean running = new AtomicBoolean(true);
        List<Thread> threads = new ArrayList<>();
        for (int c = 0; c < clients; c++) {
            String token = identity.token("start-time-load-" + UUID.randomUUID());
            Thread thread = new Thread(() -> {
                Http.Answer couple = http.post(launch.uri("/v1/couples"), token,
                        Http.json(Map.of("timeZone", "Europe/Lisbon")), UUID.randomUUID().toString());
                count(outcomes, couple);
                String letters = "/v1/couples/" + couple.json().path("id").asText() + "/letters";
                for (long i = 0; running.get(); i++) {
                    Http.Answer answer;
                    long kind = i % 10;
                    if (kind < 6) {
                        answer = http.get(launch.uri("/v1/me"), token);
                    } else if (kind < 8) {
                        answer = http.get(launch.uri("/v1/commitment-categories"), token);
                    } else {
                        String key = UUID.randomUUID().toString();
                        answer = http.post(launch.uri(letters), token,
                                Http.json(Map.of("title", key, "body", "A draft written by the start-time benchmark.")),
                                key);
                    }
                    requests.incrementAndGet();
                    count(outcomes, answer);
                }
            }, "start-time-load-" + c);
            thread.setDaemon(true);
            threads.add(thread);
            thread.start();
        }
        double peak = 0;
        Instant end = Instant.now().plus(duration);
        while (Instant.now().isBefore(end)) {
            peak = Math.max(peak, launch.rssMiB().orElse(0.0));
            try {
                Thread.sleep(1000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
        }
        running.set(false);
        for (Thread thread : threads) {
            try {
                thread.join(35_000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        return Math.max(peak, launch.rssMiB().orElse(0.0));
    }

    private static void count(Map<String, AtomicLong> outcomes, Http.Answer answer) {
        outcomes.computeIfAbsent(answer.outcome(), key -> new AtomicLong()).incrementAndGet();
    }

    private static String format(Row row) {
        return String.format(Locale.ROOT, "%-34s %-17s %10.0f %10.0f %14.0f %11.0f  %s", row.mode(), row.flyway(),
                median(row.firstOk()), row.firstOk().stream().mapToDouble(Double::doubleValue).min().orElse(Double.NaN),
                median(row.quarkus()), median(row.cpu()),
                row.firstOk().stream().map(ms -> String.format(Locale.ROOT, "%.0f", ms))
                        .collect(Collectors.joining(" ")));
    }

    private static double median(List<Double> values) {
        if (values.isEmpty()) {
            return Double.NaN;
        }
        double[] sorted = values.stream().mapToDouble(Double::doubleValue).sorted().toArray();
        int middle = sorted.length / 2;
        return sorted.length % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
    }

    private static List<String> split(String options) {
        return options.isBlank() ? List.of() : Arrays.asList(options.trim().split("\\s+"));
    }

    private static List<String> concat(List<String> first, List<String> second) {
        List<String> all = new ArrayList<>(first);
        all.addAll(second);
        return all;
    }

    private static String loadAverage() {
        try {
            String[] parts = Files.readString(Path.of("/proc/loadavg")).trim().split("\\s+");
            return parts[0] + " " + parts[1] + " " + parts[2];
        } catch (IOException e) {
            return "unknown";
        }
    }

    private static String version(Path javaHome) {
        try {
            Path release = javaHome.resolve("release");
            if (Files.isRegularFile(release)) {
                return Files.readAllLines(release).stream().filter(line -> line.startsWith("JAVA_RUNTIME_VERSION="))
                        .map(line -> line.substring(line.indexOf('=') + 1).replace("\"", "")).findFirst()
                        .orElse(javaHome.toString());
            }
            return javaHome.toString();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
