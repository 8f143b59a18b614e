package app.kintsugi.progress;

import static io.restassured.RestAssured.given;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.UUID;

import javax.sql.DataSource;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;

import app.kintsugi.support.QueryCounter;
import app.kintsugi.support.Tokens;

/**
 * Statement budget of a summary computed after a change (a range asked for, never kept), with its milestones already
 * recorded: the same count for a one-month and a three-year couple, so the cost does not grow with the history.
 */
@QuarkusTest
@WithTestResource(OidcWiremockTestResource.class)
class ProgressQueryBudgetTest {

    /**
     * Statements of one computed summary of a partner whose milestones are recorded: the caller with the couple, its
     * partners and their names; the history's facts; each partner's days; the commitments; the range's other figures
     * with the recorded milestones; the pulse trends. No JTA transaction: each statement is its own (autocommit).
     */
    static final long STATEMENTS = 6;
    static final long TRANSACTIONS = 6;

    @Inject
    DataSource dataSource;

    @Test
    void aComputedSummaryCostsTheSameForOneMonthAndThreeYears() throws SQLException {
        for (int days : new int[]{30, 3 * 365}) {
            String subject = "budget-" + UUID.randomUUID();
            UUID couple = seed(subject, days);
            String token = Tokens.subject(subject, "user");
            LocalDate today = LocalDate.now(ZoneOffset.UTC);
            Runnable read = () -> given().auth().oauth2(token).queryParam("to", today.toString())
                    .get("/v1/couples/{id}/progress", couple).then().statusCode(200);
            // Warm up: the rate limiter's lease for this caller, the milestones recorded.
            for (int i = 0; i < 25; i++) {
                read.run();
            }
            QueryCounter.assertCounts("computed summary, " + days + " days", STATEMENTS, TRANSACTIONS, read);
        }
    }

    /** A couple of {@code days} days: both partners write a shared journal entry and keep a shared commitment daily. */
    private UUID seed(String subject, int days) throws SQLException {
        UUID couple = UUID.randomUUID();
        UUID a = UUID.randomUUID();
        UUID b = UUID.randomUUID();
        UUID commitment = UUID.randomUUID();
        Instant created = Instant.now().minus(days, ChronoUnit.DAYS).truncatedTo(ChronoUnit.DAYS);
        LocalDate first = LocalDate.ofInstant(created, ZoneOffset.UTC);
        Timestamp at = Timestamp.from(created);
        try (Connection sql = dataSource.getConnection()) {
            sql.setAutoCommit(true);
            update(sql, """
                    insert into profile (id, issuer, subject, display_name, time_zone, locale, created_at, updated_at)
                    values (?, ?, ?, 'A', 'UTC', 'en', ?, ?), (?, ?, ?, 'B', 'UTC', 'en', ?, ?)""", a, Tokens.ISSUER,
                    subject, at, at, b, Tokens.ISSUER, subject + "-b", at, at);
            update(sql, "insert into couple (id, time_zone, program_starts_on, created_at) values (?, 'UTC', ?, ?)",
                    couple, first, at);
            update(sql, """
                    insert into partner (id, couple_id, profile_id, joined_at, private_by_default, touch_opt_in,
                                         current_member)
                    values (?, ?, ?, ?, false, false, true), (?, ?, ?, ?, false, false, true)""", UUID.randomUUID(),
                    couple, a, at, UUID.randomUUID(), couple, b, at);
            update(sql, """
                    insert into commitment (id, couple_id, created_by, worded_by, owner_id, category, title, status,
                                            created_at, updated_at)
                    values (?, ?, ?, ?, null, 'ritual', ?, 'active', ?, ?)""", commitment, couple, a, a,
                    new byte[]{0}, at, at);
            update(sql, """
                    insert into commitment_schedule (id, commitment_id, cadence, starts_on, effective_from)
                    values (?, ?, 'daily', ?, ?)""", UUID.randomUUID(), commitment, first, first);
            // The history in a few statements (the triggers keep the facts in step).
            update(sql, """
                    insert into commitment_check (commitment_id, occurs_on, state, marked_by, marked_at)
                    select ?, cast(g as date), 'kept', ?, g + interval '12 hours'
                    from generate_series(cast(? as timestamp), cast(? as timestamp), interval '1 day') g""",
                    commitment, a, at, Timestamp.from(Instant.now().minus(1, ChronoUnit.DAYS)));
            for (UUID author : new UUID[]{a, b}) {
                update(sql, """
                        insert into journal_entry (id, couple_id, author_id, kind, written_on, week_starts_on, body,
                                                   visibility, visible_from, created_at, updated_at)
                        select gen_random_uuid(), ?, ?, 'appreciation', cast(g as date),
                               cast(date_trunc('week', g) as date), '\\x00', 'partner', g + interval '13 hours',
                               g + interval '13 hours', g + interval '13 hours'
                        from generate_series(cast(? as timestamp), cast(? as timestamp), interval '1 day') g""",
                        couple, author, at, Timestamp.from(Instant.now().minus(1, ChronoUnit.DAYS)));
            }
            update(sql, "analyze progress_heart");
        }
        return couple;
    }

    private static void update(Connection sql, String statement, Object... values) throws SQLException {
        try (PreparedStatement prepared = sql.prepareStatement(statement)) {
            for (int i = 0; i < values.length; i++) {
                prepared.setObject(i + 1, values[i]);
            }
            prepared.executeUpdate();
        }
    }
}
