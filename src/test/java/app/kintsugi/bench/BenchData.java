package app.kintsugi.bench;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import javax.sql.DataSource;

import app.kintsugi.platform.crypto.IntimateText;
import app.kintsugi.support.Tokens;

/**
 * The benchmark's data, seeded deterministically in SQL: couples {@code m0..} with one month of daily activity and
 * {@code y0..} with three years. Ids are name-based UUIDs, so a run always builds the same data and both sides (SQL and
 * Java) name rows alike.
 *
 * <p>
 * Three ranges of one-month couples serve different rows, so that one row's writes never change what another reads:
 * {@code [0, spread)} the couple read and the summaries (as the benchmark always did), {@code [spread, 2 spread)} the
 * journal and commitment reads (their text sealed for real, 22 more commitments each so that a page of 20 is full), and
 * {@code [2 spread, 2 spread + writers)} the journal writes.
 */
final class BenchData {

    /** Purposes of the sealed columns, as the services name them (authenticated with each value). */
    private static final String JOURNAL_BODY = "journal_entry.body";
    private static final String COMMITMENT_TITLE = "commitment.title";
    static final int EXTRA_COMMITMENTS = 22;

    private final DataSource dataSource;

    BenchData(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** The UUID PostgreSQL's {@code cast(md5(text) as uuid)} makes of a text. */
    static String md5(String text) {
        try {
            String hex = java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("MD5")
                    .digest(text.getBytes(StandardCharsets.UTF_8)));
            return hex.substring(0, 8) + "-" + hex.substring(8, 12) + "-" + hex.substring(12, 16) + "-"
                    + hex.substring(16, 20) + "-" + hex.substring(20);
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    static String couple(String kind, int i) {
        return md5("couple-" + kind + i);
    }

    static String commitment(String kind, int i) {
        return md5("commitment-a-" + kind + i);
    }

    /** Partner {@code p} ("a" or "b") of couple {@code kind + i}. */
    static String token(String kind, int i, String p) {
        return Tokens.sign(Tokens.claims("bench-" + p + "-" + kind + i, "user").claim("given_name", "Bench")
                .expiresIn(7200));
    }

    static String token(String kind, int i) {
        return token(kind, i, "a");
    }

    /**
     * Seeds couples {@code kind0..kind(n-1)} whose history is {@code days} long: two partners, a daily commitment each
     * kept four days in five, a journal entry the partner can read every other day, and a session every Sunday. Sealed
     * columns hold a placeholder here; {@link #seal} gives the couples that are read real ciphertext.
     */
    void seed(String kind, int couples, int days) throws SQLException {
        String ids = "(select g as i, '%s' || g as k from generate_series(0, %d) g)".formatted(kind, couples - 1);
        String uuid = "cast(md5(%s) as uuid)";
        try (Connection connection = dataSource.getConnection(); Statement sql = connection.createStatement()) {
            connection.setAutoCommit(true);
            // Seeding is one long statement per table, longer than the service's statement timeout on a busy machine.
            sql.execute("set statement_timeout = 0");
            // Seeding bypasses the triggers that keep progress summaries in step (no summary is kept yet anyway).
            sql.execute("set session_replication_role = replica");
            String start = "cast(now() - interval '%d days' as timestamptz)".formatted(days);
            sql.execute("""
                    insert into profile (id, issuer, subject, display_name, time_zone, locale, created_at, updated_at)
                    select %s, '%s', 'bench-' || p || '-' || k, 'Bench', 'Europe/Lisbon', 'en', %s, %s
                    from %s s, (values ('a'), ('b')) v(p)""".formatted(uuid.formatted("'profile-' || p || k"),
                    Tokens.ISSUER, start, start, ids));
            sql.execute("""
                    insert into couple (id, time_zone, program_starts_on, created_at)
                    select cast(md5('couple-' || k) as uuid), 'Europe/Lisbon', cast(%s as date), %s
                    from %s s""".formatted(start, start, ids));
            sql.execute("""
                    insert into partner (id, couple_id, profile_id, joined_at, private_by_default, touch_opt_in,
                                         current_member)
                    select %s, %s, %s, %s, false, false, true from %s s, (values ('a'), ('b')) v(p)""".formatted(
                    uuid.formatted("'partner-' || p || k"), "cast(md5('couple-' || k) as uuid)",
                    uuid.formatted("'profile-' || p || k"), start, ids));
            sql.execute("""
                    insert into commitment (id, couple_id, created_by, worded_by, owner_id, category, title, status,
                                            created_at, updated_at)
                    select %s, %s, %s, %s, %s, 'personalPromise', '\\x00', 'active', %s, %s
                    from %s s, (values ('a'), ('b')) v(p)""".formatted(uuid.formatted("'commitment-' || p || '-' || k"),
                    "cast(md5('couple-' || k) as uuid)", uuid.formatted("'profile-' || p || k"),
                    uuid.formatted("'profile-' || p || k"), uuid.formatted("'profile-' || p || k"), start, start,
                    ids));
            sql.execute("""
                    insert into commitment_schedule (id, commitment_id, cadence, starts_on, effective_from)
                    select %s, %s, 'daily', cast(%s as date), cast(%s as date)
                    from %s s, (values ('a'), ('b')) v(p)""".formatted(uuid.formatted("'schedule-' || p || k"),
                    uuid.formatted("'commitment-' || p || '-' || k"), start, start, ids));
            sql.execute("""
                    insert into commitment_check (commitment_id, occurs_on, state, marked_by, marked_at)
                    select %s, cast(d as date), 'kept', %s, d + interval '20 hours'
                    from %s s, (values ('a'), ('b')) v(p),
                         generate_series(cast(%s as date), current_date - 1, interval '1 day') d
                    where (s.i + extract(doy from d) + case when p = 'a' then 0 else 2 end) %% 5 <> 0""".formatted(
                    uuid.formatted("'commitment-' || p || '-' || k"), uuid.formatted("'profile-' || p || k"), ids,
                    start));
            sql.execute("""
                    insert into journal_entry (id, couple_id, author_id, kind, written_on, week_starts_on, body,
                                               visibility, visible_from, created_at, updated_at)
                    select gen_random_uuid(), cast(md5('couple-' || k) as uuid), %s, 'appreciation', cast(d as date),
                           cast(date_trunc('week', d) as date), '\\x00', 'partner', d + interval '21 hours',
                           d + interval '21 hours', d + interval '21 hours'
                    from %s s, (values ('a'), ('b')) v(p),
                         generate_series(cast(%s as date), current_date - 1, interval '1 day') d
                    where (s.i + extract(doy from d) + case when p = 'a' then 0 else 1 end) %% 2 = 0""".formatted(
                    uuid.formatted("'profile-' || p || k"), ids, start));
            sql.execute("""
                    insert into practice_session (id, couple_id, exercise_id, exercise_version, status, lead_a, lead_b,
                                                  started_at, ended_at, updated_at)
                    select gen_random_uuid(), cast(md5('couple-' || k) as uuid), e.exercise_id, e.version,
                           'completed', %s, %s, d + interval '18 hours', d + interval '19 hours',
                           d + interval '19 hours'
                    from %s s, generate_series(cast(%s as date), current_date - 1, interval '1 day') d,
                         (select exercise_id, version from exercise_version order by exercise_id, version limit 1) e
                    where extract(isodow from d) = 7""".formatted(uuid.formatted("'profile-a' || k"),
                    uuid.formatted("'profile-b' || k"), ids, start));
            sql.execute("""
                    insert into progress_epoch (couple_id, epoch)
                    select cast(md5('couple-' || k) as uuid), 0 from %s s""".formatted(ids));
            sql.execute("set session_replication_role = default");
            sql.execute("reset statement_timeout");
        }
    }

    /**
     * Gives one-month couples {@code [from, to)} real sealed text (one journal body and one commitment title per
     * couple, sealed by the application itself, which also creates each couple's data key) and
     * {@value #EXTRA_COMMITMENTS} more commitments each, so that their journal and commitment pages of 20 are full.
     */
    void seal(IntimateText intimate, int from, int to) throws SQLException {
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(true);
            try (PreparedStatement body = connection.prepareStatement(
                    "update journal_entry set body = ? where couple_id = ?");
                    PreparedStatement title = connection.prepareStatement(
                            "update commitment set title = ? where couple_id = ?")) {
                for (int i = from; i < to; i++) {
                    UUID id = UUID.fromString(couple("m", i));
                    body.setBytes(1, intimate.seal(id, JOURNAL_BODY, Load.ENTRY_TEXT));
                    body.setObject(2, id);
                    body.addBatch();
                    title.setBytes(1, intimate.seal(id, COMMITMENT_TITLE, "Phone away at dinner"));
                    title.setObject(2, id);
                    title.addBatch();
                }
                body.executeBatch();
                title.executeBatch();
            }
            try (Statement sql = connection.createStatement()) {
                sql.execute("set statement_timeout = 0");
                sql.execute("set session_replication_role = replica");
                String couples = "(select cast(md5('couple-m' || g) as uuid) as id from generate_series(%d, %d) g)"
                        .formatted(from, to - 1);
                sql.execute("""
                        insert into commitment (id, couple_id, created_by, worded_by, owner_id, category, title,
                                                status, created_at, updated_at)
                        select cast(md5('commitment-extra-' || n || '-m' || g) as uuid), c.couple_id, c.created_by,
                               c.worded_by, c.owner_id, 'personalPromise', c.title, 'active',
                               c.created_at + n * interval '1 minute', c.updated_at + n * interval '1 minute'
                        from generate_series(%d, %d) g
                             join commitment c on c.id = cast(md5('commitment-a-m' || g) as uuid),
                             generate_series(1, %d) n""".formatted(from, to - 1, EXTRA_COMMITMENTS));
                sql.execute("""
                        insert into commitment_schedule (id, commitment_id, cadence, starts_on, effective_from)
                        select cast(md5(c.id::text || '-schedule') as uuid), c.id, 'daily',
                               cast(c.created_at as date), cast(c.created_at as date)
                        from commitment c join %s s on s.id = c.couple_id
                        where not exists (select 1 from commitment_schedule x where x.commitment_id = c.id)"""
                        .formatted(couples));
                sql.execute("set session_replication_role = default");
                sql.execute("reset statement_timeout");
            }
        }
    }

    /** Creates the data keys of the writing couples up front, as any couple that wrote before has one. */
    static void dataKeys(IntimateText intimate, int from, int to) {
        for (int i = from; i < to; i++) {
            intimate.seal(UUID.fromString(couple("m", i)), JOURNAL_BODY, "warm");
        }
    }

    /**
     * Eight more published exercises (copies of the first eight under other slugs), so that the catalogue's first page
     * of 20 is full: the seeded catalogue has 16.
     */
    void exercises() throws SQLException {
        try (Connection connection = dataSource.getConnection(); Statement sql = connection.createStatement()) {
            connection.setAutoCommit(true);
            String copies = """
                    (select e.id as old, cast(md5('bench-exercise-' || e.slug) as uuid) as new, e.slug
                     from exercise e where e.status = 'published' order by e.slug limit 8)""";
            sql.execute("""
                    insert into exercise (id, slug, status, current_version, created_at, updated_at, published_at,
                                          revision)
                    select x.new, x.slug || '-again', e.status, e.current_version, e.created_at, e.updated_at,
                           e.published_at, e.revision
                    from exercise e join %s x on x.old = e.id""".formatted(copies));
            sql.execute("""
                    insert into exercise_version (exercise_id, version, category, duration_minutes, turn_plan,
                                                  cadence, intensity, involves_touch, tags, created_at)
                    select x.new, v.version, v.category, v.duration_minutes, v.turn_plan, v.cadence, v.intensity,
                           v.involves_touch, v.tags, v.created_at
                    from exercise_version v join %s x on x.old = v.exercise_id""".formatted(copies));
            sql.execute("""
                    insert into exercise_text (exercise_id, version, locale, title, summary, steps, turn_cues,
                                               reflection_prompts, safety_notes, status, source_digest)
                    select x.new, t.version, t.locale, t.title, t.summary, t.steps, t.turn_cues,
                           t.reflection_prompts, t.safety_notes, t.status, t.source_digest
                    from exercise_text t join %s x on x.old = t.exercise_id""".formatted(copies));
        }
    }

    /**
     * Builds the progress facts (V17) that the triggers would have kept had seeding not bypassed them, then refreshes
     * the planner's statistics. Call once, after all seeding.
     */
    void analyze() throws SQLException {
        try (Connection connection = dataSource.getConnection(); Statement sql = connection.createStatement()) {
            sql.execute("set statement_timeout = 0");
            sql.execute("select progress_backfill()");
            sql.execute("analyze");
            sql.execute("reset statement_timeout");
        }
    }

    /** For each of couples {@code [from, to)}: the id of the newest entry partner b wrote, which partner a may read. */
    Map<Integer, String> partnersEntries(int from, int to) throws SQLException {
        Map<Integer, String> entries = new LinkedHashMap<>();
        try (Connection connection = dataSource.getConnection();
                PreparedStatement query = connection.prepareStatement("""
                        select id from journal_entry where couple_id = ? and author_id = ?
                        order by written_on desc, created_at desc limit 1""")) {
            for (int i = from; i < to; i++) {
                query.setObject(1, UUID.fromString(couple("m", i)));
                query.setObject(2, UUID.fromString(md5("profile-bm" + i)));
                try (ResultSet rows = query.executeQuery()) {
                    if (rows.next()) {
                        entries.put(i, rows.getString(1));
                    }
                }
            }
        }
        return entries;
    }

    /** Transactions PostgreSQL counted in this database (committed and rolled back), as its statistics show now. */
    long transactions() throws SQLException {
        try (Connection connection = dataSource.getConnection(); Statement sql = connection.createStatement()) {
            // One autocommit statement: a transaction of its own, so it reads fresh statistics (and counts once).
            try (ResultSet rows = sql.executeQuery("""
                    select xact_commit + xact_rollback from pg_stat_database where datname = current_database()""")) {
                rows.next();
                return rows.getLong(1);
            }
        }
    }
}
