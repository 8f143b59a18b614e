package app.kintsugi.reliability.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

/**
 * A scenario's figures as one block on standard output, also kept in {@code target/reliability/<name>.txt}: the date,
 * the machine, then one line per figure.
 */
public final class Report {

    private final String name;
    private final String title;
    private final List<String> lines = new ArrayList<>();

    public Report(String name, String title) {
        this.name = name;
        this.title = title;
    }

    public Report line(String label, Object value) {
        lines.add(String.format("%-44s %s", label, value));
        return this;
    }

    public Report text(String text) {
        lines.add(text);
        return this;
    }

    public String print() {
        String host;
        try {
            host = InetAddress.getLocalHost().getHostName();
        } catch (IOException e) {
            host = "unknown";
        }
        StringBuilder block = new StringBuilder();
        block.append("\n======== reliability: ").append(title).append(" ========\n");
        block.append(String.format("%-44s %s%n", "when", Instant.now().truncatedTo(ChronoUnit.SECONDS)));
        block.append(String.format("%-44s %s, %d cores, JDK %s (shared machine: figures are noisy)%n", "machine",
                host, Runtime.getRuntime().availableProcessors(), Runtime.version().feature()));
        lines.forEach(line -> block.append(line).append('\n'));
        block.append("======== end of ").append(name).append(" ========\n");
        String text = block.toString();
        System.out.println(text);
        try {
            Path out = Path.of("target", "reliability");
            Files.createDirectories(out);
            Files.writeString(out.resolve(name + ".txt"), text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return text;
    }
}
