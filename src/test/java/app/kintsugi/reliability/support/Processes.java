package app.kintsugi.reliability.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/** Signals and resident memory of processes by id (Linux). */
public final class Processes {

    private Processes() {
    }

    public static void signal(long pid, String signal) {
        try {
            int exit = new ProcessBuilder("kill", "-" + signal, Long.toString(pid)).inheritIO().start().waitFor();
            if (exit != 0) {
                throw new IllegalStateException("kill -" + signal + " " + pid + " answered " + exit);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    public static void awaitGone(long pid, Duration patience) {
        Instant deadline = Instant.now().plus(patience);
        while (ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false)) {
            if (Instant.now().isAfter(deadline)) {
                throw new IllegalStateException("process " + pid + " still alive after " + patience);
            }
            Sleep.millis(20);
        }
    }

    /** Resident set size in MiB, from {@code /proc/<pid>/status}; empty when the process is gone. */
    public static Optional<Double> rssMiB(long pid) {
        try {
            for (String line : Files.readAllLines(Path.of("/proc", Long.toString(pid), "status"))) {
                if (line.startsWith("VmRSS:")) {
                    String kib = line.substring("VmRSS:".length()).replace("kB", "").trim();
                    return Optional.of(Long.parseLong(kib) / 1024.0);
                }
            }
            return Optional.empty();
        } catch (IOException e) {
            return Optional.empty();
        }
    }
}
