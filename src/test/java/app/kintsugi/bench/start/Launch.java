package app.kintsugi.bench.start;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import app.kintsugi.reliability.support.Http;
import app.kintsugi.reliability.support.IdentityProvider;
import app.kintsugi.reliability.support.Ports;
import app.kintsugi.reliability.support.Postgres;
import app.kintsugi.reliability.support.Processes;
import app.kintsugi.reliability.support.Sleep;
import app.kintsugi.support.Tokens;

/**
 * One {@code java -jar quarkus-run.jar} of the packaged application, prod profile, as an operator starts it: the clock
 * starts just before the process is created and stops when an authenticated {@code GET /v1/me} first answers 200.
 */
final class Launch implements AutoCloseable {

    private static final Pattern STARTED = Pattern.compile("started in ([0-9.]+)s");
    /** USER_HZ: 100 on every Linux this runs on ({@code getconf CLK_TCK}). */
    private static final double CLOCK_TICKS = Double.parseDouble(System.getProperty("start.clock-ticks", "100"));

    private final Process process;
    private final long launchedNanos;
    private final int httpPort;
    private final Path log;

    private Launch(Process process, long launchedNanos, int httpPort, Path log) {
        this.process = process;
        this.launchedNanos = launchedNanos;
        this.httpPort = httpPort;
        this.log = log;
    }

    /**
     * Starts the jar in {@code app} with {@code java} of {@code javaHome}; {@code jvm} are the JVM's options,
     * {@code environment} the operator's variables (on top of the connection settings given as system properties).
     */
    static Launch start(Path javaHome, Path app, List<String> jvm, Map<String, String> environment, Postgres postgres,
            IdentityProvider identity, Path log) {
        int httpPort = Ports.free();
        Map<String, String> properties = new LinkedHashMap<>();
        properties.put("quarkus.http.port", Integer.toString(httpPort));
        properties.put("quarkus.http.host", "127.0.0.1");
        properties.put("quarkus.management.port", Integer.toString(Ports.free()));
        properties.put("quarkus.management.host", "127.0.0.1");
        properties.put("quarkus.datasource.jdbc.url", postgres.jdbcUrl());
        properties.put("quarkus.datasource.username", "postgres");
        properties.put("quarkus.datasource.password", "postgres");
        properties.put("quarkus.oidc.auth-server-url", identity.url());
        properties.put("quarkus.oidc.token.issuer", Tokens.ISSUER);
        properties.put("quarkus.oidc.token.audience", Tokens.AUDIENCE);
        properties.put("kintsugi.paging.cursor-secret", "start-time-benchmark-cursor-secret-0123456789");
        properties.put("kintsugi.crypto.master-keys.st1", "c3RhcnQtdGltZS1iZW5jaC1rZXktbm90LXNlY3JldCE=");
        properties.put("kintsugi.crypto.active-master-key", "st1");

        List<String> command = new ArrayList<>();
        command.add(javaHome.resolve("bin").resolve("java").toString());
        command.addAll(jvm);
        properties.forEach((key, value) -> command.add("-D" + key + "=" + value));
        command.add("-jar");
        command.add(app.resolve("quarkus-run.jar").toAbsolutePath().toString());
        try {
            Files.createDirectories(log.getParent());
            ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
                    .redirectOutput(log.toFile()).directory(new File(app.toAbsolutePath().toString()));
            builder.environment().putAll(environment);
            long launched = System.nanoTime();
            return new Launch(builder.start(), launched, httpPort, log);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    URI uri(String path) {
        return URI.create("http://127.0.0.1:" + httpPort + path);
    }

    /** Polls {@code GET /v1/me} every 5 ms; answers the milliseconds from launch to its first 200. */
    double awaitFirstOk(Http http, String token, Duration patience) {
        long deadline = launchedNanos + patience.toNanos();
        URI me = uri("/v1/me");
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException("the jar exited with " + process.exitValue() + "; see " + log);
            }
            Http.Answer answer = http.get(me, token);
            if (answer.status() == 200) {
                return (answer.endNanos() - launchedNanos) / 1e6;
            }
            if (answer.status() != 0) {
                throw new IllegalStateException("GET /v1/me answered " + answer.status() + " " + answer.body()
                        + "; see " + log);
            }
            Sleep.millis(5);
        }
        throw new IllegalStateException("no 200 within " + patience + "; see " + log);
    }

    /** Waits for a process that is meant to exit by itself (init-and-exit); answers its exit code. */
    int awaitExit(Duration patience) {
        try {
            if (!process.waitFor(patience.toMillis(), TimeUnit.MILLISECONDS)) {
                throw new IllegalStateException("still running after " + patience + "; see " + log);
            }
            return process.exitValue();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    double millisSinceLaunch() {
        return (System.nanoTime() - launchedNanos) / 1e6;
    }

    /** What Quarkus itself logged as its start time ("started in 1.234s"), in milliseconds. */
    OptionalDouble quarkusStartedMillis() {
        try {
            Matcher matcher = STARTED.matcher(Files.readString(log));
            return matcher.find()
                    ? OptionalDouble.of(Double.parseDouble(matcher.group(1)) * 1000)
                    : OptionalDouble.empty();
        } catch (IOException e) {
            return OptionalDouble.empty();
        }
    }

    boolean logContains(String text) {
        try {
            return Files.readString(log).contains(text);
        } catch (IOException e) {
            return false;
        }
    }

    /**
     * CPU time the jar's process has used so far (user and system, all threads), from {@code /proc/<pid>/stat}: on a
     * machine shared with other builds it varies far less than the wall-clock time does.
     */
    OptionalDouble cpuMillis() {
        try {
            String stat = Files.readString(Path.of("/proc", Long.toString(process.pid()), "stat"));
            // Fields after the command name (which is in parentheses and may hold spaces): state is field 3, utime 14.
            String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            long ticks = Long.parseLong(fields[11]) + Long.parseLong(fields[12]);
            return OptionalDouble.of(ticks * 1000.0 / CLOCK_TICKS);
        } catch (IOException | RuntimeException e) {
            return OptionalDouble.empty();
        }
    }

    Optional<Double> rssMiB() {
        return Processes.rssMiB(process.pid());
    }

    boolean alive() {
        return process.isAlive();
    }

    Path log() {
        return log;
    }

    /** SIGTERM, then waits (an AOT cache or CDS archive is written at exit, which can take a while). */
    int stop(Duration patience) {
        if (process.isAlive()) {
            Processes.signal(process.pid(), "TERM");
        }
        return awaitExit(patience);
    }

    @Override
    public void close() {
        if (process.isAlive()) {
            process.destroyForcibly();
        }
    }
}
