package app.kintsugi.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.util.Map;

import io.quarkus.test.junit.QuarkusTestProfile;

/**
 * The benchmark's own embedded PostgreSQL port. quarkus-embedded-postgresql picks 5432 plus a random 0 to 10 (a build
 * time setting), so two test JVMs on one machine easily draw the same port; the second server then listens on IPv6
 * alone and its application reaches the first one's database through {@code localhost}: one run's migrations and rows
 * in the other's measurement. A free port from the operating system avoids that.
 */
public class BenchProfile implements QuarkusTestProfile {

    @Override
    public Map<String, String> getConfigOverrides() {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            // Seeding runs statements of minutes (three years of 1,000 couples); the service's 30 s socket timeout,
            // meant for a database that went silent, would cut them.
            return Map.of("quarkus.embedded.postgresql.port", String.valueOf(socket.getLocalPort()),
                    "quarkus.datasource.jdbc.additional-jdbc-properties.socketTimeout", "0");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
