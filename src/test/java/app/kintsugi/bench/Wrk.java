package app.kintsugi.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Runs {@code wrk} (closed loop: each connection sends its next request when the previous answer arrived) with a Lua
 * script, and reads its figures. Every run uses the same settings, so that ratios between runs compare like with like.
 */
final class Wrk {

    static final int THREADS = 2;
    static final int CONNECTIONS = 8;
    static final String TIMEOUT = "10s";

    private final String base;

    Wrk(String base) {
        this.base = base;
    }

    /** One wrk run's figures. */
    record Figures(double requestsPerSecond, double p50Ms, double p90Ms, double p99Ms, long requests, long errors,
            String raw) {

        static final Figures NONE = new Figures(0, Double.NaN, Double.NaN, Double.NaN, 0, 0, "");
    }

    /** A warm-up run whose figures are dropped, then the measured run. */
    Figures measure(String script, String warmup, String duration) throws IOException, InterruptedException {
        Path file = Files.createTempFile("bench", ".lua");
        try {
            Files.writeString(file, script);
            if (!warmup.equals("0s")) {
                run(List.of("wrk", "-t" + THREADS, "-c" + CONNECTIONS, "-d" + warmup, "--timeout", TIMEOUT, "-s",
                        file.toString(), base));
            }
            // A slow answer is a latency, not an error: wrk's own timeout (2 s) is easily reached on a busy machine.
            String out = run(List.of("wrk", "-t" + THREADS, "-c" + CONNECTIONS, "-d" + duration, "--timeout", TIMEOUT,
                    "--latency", "-s", file.toString(), base));
            return parse(out);
        } finally {
            Files.deleteIfExists(file);
        }
    }

    static Figures parse(String out) {
        return new Figures(number(out, "Requests/sec:\\s+([0-9.]+)"), millis(text(out, "\\s50%\\s+(\\S+)")),
                millis(text(out, "\\s90%\\s+(\\S+)")), millis(text(out, "\\s99%\\s+(\\S+)")),
                (long) number(out, "([0-9]+) requests in"), errors(out), out);
    }

    private static String run(List<String> command) throws IOException, InterruptedException {
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        int exit = process.waitFor();
        if (exit != 0) {
            throw new IllegalStateException("wrk exited with " + exit + ":\n" + out);
        }
        return out;
    }

    private static double number(String out, String pattern) {
        Matcher matcher = Pattern.compile(pattern).matcher(out);
        return matcher.find() ? Double.parseDouble(matcher.group(1)) : 0;
    }

    private static String text(String out, String pattern) {
        Matcher matcher = Pattern.compile(pattern).matcher(out);
        return matcher.find() ? matcher.group(1) : "?";
    }

    /** wrk prints 812.00us, 1.20ms, 2.01s or 1.00m. */
    static double millis(String value) {
        Matcher matcher = Pattern.compile("([0-9.]+)(us|ms|s|m)").matcher(value);
        if (!matcher.matches()) {
            return Double.NaN;
        }
        double number = Double.parseDouble(matcher.group(1));
        return switch (matcher.group(2)) {
            case "us" -> number / 1000;
            case "ms" -> number;
            case "s" -> number * 1000;
            default -> number * 60_000;
        };
    }

    /** Answers outside 2xx/3xx and socket errors (connect, read, write, timeout). */
    private static long errors(String out) {
        long errors = (long) number(out, "Non-2xx or 3xx responses:\\s+([0-9]+)");
        Matcher socket = Pattern.compile("Socket errors: connect (\\d+), read (\\d+), write (\\d+), timeout (\\d+)")
                .matcher(out);
        if (socket.find()) {
            for (int g = 1; g <= 4; g++) {
                errors += Long.parseLong(socket.group(g));
            }
        }
        return errors;
    }

    // --- Lua -------------------------------------------------------------------------------------------------------

    /** A Lua string literal. Paths, tokens and JSON here hold no backslash or newline, only quotes to escape. */
    static String quote(String text) {
        return "\"" + text.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }

    /**
     * A script that sends GETs round-robin over the given requests, each with its own bearer token (no token for a null
     * one). Each thread starts at another offset so that the two threads do not walk the list in step.
     */
    static String gets(List<Load.Get> requests) {
        StringBuilder lua = new StringBuilder("local paths = {}\nlocal tokens = {}\n");
        appendGets(lua, "paths", "tokens", requests);
        lua.append("""
                local n = 0
                local counter = 1
                setup = function(thread)
                  thread:set("tid", counter)
                  counter = counter + 1
                end
                init = function(args)
                  n = (tid or 0) * 7919
                end
                request = function()
                  n = n + 1
                  local k = (n % #paths) + 1
                  if tokens[k] == "" then
                    return wrk.format("GET", paths[k])
                  end
                  return wrk.format("GET", paths[k], { ["Authorization"] = "Bearer " .. tokens[k] })
                end
                """);
        return lua.toString();
    }

    /**
     * A script whose every request is a new journal entry under a fresh Idempotency-Key: a random writer (couple and
     * partner), a random day among the couple's last {@code days} days (a partner may write ten entries a day), and a
     * key no earlier run used.
     */
    static String writes(List<Load.Writer> writers, int days, String runId) {
        StringBuilder lua = new StringBuilder("local wpaths = {}\nlocal wtokens = {}\n");
        appendWriters(lua, writers, days);
        lua.append("local run = ").append(quote(runId)).append('\n');
        lua.append(COMMON).append("""
                request = function()
                  return write()
                end
                """);
        return lua.toString();
    }

    /**
     * The mixed load: {@code readPercent}% GETs over the read requests, {@code writePercent}% journal writes, the rest
     * computed summaries. {@code pauseMs > 0} makes each connection wait that long before each request (a paced,
     * closed-loop run).
     */
    static String mixed(List<Load.Get> reads, List<Load.Writer> writers, List<Load.Get> summaries, int days,
            String runId, int readPercent, int writePercent, double pauseMs) {
        StringBuilder lua = new StringBuilder("""
                local paths = {}
                local tokens = {}
                local spaths = {}
                local stokens = {}
                local wpaths = {}
                local wtokens = {}
                """);
        appendGets(lua, "paths", "tokens", reads);
        appendGets(lua, "spaths", "stokens", summaries);
        appendWriters(lua, writers, days);
        lua.append("local run = ").append(quote(runId)).append('\n');
        lua.append(String.format(Locale.ROOT, "local readPercent = %d%nlocal writePercent = %d%nlocal pause = %.3f%n",
                readPercent, writePercent, pauseMs));
        lua.append(COMMON).append("""
                local n = 0
                request = function()
                  local r = math.random(100)
                  n = n + 1
                  if r <= readPercent then
                    local k = math.random(#paths)
                    return wrk.format("GET", paths[k], { ["Authorization"] = "Bearer " .. tokens[k] })
                  elseif r <= readPercent + writePercent then
                    return write()
                  end
                  local k = math.random(#spaths)
                  return wrk.format("GET", spaths[k], { ["Authorization"] = "Bearer " .. stokens[k] })
                end
                if pause > 0 then
                  delay = function()
                    return pause
                  end
                end
                """);
        return lua.toString();
    }

    private static void appendGets(StringBuilder lua, String paths, String tokens, List<Load.Get> requests) {
        for (int i = 0; i < requests.size(); i++) {
            Load.Get get = requests.get(i);
            lua.append(paths).append('[').append(i + 1).append("] = ").append(quote(get.path())).append('\n');
            lua.append(tokens).append('[').append(i + 1).append("] = ")
                    .append(quote(get.token() == null ? "" : get.token())).append('\n');
        }
    }

    private static void appendWriters(StringBuilder lua, List<Load.Writer> writers, int days) {
        for (int i = 0; i < writers.size(); i++) {
            Load.Writer writer = writers.get(i);
            lua.append("wpaths[").append(i + 1).append("] = ").append(quote(writer.path())).append('\n');
            lua.append("wtokens[").append(i + 1).append("] = ").append(quote(writer.token())).append('\n');
        }
        lua.append("local days = ").append(days).append('\n');
    }

    /** Shared by the write and mixed scripts: thread ids, a per-thread random seed, and the write request itself. */
    private static final String COMMON = """
            local counter = 1
            local sent = 0
            setup = function(thread)
              thread:set("tid", counter)
              counter = counter + 1
            end
            init = function(args)
              math.randomseed(os.time() * 1000 + (tid or 0))
            end
            local kinds = { "appreciation", "tinyWin", "connection", "reflection" }
            write = function()
              sent = sent + 1
              local k = math.random(#wpaths)
              local back = math.random(days)
              local day = os.date("!%Y-%m-%d", os.time() - back * 86400)
              local body = '{"kind":"' .. kinds[math.random(#kinds)] .. '","text":"A quiet walk after dinner, '
                .. 'phones left at home.","writtenOn":"' .. day .. '","visibility":"partner"}'
              return wrk.format("POST", wpaths[k], {
                ["Authorization"] = "Bearer " .. wtokens[k],
                ["Content-Type"] = "application/json",
                ["Idempotency-Key"] = run .. "-" .. (tid or 0) .. "-" .. sent
              }, body)
            end
            """;
}
