package app.kintsugi.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import jdk.jfr.Recording;
import jdk.jfr.consumer.RecordedEvent;
import jdk.jfr.consumer.RecordedFrame;
import jdk.jfr.consumer.RecordedStackTrace;
import jdk.jfr.consumer.RecordingFile;

/**
 * A JFR profile of one row, recorded in this JVM (the service runs in it) while wrk drives the row: execution samples
 * every 10 ms, summarised as the methods most often on top of the stack (self time) and the application methods most
 * often nearest the top (the first {@code app.kintsugi} frame of each sample).
 */
final class Profiles {

    private final Wrk wrk;
    private final String warmup;
    private final String duration;

    Profiles(Wrk wrk, String warmup, String duration) {
        this.wrk = wrk;
        this.warmup = warmup;
        this.duration = duration;
    }

    String profile(String label, String script) throws IOException, InterruptedException {
        Path file = Path.of("target", "bench", label.replaceAll("[^A-Za-z0-9]+", "-") + ".jfr");
        Files.createDirectories(file.getParent());
        Wrk.Figures figures;
        try (Recording recording = new Recording()) {
            recording.enable("jdk.ExecutionSample").withPeriod(Duration.ofMillis(10));
            recording.enable("jdk.NativeMethodSample").withPeriod(Duration.ofMillis(20));
            recording.start();
            figures = wrk.measure(script, warmup, duration);
            recording.stop();
            recording.dump(file);
        }
        Map<String, Integer> self = new HashMap<>();
        Map<String, Integer> app = new HashMap<>();
        int samples = 0;
        for (RecordedEvent event : RecordingFile.readAllEvents(file)) {
            if (!event.getEventType().getName().equals("jdk.ExecutionSample")) {
                continue;
            }
            RecordedStackTrace stack = event.getStackTrace();
            if (stack == null || stack.getFrames().isEmpty()) {
                continue;
            }
            samples++;
            List<RecordedFrame> frames = stack.getFrames();
            self.merge(name(frames.get(0)), 1, Integer::sum);
            for (RecordedFrame frame : frames) {
                if (frame.getMethod().getType().getName().startsWith("app.kintsugi.")) {
                    app.merge(name(frame), 1, Integer::sum);
                    break;
                }
            }
        }
        StringBuilder out = new StringBuilder(String.format(Locale.ROOT,
                "%nJFR profile of \"%s\" (%.1f req/s under the recording, %d execution samples, %s)%n", label,
                figures.requestsPerSecond(), samples, file));
        top(out, "top self frames", self, samples, 15);
        top(out, "top application frames (first app.kintsugi frame of each sample)", app, samples, 10);
        return out.toString();
    }

    private static void top(StringBuilder out, String title, Map<String, Integer> counts, int samples, int n) {
        out.append("  ").append(title).append('\n');
        counts.entrySet().stream().sorted(Map.Entry.<String, Integer>comparingByValue().reversed()).limit(n)
                .forEach(e -> out.append(String.format(Locale.ROOT, "    %5.1f%%  %s%n", 100.0 * e.getValue() / samples,
                        e.getKey())));
    }

    private static String name(RecordedFrame frame) {
        return frame.getMethod().getType().getName() + "." + frame.getMethod().getName();
    }
}
