package app.kintsugi.contract;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.junit.jupiter.api.Assumptions;

/**
 * The Node tools the contract gates use (Spectral, TypeScript), installed from {@code src/test/typescript} (exact
 * versions, {@code package-lock.json}) into {@code target/contract-node}. Without Node a developer's build skips the
 * Node gates and says so; CI ({@code CI=true}) fails instead, since {@code .ci/run} installs Node first.
 */
final class NodeTools {

    static final Path SOURCES = Path.of("src/test/typescript");
    static final Path WORK = Path.of("target/contract-node");

    private static boolean installed;

    private NodeTools() {
    }

    /** The working directory with {@code node_modules} installed, or the test is skipped (failed in CI). */
    static synchronized Path install() {
        requireNode();
        if (installed) {
            return WORK;
        }
        try {
            Files.createDirectories(WORK);
            try (Stream<Path> files = Files.list(SOURCES)) {
                for (Path source : files.filter(Files::isRegularFile).toList()) {
                    Files.copy(source, WORK.resolve(source.getFileName()), StandardCopyOption.REPLACE_EXISTING);
                }
            }
            // npm ci takes a few seconds; skip it when the lock file is the one already installed.
            String lock = sha256(WORK.resolve("package-lock.json"));
            Path stamp = WORK.resolve("node_modules/.installed-lock");
            if (!Files.exists(stamp) || !Files.readString(stamp).equals(lock)) {
                // --ignore-scripts: nothing we use needs an install script, and none should run on a build machine.
                Result npm = run(WORK, Duration.ofMinutes(5), Map.of(), "npm", "ci", "--ignore-scripts",
                        "--no-audit", "--no-fund", "--loglevel=error");
                if (npm.exitCode() != 0) {
                    fail("npm ci failed (" + npm.exitCode() + "):\n" + npm.output());
                }
                Files.writeString(stamp, lock);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        installed = true;
        return WORK;
    }

    /** Skips the calling test when node or npm is missing, except in CI, where that is a failure. */
    static void requireNode() {
        for (String tool : List.of("node", "npm")) {
            String missing = null;
            try {
                Result version = run(Path.of("."), Duration.ofSeconds(30), Map.of(), tool, "--version");
                if (version.exitCode() != 0) {
                    missing = tool + " --version answered " + version.exitCode();
                }
            } catch (UncheckedIOException e) {
                missing = tool + " is not on the PATH";
            }
            if (missing != null) {
                String message = missing + ": this contract gate needs Node.js 18.18 or newer with npm.";
                if ("true".equals(System.getenv("CI"))) {
                    fail(message + " CI must run it (.ci/run installs Node when it is missing).");
                }
                System.out.println("SKIPPED " + message + " Skipped on this machine; CI runs it.");
                Assumptions.abort(message + " Skipped on this machine; CI runs it.");
            }
        }
    }

    /** Runs a command to completion and answers its exit code with its output and errors, interleaved. */
    static Result run(Path directory, Duration timeout, Map<String, String> environment, String... command) {
        ProcessBuilder builder = new ProcessBuilder(command).directory(directory.toFile()).redirectErrorStream(true);
        builder.environment().putAll(environment);
        try {
            Path log = Files.createTempFile("kintsugi-contract", ".log");
            try {
                builder.redirectOutput(log.toFile());
                Process process = builder.start();
                if (!process.waitFor(timeout.toSeconds(), TimeUnit.SECONDS)) {
                    process.destroyForcibly();
                    fail(String.join(" ", command) + " did not finish within " + timeout + ":\n"
                            + Files.readString(log, StandardCharsets.UTF_8));
                }
                return new Result(process.exitValue(), Files.readString(log, StandardCharsets.UTF_8));
            } finally {
                Files.deleteIfExists(log);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static String sha256(Path file) throws IOException {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    record Result(int exitCode, String output) {
    }
}
