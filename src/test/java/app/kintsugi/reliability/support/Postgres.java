package app.kintsugi.reliability.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/**
 * PostgreSQL as a server process of its own (zonky's binaries, as {@code support/ExternalPostgres}), on a fixed port
 * with a data directory kept across restarts, that a scenario can stop the way an operator or a crash would: a fast
 * shutdown ({@code pg_ctl -m fast}, SIGINT to the postmaster: sessions are cut, a clean checkpoint) or an immediate one
 * ({@code pg_ctl -m immediate}, SIGQUIT: no checkpoint, crash recovery at the next start).
 */
public final class Postgres implements AutoCloseable {

    /** How the server is stopped; the signals are the ones {@code pg_ctl stop -m} sends. */
    public enum Stop {
        FAST("INT"),
        IMMEDIATE("QUIT");

        private final String signal;

        Stop(String signal) {
            this.signal = signal;
        }
    }

    private final int port;
    private final Path data;
    private EmbeddedPostgres server;

    private Postgres(int port, Path data) {
        this.port = port;
        this.data = data;
    }

    public static Postgres start() {
        try {
            Postgres postgres = new Postgres(Ports.free(), Files.createTempDirectory("kintsugi-rel-pg"));
            postgres.startServer();
            return postgres;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void startServer() {
        try {
            server = EmbeddedPostgres.builder()
                    .setPort(port)
                    .setDataDirectory(data.toFile())
                    .setCleanDataDirectory(false)
                    // zonky turns synchronous_commit off for speed; then a crash (immediate stop) loses the last
                    // commits it had acknowledged. PostgreSQL's default, as in production:
                    .setServerConfig("synchronous_commit", "on")
                    .setPGStartupWait(Duration.ofSeconds(60))
                    .start();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public String jdbcUrl() {
        return "jdbc:postgresql://localhost:" + port + "/postgres";
    }

    public int port() {
        return port;
    }

    /** A plain JDBC connection as the superuser, for a scenario that counts rows behind the API's back. */
    public java.sql.Connection connect() {
        try {
            return java.sql.DriverManager.getConnection(jdbcUrl(), "postgres", "postgres");
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The postmaster's process id, from the first line of {@code postmaster.pid}. */
    public long postmasterPid() {
        try {
            return Long.parseLong(Files.readAllLines(data.resolve("postmaster.pid")).get(0).trim());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Stops the server and waits until the postmaster is gone; answers how long that took. */
    public Duration stop(Stop mode) {
        Instant begin = Instant.now();
        long pid = postmasterPid();
        Processes.signal(pid, mode.signal);
        Processes.awaitGone(pid, Duration.ofSeconds(60));
        Duration took = Duration.between(begin, Instant.now());
        // Releases zonky's lock on the data directory; its own pg_ctl stop finds nothing left to stop.
        try {
            server.close();
        } catch (Exception ignored) {
            // the server is already down
        }
        server = null;
        return took;
    }

    /** Starts the server again, same port and data; returns once it accepts connections. */
    public void restart() {
        startServer();
    }

    @Override
    public void close() {
        try {
            if (server != null) {
                server.close();
            }
        } catch (IOException ignored) {
            // going anyway
        }
        try (var files = Files.walk(data)) {
            files.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        } catch (IOException ignored) {
            // a temporary directory
        }
    }
}
