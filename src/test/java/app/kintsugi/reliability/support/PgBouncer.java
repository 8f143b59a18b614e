package app.kintsugi.reliability.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * PgBouncer (the Debian package's {@code /usr/sbin/pgbouncer}) as a process of its own in front of a {@link Postgres},
 * in transaction pooling mode, as CloudNativePG's {@code Pooler} runs it: every transaction may land on another server
 * connection, so nothing of a session (prepared statements, {@code SET}, session advisory locks) survives between
 * transactions. Its console goes to {@code target/reliability/pgbouncer-<name>.log}.
 */
public final class PgBouncer implements AutoCloseable {

    /** Where the binary is looked for: {@code -Dreliability.pgbouncer}, then the Debian path, then the PATH. */
    public static Optional<Path> binary() {
        List<String> candidates = new ArrayList<>();
        String configured = System.getProperty("reliability.pgbouncer");
        if (configured != null && !configured.isBlank()) {
            candidates.add(configured);
        }
        candidates.add("/usr/sbin/pgbouncer");
        candidates.add("/usr/bin/pgbouncer");
        for (String directory : System.getenv().getOrDefault("PATH", "").split(":")) {
            if (!directory.isBlank()) {
                candidates.add(directory + "/pgbouncer");
            }
        }
        return candidates.stream().map(Path::of).filter(Files::isExecutable).findFirst();
    }

    private final int port;
    private final int poolSize;
    private final Path directory;
    private final Process process;

    private PgBouncer(int port, int poolSize, Path directory, Process process) {
        this.port = port;
        this.poolSize = poolSize;
        this.directory = directory;
        this.process = process;
    }

    /**
     * Starts PgBouncer in transaction mode with {@code poolSize} server connections to the database.
     * {@code ignoredStartupParameters} are the startup parameters it accepts and drops (it refuses a connection that
     * sends any other it does not know); pgJDBC sends {@code extra_float_digits}, and {@code options} when the URL sets
     * it.
     */
    public static PgBouncer start(String name, Postgres postgres, int poolSize, String ignoredStartupParameters) {
        Path binary = binary().orElseThrow(() -> new IllegalStateException("no pgbouncer binary"));
        int port = Ports.free();
        try {
            Path directory = Files.createTempDirectory("kintsugi-rel-pgbouncer",
                    PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwxr-xr-x")));
            Path users = directory.resolve("userlist.txt");
            Files.writeString(users, "\"postgres\" \"postgres\"\n");
            Path config = directory.resolve("pgbouncer.ini");
            Files.writeString(config, String.join("\n",
                    "[databases]",
                    "postgres = host=127.0.0.1 port=" + postgres.port() + " dbname=postgres",
                    "",
                    "[pgbouncer]",
                    "listen_addr = 127.0.0.1",
                    "listen_port = " + port,
                    "unix_socket_dir =",
                    "auth_type = trust",
                    "auth_file = " + users,
                    "admin_users = postgres",
                    "stats_users = postgres",
                    "pool_mode = transaction",
                    "default_pool_size = " + poolSize,
                    "max_client_conn = 1000",
                    "ignore_startup_parameters = " + ignoredStartupParameters,
                    "log_connections = 0",
                    "log_disconnections = 0",
                    ""));
            Path out = Path.of("target", "reliability");
            Files.createDirectories(out);
            List<String> command = new ArrayList<>(List.of(binary.toString()));
            // PgBouncer refuses to run as root; as root it is told to become the package's postgres user.
            if ("root".equals(System.getProperty("user.name"))) {
                command.add("-u");
                command.add(System.getProperty("reliability.pgbouncer.user", "postgres"));
            }
            command.add(config.toString());
            Process process = new ProcessBuilder(command).redirectErrorStream(true)
                    .redirectOutput(out.resolve("pgbouncer-" + name + ".log").toFile()).start();
            PgBouncer bouncer = new PgBouncer(port, poolSize, directory, process);
            bouncer.awaitListening(Duration.ofSeconds(20));
            return bouncer;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void awaitListening(Duration patience) {
        Instant deadline = Instant.now().plus(patience);
        while (Instant.now().isBefore(deadline)) {
            if (!process.isAlive()) {
                throw new IllegalStateException("pgbouncer exited with " + process.exitValue()
                        + "; see target/reliability/pgbouncer-*.log");
            }
            try (Socket socket = new Socket()) {
                socket.connect(new InetSocketAddress("127.0.0.1", port), 500);
                return;
            } catch (IOException notYet) {
                Sleep.millis(100);
            }
        }
        throw new IllegalStateException("pgbouncer not listening after " + patience);
    }

    public int port() {
        return port;
    }

    public int poolSize() {
        return poolSize;
    }

    /** The URL the replicas are given, with the driver options a transaction pooler needs (e.g. prepareThreshold=0). */
    public String jdbcUrl(String options) {
        return "jdbc:postgresql://127.0.0.1:" + port + "/postgres" + (options.isBlank() ? "" : "?" + options);
    }

    /**
     * A command of the admin console ({@code SHOW POOLS}, {@code SHOW STATS}) for the {@code postgres} pool, each row
     * as {@code column=value} pairs (zeros left out). The console speaks only the simple query protocol and refuses the
     * {@code SET}s pgJDBC sends to a server of its (low) version, so this asks {@code psql}, when there is one.
     */
    public List<String> show(String command) {
        List<String> candidates = new ArrayList<>(List.of("/usr/bin/psql"));
        try (var versions = Files.list(Path.of("/usr/lib/postgresql"))) {
            versions.map(version -> version.resolve("bin/psql").toString()).forEach(candidates::add);
        } catch (IOException ignored) {
            // no PostgreSQL client package
        }
        Optional<String> psql = candidates.stream().filter(path -> Files.isExecutable(Path.of(path))).findFirst();
        if (psql.isEmpty()) {
            return List.of("(no psql to ask the admin console)");
        }
        try {
            Process process = new ProcessBuilder(psql.get(), "-h", "127.0.0.1", "-p", Integer.toString(port), "-U",
                    "postgres", "-d", "pgbouncer", "-A", "-F", "\t", "-c", command).redirectErrorStream(true).start();
            List<String> lines = new String(process.getInputStream().readAllBytes()).lines().toList();
            process.waitFor();
            if (lines.isEmpty() || !lines.get(0).startsWith("database")) {
                return List.of("(admin console: " + String.join(" ", lines) + ")");
            }
            String[] columns = lines.get(0).split("\t");
            List<String> rows = new ArrayList<>();
            for (String line : lines.subList(1, lines.size())) {
                String[] values = line.split("\t");
                if (values.length != columns.length || !values[0].equals("postgres")) {
                    continue;
                }
                StringBuilder row = new StringBuilder();
                for (int i = 1; i < columns.length; i++) {
                    if (!values[i].isEmpty() && !values[i].equals("0")) {
                        row.append(row.isEmpty() ? "" : " ").append(columns[i]).append('=').append(values[i]);
                    }
                }
                rows.add(row.toString());
            }
            return rows;
        } catch (IOException e) {
            return List.of("(admin console: " + e + ")");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return List.of("(interrupted)");
        }
    }

    @Override
    public void close() {
        process.destroy();
        try {
            if (!process.waitFor(10, java.util.concurrent.TimeUnit.SECONDS)) {
                process.destroyForcibly();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            process.destroyForcibly();
        }
        try (var files = Files.walk(directory)) {
            files.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        } catch (IOException ignored) {
            // a temporary directory
        }
    }
}
