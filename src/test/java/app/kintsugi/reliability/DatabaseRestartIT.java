package app.kintsugi.reliability;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalLong;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

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
 * PostgreSQL stopped under an 8-client write load, fast and then immediate (a crash), and started again: every write
 * the API acknowledged is there once, the outage answers 503 with {@code Retry-After} (never another 5xx), and writes
 * succeed again soon after the database is back.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class DatabaseRestartIT {

    static final int WRITERS = 8;
    static final Duration BEFORE = Duration.ofSeconds(Long.getLong("reliability.restart.before", 5));
    static final Duration DOWN = Duration.ofSeconds(Long.getLong("reliability.restart.down", 5));
    static final Duration AFTER = Duration.ofSeconds(Long.getLong("reliability.restart.after", 8));

    static Postgres postgres;
    static IdentityProvider identity;
    static App app;
    static Http http;

    @BeforeAll
    static void start() {
        postgres = Postgres.start();
        identity = IdentityProvider.start();
        app = App.start("database-restart", postgres, identity, App.Settings.unthrottled());
        http = new Http();
    }

    @AfterAll
    static void stop() {
        Closer.close(http, app, identity, postgres);
    }

    @Test
    @Order(1)
    void fastRestart() {
        restart(Postgres.Stop.FAST);
    }

    @Test
    @Order(2)
    void immediateRestart() {
        restart(Postgres.Stop.IMMEDIATE);
    }

    private void restart(Postgres.Stop mode) {
        List<Letters.Writer> writers = new ArrayList<>();
        for (int i = 0; i < WRITERS; i++) {
            writers.add(Letters.writer(http, app, identity, "writer" + i));
        }
        String name = "database-restart-" + mode.name().toLowerCase();
        try (WriteLoad load = new WriteLoad(http, app, writers).start()) {
            Sleep.millis(BEFORE.toMillis());
            Duration stopping = postgres.stop(mode);
            long goneAt = System.nanoTime();
            Sleep.millis(DOWN.toMillis());
            long restartAt = System.nanoTime();
            postgres.restart();
            long upAt = System.nanoTime();
            Sleep.millis(AFTER.toMillis());
            load.stop(Duration.ofSeconds(60));

            OptionalLong firstSuccess = load.firstSuccessEndedAfter(restartAt);
            Histogram outage = load.outcomesEnded(goneAt, upAt);
            Histogram all = load.outcomes(Long.MIN_VALUE, Long.MAX_VALUE);
            long without = load.attempts().stream()
                    .filter(a -> a.outcome().equals("503") && !a.retryAfter()).count();
            WriteLoad.Audit audit = load.audit(app);

            new Report(name, "PostgreSQL " + mode.name().toLowerCase() + " restart under " + WRITERS
                    + "-client write load")
                    .line("load", WRITERS + " writers, letter drafts, Idempotency-Key retried every "
                            + WriteLoad.RETRY_PAUSE_MILLIS + " ms until 201")
                    .line("phases", BEFORE.toSeconds() + " s load, stop (" + mode.name().toLowerCase() + "), "
                            + DOWN.toSeconds() + " s down, start, " + AFTER.toSeconds() + " s load")
                    .line("postgres stop took (s)", seconds(stopping.toNanos()))
                    .line("postgres start took (s)", seconds(upAt - restartAt))
                    .line("acknowledged writes", audit.acknowledged())
                    .line("lost (acknowledged, not in the list)", audit.lost())
                    .line("duplicates (same key twice)", audit.duplicates())
                    .line("stored without acknowledgement", audit.unacknowledgedStored())
                    .line("s from postgres accepting to 1st success",
                            firstSuccess.isPresent() ? seconds(firstSuccess.getAsLong() - upAt) : "never")
                    .line("s from start command to 1st success",
                            firstSuccess.isPresent() ? seconds(firstSuccess.getAsLong() - restartAt) : "never")
                    .line("answers while postgres was down", outage)
                    .line("503 without Retry-After", without)
                    .line("statuses, whole run", all)
                    .print();

            assertTrue(firstSuccess.isPresent(), "no write succeeded after the restart");
            assertEquals(0, audit.lost(), "acknowledged writes lost");
            assertEquals(0, audit.duplicates(), "writes duplicated");
            assertEquals(0, all.serverErrorsOtherThan503(), "5xx other than 503 during the outage: " + all);
            assertEquals(0, without, "503 without Retry-After");
        }
    }

    static String seconds(long nanos) {
        return String.format("%.2f", nanos / 1e9);
    }
}
