package app.kintsugi.reliability;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import app.kintsugi.reliability.support.App;
import app.kintsugi.reliability.support.Closer;
import app.kintsugi.reliability.support.Histogram;
import app.kintsugi.reliability.support.Http;
import app.kintsugi.reliability.support.IdentityProvider;
import app.kintsugi.reliability.support.Letters;
import app.kintsugi.reliability.support.Postgres;
import app.kintsugi.reliability.support.Report;
import app.kintsugi.reliability.support.Sleep;
import app.kintsugi.reliability.support.WriteLoad;

/**
 * SIGTERM to the jar under an 8-client write load, as an orchestrator stops a replica: the requests in flight finish
 * with an answer (no reset), later ones are refused cleanly, the process exits within {@code quarkus.shutdown.timeout},
 * and a replacement replica finds every acknowledged write once and each key's stored answer whole.
 */
class GracefulShutdownIT {

    static final int WRITERS = 8;

    static Postgres postgres;
    static IdentityProvider identity;
    static Http http;
    static final List<App> apps = new ArrayList<>();

    @BeforeAll
    static void start() {
        postgres = Postgres.start();
        identity = IdentityProvider.start();
        http = new Http();
    }

    @AfterAll
    static void stop() {
        apps.forEach(App::close);
        Closer.close(http, identity, postgres);
    }

    @Test
    void sigtermDuringLoad() {
        App first = App.start("shutdown-first", postgres, identity, App.Settings.unthrottled());
        apps.add(first);
        List<Letters.Writer> writers = new ArrayList<>();
        for (int i = 0; i < WRITERS; i++) {
            writers.add(Letters.writer(http, first, identity, "writer" + i));
        }
        try (WriteLoad load = new WriteLoad(http, first, writers).start()) {
            Sleep.millis(5_000);
            long sigterm = System.nanoTime();
            first.terminate();
            CompletableFuture<Integer> exit = CompletableFuture
                    .supplyAsync(() -> first.awaitExit(Duration.ofSeconds(60)));
            int exitCode = exit.join();
            long exited = System.nanoTime();

            App second = App.start("shutdown-second", postgres, identity, App.Settings.unthrottled());
            apps.add(second);
            long secondReady = System.nanoTime();
            load.retarget(second);
            Sleep.millis(3_000);
            load.stop(Duration.ofSeconds(60));

            List<WriteLoad.Attempt> attempts = load.attempts();
            Histogram inFlight = new Histogram();
            attempts.stream().filter(a -> a.startNanos() < sigterm && a.endNanos() > sigterm)
                    .forEach(a -> inFlight.add(a.outcome()));
            long inFlightWithoutAnswer = attempts.stream()
                    .filter(a -> a.startNanos() < sigterm && a.endNanos() > sigterm)
                    .filter(a -> !Character.isDigit(a.outcome().charAt(0))).count();
            Histogram duringShutdown = load.outcomes(sigterm, exited);
            Histogram afterExit = load.outcomes(exited, secondReady);
            Histogram all = load.outcomes(Long.MIN_VALUE, Long.MAX_VALUE);

            // Nothing half-written: every key acknowledged around the stop replays its stored answer on the new
            // replica, naming the same letter, and the authors' lists hold each acknowledged key exactly once.
            long window = Duration.ofSeconds(2).toNanos();
            long replayed = 0;
            long replayMismatch = 0;
            for (WriteLoad.Attempt attempt : attempts) {
                if (!attempt.outcome().equals("201") || attempt.endNanos() < sigterm - window
                        || attempt.endNanos() > secondReady + window) {
                    continue;
                }
                Letters.Writer writer = writers.get(attempt.writer());
                String id = load.acknowledged(attempt.writer()).get(attempt.key());
                Http.Answer replay = http.post(writer.letters(second), writer.token(), Letters.body(attempt.key()),
                        attempt.key());
                replayed++;
                if (replay.status() != 201 || !replay.header("Idempotent-Replayed").orElse("").equals("true")
                        || !replay.json().path("id").asText().equals(id)) {
                    replayMismatch++;
                }
            }
            WriteLoad.Audit audit = load.audit(second);

            new Report("graceful-shutdown", "SIGTERM during an " + WRITERS + "-client write load")
                    .line("quarkus.shutdown.timeout (prod)", "10s")
                    .line("s from SIGTERM to exit", DatabaseRestartIT.seconds(exited - sigterm))
                    .line("exit code", exitCode)
                    .line("requests in flight at SIGTERM", inFlight.total() + " " + inFlight)
                    .line("  of them without an HTTP answer", inFlightWithoutAnswer)
                    .line("statuses from SIGTERM to exit", duringShutdown)
                    .line("outcomes while no replica ran", afterExit)
                    .line("s to start the replacement replica", DatabaseRestartIT.seconds(secondReady - exited))
                    .line("acknowledged writes", audit.acknowledged())
                    .line("lost / duplicates", audit.lost() + " / " + audit.duplicates())
                    .line("keys near the stop replayed on the new one", replayed + ", mismatched " + replayMismatch)
                    .line("statuses, whole run", all)
                    .print();

            assertEquals(0, inFlightWithoutAnswer, "requests in flight at SIGTERM got no answer: " + inFlight);
            assertEquals(0, audit.lost(), "acknowledged writes lost");
            assertEquals(0, audit.duplicates(), "writes duplicated");
            assertEquals(0, replayMismatch, "stored answers that do not replay whole");
            assertEquals(0, all.serverErrorsOtherThan503(), "5xx other than 503: " + all);
            assertTrue(exited - sigterm < Duration.ofSeconds(20).toNanos(),
                    "shutdown took far longer than its 10 s timeout");
        }
    }
}
