package app.kintsugi.progress;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.UUID;

import javax.sql.DataSource;

import jakarta.inject.Inject;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;

import app.kintsugi.platform.TestClock;
import app.kintsugi.platform.security.Callers;
import app.kintsugi.support.Tokens;

/**
 * The summary read from the facts the database keeps (migration V17) equals the one computed from the sources, as it
 * was before them, over random histories written straight into the sources with the triggers on: commitments (their own
 * and shared) marked kept, partly kept or missed, sessions near midnight, jar acts, journal entries private, shared and
 * revealed later, pulse check-ins, pauses closed and open, a partner joining late, marks changed and removed, a
 * commitment deleted, one partner's items erased, the time zone changed. After every change, summaries for random
 * readers, instants and ranges, each with no milestone recorded yet so that the milestones' days are compared too.
 *
 * <p>
 * {@code -Dprogress.seed=N} replays one run; {@code -Dprogress.cases=N} sets how many couples (default 24).
 */
@QuarkusTest
@WithTestResource(OidcWiremockTestResource.class)
class ProgressFactsPropertyTest {

    private static final List<String> ZONES = List.of("Europe/Lisbon", "America/Los_Angeles", "Pacific/Auckland",
            "Asia/Kolkata", "UTC", "Pacific/Kiritimati");
    private static final Instant BASE = Instant.parse("2026-02-20T00:00:00Z");

    /** Figures the compared summaries reached, to show the histories are not trivial. */
    private final Set<String> seen = new java.util.TreeSet<>();

    /** Statements of one summary read from the facts, by the couple's history length in days. */
    private final java.util.TreeMap<Integer, Long> statements = new java.util.TreeMap<>();

    @Inject
    DataSource dataSource;

    @Inject
    org.hibernate.SessionFactory sessionFactory;

    @Inject
    ProgressService service;

    @Inject
    ProgressFacts facts;

    @Inject
    ProgressFromScratch fromScratch;

    @AfterEach
    void backToNow() {
        TestClock.reset();
    }

    @Test
    void factsGiveTheSummaryTheSourcesGive() throws SQLException {
        long seed = Long.getLong("progress.seed", System.nanoTime());
        int cases = Integer.getInteger("progress.cases", 24);
        int compared = 0;
        long began = System.nanoTime();
        seen.clear();
        statements.clear();
        try {
            Random random = new Random(seed);
            for (int n = 0; n < cases; n++) {
                compared += oneCouple(random);
            }
        } catch (AssertionError | RuntimeException | SQLException e) {
            throw new AssertionError("Replay with -Dprogress.seed=" + seed + ": " + e.getMessage(), e);
        }
        System.out.printf("ProgressFactsPropertyTest: seed %d, %d couples, %d summaries compared in %.1f s; seen %s%n",
                seed, cases, compared, (System.nanoTime() - began) / 1e9, seen);
        // Flat in history: as many statements for the shortest history as for the longest.
        System.out.printf("ProgressFactsPropertyTest: statements per computed summary by history length (days): %s%n",
                statements);
        assertEquals(1, new java.util.HashSet<>(statements.values()).size(), "statements by history: " + statements);
        // The histories must reach what the facts compute, or the comparison proves nothing.
        for (String figure : List.of("\"currentRun\":2", "\"longestRun\":8", "seven-hearts-in-a-row",
                "thirty-heart-days")) {
            assertEquals(true, seen.stream().anyMatch(s -> s.contains(figure)), "no history reached " + figure);
        }
    }

    /** One couple's random history, built and changed step by step; answers how many summaries were compared. */
    private int oneCouple(Random random) throws SQLException {
        History h = new History(random);
        int compared = 0;
        try (Connection sql = dataSource.getConnection()) {
            sql.setAutoCommit(true);
            h.create(sql);
            compared += h.compare(sql, 3);
            for (int step = 0; step < 4; step++) {
                h.change(sql);
                compared += h.compare(sql, 3);
            }
        }
        return compared;
    }

    /** One couple: its people, its history, and what changes it. */
    private final class History {

        final Random random;
        final UUID couple = UUID.randomUUID();
        final UUID a = UUID.randomUUID();
        final UUID b = UUID.randomUUID();
        final String subjectA = "facts-a-" + couple;
        final String subjectB = "facts-b-" + couple;
        final int days;
        final Instant created;
        String zone;
        final List<UUID> commitments = new ArrayList<>();
        final List<UUID> journal = new ArrayList<>();
        UUID slip;
        boolean bJoined;

        History(Random random) {
            this.random = random;
            this.days = 3 + random.nextInt(random.nextInt(5) == 0 ? 200 : 45);
            this.created = BASE.plus(random.nextInt(60 * 24 * 30), ChronoUnit.MINUTES);
            this.zone = ZONES.get(random.nextInt(ZONES.size()));
        }

        LocalDate first() {
            return LocalDate.ofInstant(created, ZoneId.of(zone));
        }

        LocalDate someDay() {
            return first().plusDays(random.nextInt(days + 2) - 1);
        }

        /** An instant on a day of the history, in the couple's zone, at any hour (often close to midnight). */
        Instant someMoment(LocalDate day) {
            int minute = random.nextBoolean()
                    ? random.nextInt(24 * 60)
                    : (random.nextBoolean()
                            ? random.nextInt(30)
                            : 24 * 60 - 1 - random.nextInt(30));
            return day.atStartOfDay(ZoneId.of(zone)).plusMinutes(minute).toInstant();
        }

        void create(Connection sql) throws SQLException {
            for (UUID person : List.of(a, b)) {
                update(sql, """
                        insert into profile (id, issuer, subject, display_name, time_zone, locale, created_at,
                                             updated_at)
                        values (?, ?, ?, 'Facts', 'UTC', 'en', ?, ?)""", person, Tokens.ISSUER,
                        person == a ? subjectA : subjectB, ts(created), ts(created));
            }
            update(sql, "insert into couple (id, time_zone, program_starts_on, created_at) values (?, ?, ?, ?)",
                    couple, zone, first(), ts(created));
            join(sql, a);
            bJoined = random.nextInt(6) != 0;
            if (bJoined) {
                join(sql, b);
            }
            slip = UUID.randomUUID();
            update(sql, "insert into jar_slip (id, couple_id, author_id, text, created_at) values (?, ?, ?, ?, ?)",
                    slip, couple, a, new byte[]{0}, ts(created));
            int commitmentCount = 1 + random.nextInt(3);
            for (int i = 0; i < commitmentCount; i++) {
                UUID owner = switch (random.nextInt(3)) {
                    case 0 -> a;
                    case 1 -> b;
                    default -> null;
                };
                addCommitment(sql, owner);
            }
            for (int i = 0; i < days; i++) {
                act(sql, first().plusDays(i));
            }
            if (random.nextBoolean()) {
                pause(sql);
            }
            if (!bJoined && random.nextBoolean()) {
                join(sql, b);
                bJoined = true;
            }
        }

        void join(Connection sql, UUID person) throws SQLException {
            update(sql, """
                    insert into partner (id, couple_id, profile_id, joined_at, private_by_default, touch_opt_in,
                                         current_member)
                    values (?, ?, ?, ?, false, false, true)""", UUID.randomUUID(), couple, person, ts(created));
        }

        void addCommitment(Connection sql, UUID owner) throws SQLException {
            UUID id = UUID.randomUUID();
            update(sql, """
                    insert into commitment (id, couple_id, created_by, worded_by, owner_id, category, title, status,
                                            created_at, updated_at)
                    values (?, ?, ?, ?, ?, 'ritual', ?, 'active', ?, ?)""", id, couple, a, a, owner, new byte[]{0},
                    ts(created), ts(created));
            update(sql, """
                    insert into commitment_schedule (id, commitment_id, cadence, starts_on, effective_from)
                    values (?, ?, 'daily', ?, ?)""", UUID.randomUUID(), id, first(), first());
            commitments.add(id);
        }

        /** A day's acts, dense enough that hearts and runs of them are common. */
        void act(Connection sql, LocalDate day) throws SQLException {
            for (UUID commitment : commitments) {
                if (random.nextInt(10) < 7) {
                    mark(sql, commitment, day);
                }
            }
            if (random.nextInt(7) == 0) {
                update(sql, """
                        insert into practice_session (id, couple_id, exercise_id, exercise_version, status, lead_a,
                                                      lead_b, started_at, updated_at)
                        select ?, ?, e.exercise_id, e.version, 'stopped', ?, ?, ?, ?
                        from (select exercise_id, version from exercise_version
                              order by exercise_id, version limit 1) e""", UUID.randomUUID(), couple, a, b,
                        ts(someMoment(day)), ts(someMoment(day)));
            }
            for (UUID person : List.of(a, b)) {
                if (random.nextInt(8) == 0) {
                    update(sql, """
                            insert into jar_draw (id, couple_id, profile_id, slip_id, drawn_on, cycle_number, drawn_at,
                                                  done_at)
                            values (?, ?, ?, ?, ?, 1, ?, ?) on conflict do nothing""", UUID.randomUUID(), couple,
                            person, slip, day, ts(someMoment(day)),
                            random.nextBoolean() ? ts(someMoment(day)) : null);
                }
                if (random.nextInt(3) == 0) {
                    write(sql, person, day);
                }
                if (random.nextInt(3) == 0) {
                    update(sql, """
                            insert into pulse_check (id, couple_id, profile_id, day, safe, trusting, close,
                                                     partner_since, counselor_since, created_at, updated_at)
                            values (?, ?, ?, ?, ?, ?, ?, ?, null, ?, ?) on conflict do nothing""", UUID.randomUUID(),
                            couple, person, day, 1 + random.nextInt(10), 1 + random.nextInt(10),
                            1 + random.nextInt(10), random.nextBoolean() ? ts(someMoment(day)) : null,
                            ts(someMoment(day)), ts(someMoment(day)));
                }
            }
        }

        void mark(Connection sql, UUID commitment, LocalDate day) throws SQLException {
            String state = switch (random.nextInt(6)) {
                case 0 -> "missed";
                case 1 -> "partlyKept";
                default -> "kept";
            };
            update(sql, """
                    insert into commitment_check (commitment_id, occurs_on, state, marked_by, marked_at)
                    values (?, ?, ?, ?, ?)
                    on conflict (commitment_id, occurs_on) do update set state = excluded.state""", commitment, day,
                    state, a, ts(someMoment(day)));
        }

        /** A journal entry: private, shared at once, or revealed later (sometimes after the instants compared). */
        void write(Connection sql, UUID author, LocalDate day) throws SQLException {
            UUID id = UUID.randomUUID();
            Instant at = someMoment(day);
            String visibility = switch (random.nextInt(4)) {
                case 0 -> "private";
                case 1 -> "reveal";
                default -> "partner";
            };
            Instant visible = switch (visibility) {
                case "private" -> null;
                case "reveal" -> at.plus(random.nextInt(5 * 24 * 60), ChronoUnit.MINUTES);
                default -> at;
            };
            update(sql, """
                    insert into journal_entry (id, couple_id, author_id, kind, written_on, week_starts_on, body,
                                               visibility, visible_from, created_at, updated_at)
                    values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""", id, couple, author,
                    random.nextInt(6) == 0 ? "setback" : "appreciation", day,
                    day.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)), new byte[]{0}, visibility,
                    visible == null ? null : ts(visible), ts(at), ts(at));
            journal.add(id);
        }

        /** A pause span: closed, or still open (the partner holding it). */
        void pause(Connection sql) throws SQLException {
            boolean open = random.nextInt(3) == 0
                    && count(sql, "select count(*) from couple_pause_span where couple_id = ? and ended_at is null",
                            couple) == 0;
            LocalDate day = someDay();
            Instant start = someMoment(day);
            Instant end = open ? null : start.plus(random.nextInt(4 * 24 * 60), ChronoUnit.MINUTES);
            update(sql, "insert into couple_pause_span (id, couple_id, started_at, ended_at) values (?, ?, ?, ?)",
                    UUID.randomUUID(), couple, ts(start), end == null ? null : ts(end));
            if (open) {
                update(sql, "update partner set paused_at = ? where couple_id = ? and profile_id = ?", ts(start),
                        couple, a);
            }
        }

        /** One random change to the history. */
        void change(Connection sql) throws SQLException {
            switch (random.nextInt(11)) {
                case 0 -> {
                    // Marks for past days, out of order.
                    for (int i = 0; i < 1 + random.nextInt(6); i++) {
                        mark(sql, commitments.get(random.nextInt(commitments.size())), someDay());
                    }
                }
                case 1 -> update(sql, """
                        delete from commitment_check where commitment_id in (select id from commitment
                                                                              where couple_id = ?)
                          and occurs_on between ? and ?""", couple, someDay(), someDay());
                case 2 -> update(sql, """
                        update commitment_check set state = case state when 'kept' then 'missed' else 'kept' end
                        where commitment_id in (select id from commitment where couple_id = ?) and occurs_on = ?""",
                        couple, someDay());
                case 3 -> {
                    if (!journal.isEmpty()) {
                        UUID entry = journal.get(random.nextInt(journal.size()));
                        Instant later = someMoment(someDay());
                        update(sql, """
                                update journal_entry set visibility = 'reveal', visible_from = ? where id = ?""",
                                ts(later), entry);
                    }
                }
                case 4 -> {
                    // One partner's items erased: entries, jar acts, own commitments.
                    UUID person = random.nextBoolean() ? a : b;
                    update(sql, "delete from journal_entry where couple_id = ? and author_id = ?", couple, person);
                    update(sql, "delete from jar_draw where couple_id = ? and profile_id = ?", couple, person);
                    update(sql, "delete from commitment where couple_id = ? and owner_id = ?", couple, person);
                    commitments.removeIf(id -> !exists(sql, id));
                    journal.clear();
                    if (commitments.isEmpty()) {
                        addCommitment(sql, null);
                    }
                }
                case 5 -> {
                    zone = ZONES.get(random.nextInt(ZONES.size()));
                    update(sql, "update couple set time_zone = ? where id = ?", zone, couple);
                }
                case 6 -> pause(sql);
                case 7 -> {
                    // The open pause ends, or a closed one is moved.
                    update(sql, """
                            update couple_pause_span set ended_at = started_at + interval '1 day' * ?
                            where couple_id = ? and ended_at is null""", random.nextInt(3), couple);
                    update(sql, "update partner set paused_at = null where couple_id = ?", couple);
                }
                case 8 -> {
                    if (!bJoined) {
                        join(sql, b);
                        bJoined = true;
                    } else {
                        update(sql, "delete from practice_session where couple_id = ? and started_at < ?", couple,
                                ts(someMoment(someDay())));
                    }
                }
                case 9 -> {
                    for (int i = 0; i < 1 + random.nextInt(8); i++) {
                        act(sql, someDay());
                    }
                }
                default -> {
                    for (int i = 0; i < 1 + random.nextInt(4); i++) {
                        write(sql, random.nextBoolean() ? a : b, someDay());
                    }
                }
            }
        }

        /** Compares {@code times} summaries at random instants, readers and ranges. */
        int compare(Connection sql, int times) throws SQLException {
            int compared = 0;
            for (int i = 0; i < times; i++) {
                Instant now = someMoment(first().plusDays(random.nextInt(days + 3)));
                TestClock.travelTo(now);
                boolean asB = bJoined && random.nextBoolean();
                Callers reader = new Callers(Tokens.ISSUER, asB ? subjectB : subjectA, Set.of("user"), null);
                LocalDate today = LocalDate.ofInstant(now, ZoneId.of(zone));
                LocalDate to = random.nextInt(3) == 0 ? today : someDay();
                Optional<LocalDate> from = random.nextBoolean()
                        ? Optional.empty()
                        : Optional.of(to.minusDays(random.nextInt(Math.min(days + 5, 366))));
                String expected = summary(sql, reader, from, to, fromScratch);
                org.hibernate.stat.Statistics statistics = sessionFactory.getStatistics();
                statistics.clear();
                String actual = summary(sql, reader, from, to, facts);
                if (expected.contains("\"milestones\":[{")) {
                    // (with a milestone to record: a summary without one has nothing to insert)
                    statements.putIfAbsent(days, statistics.getPrepareStatementCount());
                }
                java.util.regex.Matcher runs = java.util.regex.Pattern
                        .compile("\"currentRun\":(\\d+),\"longestRun\":(\\d+)").matcher(expected);
                if (runs.find()) {
                    seen.add("\"currentRun\":" + Math.min(2, Integer.parseInt(runs.group(1))));
                    seen.add("\"longestRun\":" + Math.min(8, Integer.parseInt(runs.group(2))));
                }
                for (String key : List.of("seven-hearts-in-a-row", "thirty-heart-days", "hundred-heart-days")) {
                    if (expected.contains(key)) {
                        seen.add(key);
                    }
                }
                assertEquals(expected, actual, "couple " + couple + " in " + zone + " at " + now + ", from " + from
                        + " to " + to + (asB ? " as B" : " as A"));
                compared++;
            }
            return compared;
        }

        String summary(Connection sql, Callers reader, Optional<LocalDate> from, LocalDate to,
                ProgressService.HistoryReader historyReader) throws SQLException {
            update(sql, "delete from couple_milestone where couple_id = ?", couple);
            return service.summary(reader, couple.toString(), from, Optional.of(to), historyReader);
        }

        boolean exists(Connection sql, UUID commitment) {
            try {
                return count(sql, "select count(*) from commitment where id = ?", commitment) > 0;
            } catch (SQLException e) {
                throw new IllegalStateException(e);
            }
        }
    }

    private static Timestamp ts(Instant instant) {
        return Timestamp.from(instant);
    }

    private static void update(Connection sql, String statement, Object... values) throws SQLException {
        try (PreparedStatement prepared = sql.prepareStatement(statement)) {
            bind(prepared, values);
            prepared.executeUpdate();
        }
    }

    private static long count(Connection sql, String statement, Object... values) throws SQLException {
        try (PreparedStatement prepared = sql.prepareStatement(statement)) {
            bind(prepared, values);
            try (var rows = prepared.executeQuery()) {
                rows.next();
                return rows.getLong(1);
            }
        }
    }

    private static void bind(PreparedStatement prepared, Object... values) throws SQLException {
        for (int i = 0; i < values.length; i++) {
            Object value = values[i];
            if (value instanceof LocalDate day) {
                prepared.setObject(i + 1, day);
            } else {
                prepared.setObject(i + 1, value);
            }
        }
    }
}
