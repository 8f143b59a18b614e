package app.kintsugi.reliability.support;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import app.kintsugi.support.Tokens;

/**
 * The packaged application ({@code target/quarkus-app/quarkus-run.jar}) as an operator runs it: {@code java -jar} in
 * the prod profile, as a process of its own, against a {@link Postgres} and an {@link IdentityProvider}, on free ports.
 * The management port is set too; whether health lives there ({@code quarkus.management.enabled=true}, fixed at build
 * time) or on the API port, {@link #awaitReady} finds it. Its console goes to {@code target/reliability/<name>.log}.
 */
public final class App implements AutoCloseable {

    private static final Path APP = Path.of(System.getProperty("kintsugi.app.dir", "target/quarkus-app"));
    private static final Path OUT = Path.of("target", "reliability");
    /** Generous: on a loaded 2-core machine two jars starting together took over a minute each. */
    private static final Duration STARTUP = Duration.parse(System.getProperty("reliability.startup", "PT4M"));

    private final String name;
    private final int httpPort;
    private final int managementPort;
    private final Process process;
    private final Path log;
    private URI health;

    private App(String name, int httpPort, int managementPort, Process process, Path log) {
        this.name = name;
        this.httpPort = httpPort;
        this.managementPort = managementPort;
        this.process = process;
        this.log = log;
    }

    /** Settings for one replica: environment variables as an operator would give them. */
    public static final class Settings {
        private final Map<String, String> environment = new LinkedHashMap<>();
        private final Map<String, String> properties = new LinkedHashMap<>();

        /** Rate limits off: the outage, shutdown, soak and identity scenarios measure something else. */
        public static Settings unthrottled() {
            return new Settings().env("KINTSUGI_RATE_LIMIT_ENABLED", "false");
        }

        public Settings env(String name, String value) {
            environment.put(name, value);
            return this;
        }

        public Settings property(String name, String value) {
            properties.put(name, value);
            return this;
        }
    }

    public static App start(String name, Postgres postgres, IdentityProvider identity, Settings settings) {
        int httpPort = Ports.free();
        int managementPort = Ports.free();
        try {
            Path log = OUT.resolve(name + ".log");
            App app = new App(name, httpPort, managementPort,
                    launch(command(httpPort, managementPort, postgres, identity, settings), settings, log), log);
            try {
                app.awaitReady(STARTUP);
            } catch (RuntimeException e) {
                app.close();
                throw e;
            }
            return app;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Runs the jar once to its end, as a migration step does ({@code QUARKUS_INIT_AND_EXIT=true} among the settings):
     * waits for it to exit and answers how long it took; an exit code other than 0 fails.
     */
    public static Duration runToExit(String name, Postgres postgres, IdentityProvider identity, Settings settings) {
        Instant begin = Instant.now();
        Path log = OUT.resolve(name + ".log");
        try {
            Process process = launch(command(Ports.free(), Ports.free(), postgres, identity, settings), settings, log);
            if (!process.waitFor(STARTUP.toMillis(), java.util.concurrent.TimeUnit.MILLISECONDS)) {
                process.destroyForcibly();
                throw new IllegalStateException(name + " still running after " + STARTUP + "; see " + log);
            }
            if (process.exitValue() != 0) {
                throw new IllegalStateException(name + " exited with " + process.exitValue() + "; see " + log);
            }
            return Duration.between(begin, Instant.now());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static List<String> command(int httpPort, int managementPort, Postgres postgres,
            IdentityProvider identity, Settings settings) {
        Path jar = APP.resolve("quarkus-run.jar");
        if (!Files.isRegularFile(jar)) {
            throw new IllegalStateException(jar + " is missing: run ./mvnw verify -Preliability (it packages first)");
        }
        Map<String, String> properties = new LinkedHashMap<>();
        properties.put("quarkus.http.port", Integer.toString(httpPort));
        properties.put("quarkus.http.host", "127.0.0.1");
        properties.put("quarkus.management.port", Integer.toString(managementPort));
        properties.put("quarkus.management.host", "127.0.0.1");
        properties.put("quarkus.datasource.jdbc.url", postgres.jdbcUrl());
        properties.put("quarkus.datasource.username", "postgres");
        properties.put("quarkus.datasource.password", "postgres");
        properties.put("quarkus.oidc.auth-server-url", identity.url());
        properties.put("quarkus.oidc.token.issuer", Tokens.ISSUER);
        properties.put("quarkus.oidc.token.audience", Tokens.AUDIENCE);
        properties.put("kintsugi.paging.cursor-secret", "reliability-suite-cursor-secret-0123456789");
        properties.put("kintsugi.crypto.master-keys.rel1", "cmVsaWFiaWxpdHktc3VpdGUta2V5LW5vdC1zZWNyZXQ=");
        properties.put("kintsugi.crypto.active-master-key", "rel1");
        // A setting may replace a default, such as the JDBC URL of a pooler in front of the database.
        properties.putAll(settings.properties);

        List<String> command = new ArrayList<>();
        command.add(ProcessHandle.current().info().command().orElse("java"));
        for (String option : System.getProperty("reliability.jvm", "-Xms128m -Xmx384m").trim().split("\\s+")) {
            command.add(option);
        }
        properties.forEach((key, value) -> command.add("-D" + key + "=" + value));
        command.add("-jar");
        command.add(jar.toAbsolutePath().toString());
        return command;
    }

    private static Process launch(List<String> command, Settings settings, Path log) throws IOException {
        Files.createDirectories(OUT);
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(log.toFile()).directory(new File("target"));
        builder.environment().putAll(settings.environment);
        return builder.start();
    }

    public String name() {
        return name;
    }

    public URI uri(String path) {
        return URI.create("http://127.0.0.1:" + httpPort + path);
    }

    /** Where health (and metrics) answer: the management port when the jar was built with it, else the API port. */
    public URI operations(String path) {
        return URI.create(health.toString().replace("/q/health/ready", path));
    }

    public long pid() {
        return process.pid();
    }

    public boolean alive() {
        return process.isAlive();
    }

    public Optional<Double> rssMiB() {
        return Processes.rssMiB(process.pid());
    }

    public Path log() {
        return log;
    }

    /** Waits until readiness answers 200, trying the management port and the API port. */
    public void awaitReady(Duration patience) {
        List<URI> candidates = List.of(
                URI.create("http://127.0.0.1:" + managementPort + "/q/health/ready"),
                URI.create("http://127.0.0.1:" + httpPort + "/q/health/ready"));
        Instant deadline = Instant.now().plus(patience);
        try (Http http = new Http()) {
            while (Instant.now().isBefore(deadline)) {
                if (!process.isAlive()) {
                    throw new IllegalStateException(name + " exited with " + process.exitValue() + "; see " + log);
                }
                for (URI candidate : candidates) {
                    Http.Answer answer = http.get(candidate, null);
                    if (answer.status() == 200 && answer.body().contains("UP")) {
                        health = candidate;
                        return;
                    }
                }
                Sleep.millis(200);
            }
        }
        throw new IllegalStateException(name + " not ready after " + patience + "; see " + log);
    }

    /** SIGKILL: the replica vanishes mid-request, as a crashed node or an OOM kill leaves it. */
    public void kill() {
        Processes.signal(process.pid(), "KILL");
    }

    /** SIGTERM, as an orchestrator stops a replica. */
    public void terminate() {
        Processes.signal(process.pid(), "TERM");
    }

    /** Waits for the process to end; answers its exit code. */
    public int awaitExit(Duration patience) {
        try {
            if (!process.waitFor(patience.toMillis(), java.util.concurrent.TimeUnit.MILLISECONDS)) {
                throw new IllegalStateException(name + " still running after " + patience);
            }
            return process.exitValue();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void close() {
        if (process.isAlive()) {
            process.destroy();
            try {
                if (!process.waitFor(20, java.util.concurrent.TimeUnit.SECONDS)) {
                    process.destroyForcibly();
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                process.destroyForcibly();
            }
        }
    }
}
