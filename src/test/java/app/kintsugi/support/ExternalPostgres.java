package app.kintsugi.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/**
 * A PostgreSQL server outside the application, as production has one: the packaged jar under test reaches it only
 * through {@code quarkus.datasource.*}. Tests can stop and restart it (same port, same data) to see the service ride
 * out a database outage.
 */
public class ExternalPostgres implements QuarkusTestResourceLifecycleManager {

    private static EmbeddedPostgres server;
    private static int port;
    private static Path dataDirectory;
    private static int managementPort;

    @Override
    public Map<String, String> start() {
        try (ServerSocket socket = new ServerSocket(0); ServerSocket management = new ServerSocket(0)) {
            port = socket.getLocalPort();
            managementPort = management.getLocalPort();
            dataDirectory = Files.createTempDirectory("kintsugi-it-pg");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        startServer();
        return Map.ofEntries(
                Map.entry("quarkus.datasource.jdbc.url", "jdbc:postgresql://localhost:" + port + "/postgres"),
                Map.entry("quarkus.datasource.username", "postgres"),
                Map.entry("quarkus.datasource.password", "postgres"),
                Map.entry("quarkus.oidc.auth-server-url", "${keycloak.url}/realms/quarkus/"),
                Map.entry("quarkus.oidc.token.issuer", Tokens.ISSUER),
                Map.entry("quarkus.oidc.token.audience", Tokens.AUDIENCE),
                Map.entry("kintsugi.paging.cursor-secret", "integration-test-cursor-secret-0123456789"),
                // The jar runs in the prod profile, which has no master key of its own: one for the test only.
                Map.entry("kintsugi.crypto.master-keys.it1", "aW50ZWdyYXRpb24tdGVzdC1rZXktbm90LXNlY3JldCE="),
                Map.entry("kintsugi.crypto.active-master-key", "it1"),
                // The packaged jar's management interface (health, metrics) on a free port: several builds share
                // these machines, and the jar launcher only moves the API port. @QuarkusTest uses its test-port.
                Map.entry("quarkus.management.port", Integer.toString(managementPort)));
    }

    private static void startServer() {
        try {
            server = EmbeddedPostgres.builder()
                    .setPort(port)
                    .setDataDirectory(dataDirectory.toFile())
                    // Kept across an outage; the temporary directory goes when the JVM does.
                    .setCleanDataDirectory(false)
                    .start();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The port given to a packaged application's management interface. */
    public static int managementPort() {
        return managementPort;
    }

    /** Stops the server; the application's connections break. */
    public static void outage() throws IOException {
        server.close();
    }

    /** Starts the server again on the same port with the same data. */
    public static void recover() {
        startServer();
    }

    @Override
    public void stop() {
        try {
            if (server != null) {
                server.close();
            }
            if (dataDirectory != null) {
                try (var files = Files.walk(dataDirectory)) {
                    files.sorted(java.util.Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
