package app.kintsugi.platform.retention;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import io.agroal.api.AgroalDataSource;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.restassured.http.ContentType;

import app.kintsugi.platform.TestClock;
import app.kintsugi.support.Couples;
import app.kintsugi.support.Couples.Actor;
import app.kintsugi.support.Couples.Pair;

/**
 * The content of a couple that ended more than the retention period ago is purged: its data key shredded and every row
 * the partners wrote or did deleted, while couples that ended recently, or never, keep everything.
 */
@QuarkusTest
@WithTestResource(OidcWiremockTestResource.class)
class RetentionPurgeTest {

    @Inject
    RetentionPurge purge;

    @Inject
    EntityManager em;

    @Inject
    AgroalDataSource dataSource;

    @AfterEach
    void backToNow() {
        TestClock.reset();
    }

    /** Row counts of the couple's content, by table. */
    private Map<String, Long> content(String coupleId) {
        Map<String, String> queries = new LinkedHashMap<>();
        for (String table : List.of("journal_entry", "journal_week_read", "repair_letter", "session_feedback",
                "practice_session", "practice_run", "agreement", "agreement_concern", "conversation_note",
                "commitment", "jar_slip", "jar_draw", "couple_data_key")) {
            queries.put(table, "select count(*) from " + table + " where couple_id = cast(:couple as uuid)");
        }
        queries.put("journal_revision", "select count(*) from journal_revision r join journal_entry e"
                + " on e.id = r.entry_id where e.couple_id = cast(:couple as uuid)");
        queries.put("agreement_version", "select count(*) from agreement_version v join agreement a"
                + " on a.id = v.agreement_id where a.couple_id = cast(:couple as uuid)");
        queries.put("agreement_acceptance", "select count(*) from agreement_acceptance x join agreement_version v"
                + " on v.id = x.version_id join agreement a on a.id = v.agreement_id"
                + " where a.couple_id = cast(:couple as uuid)");
        queries.put("commitment_check", "select count(*) from commitment_check k join commitment c"
                + " on c.id = k.commitment_id where c.couple_id = cast(:couple as uuid)");
        queries.put("commitment_schedule", "select count(*) from commitment_schedule s join commitment c"
                + " on c.id = s.commitment_id where c.couple_id = cast(:couple as uuid)");
        Map<String, Long> counts = new LinkedHashMap<>();
        queries.forEach((table, sql) -> counts.put(table, count(sql, coupleId)));
        return counts;
    }

    private long count(String sql, String coupleId) {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) em.createNativeQuery(sql)
                .setParameter("couple", coupleId).getSingleResult()).longValue());
    }

    private Object[] coupleRow(String coupleId) {
        return QuarkusTransaction.requiringNew().call(() -> (Object[]) em.createNativeQuery(
                "select name, ended_at, content_purged_at from couple where id = cast(:couple as uuid)")
                .setParameter("couple", coupleId).getSingleResult());
    }

    private void endedAgo(String coupleId, Duration ago) {
        QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery(
                "update couple set ended_at = :endedAt where id = cast(:couple as uuid)")
                .setParameter("endedAt", Instant.now().minus(ago)).setParameter("couple", coupleId)
                .executeUpdate());
    }

    /** A couple with something in every kind of content: journal, letters, practice, commitments, jar, agreements. */
    private static Pair fullCouple(Actor counselor) {
        Actor a = Actor.user("Sam");
        Actor b = Actor.user("Alex");
        String coupleId = a.post("/v1/couples", Map.of("timeZone", "Europe/Lisbon", "name", "Our second chance"))
                .statusCode(201).extract().path("id");
        Couples.accept(b, Couples.invite(a, coupleId)).statusCode(200);
        Pair pair = new Pair(coupleId, a, b);
        String couple = "/v1/couples/" + coupleId;

        var entry = a.post(couple + "/journal-entries", Map.of("kind", "somethingHard",
                "text", "I felt alone at dinner.", "visibility", "partner")).statusCode(201).extract();
        given().auth().oauth2(a.token()).header("If-Match", entry.header("ETag")).contentType(ContentType.JSON)
                .body(Map.of("kind", "somethingHard", "text", "I felt alone at dinner again.")).when()
                .put(couple + "/journal-entries/" + entry.path("id")).then().statusCode(200);
        b.post(couple + "/journal-entries", Map.of("kind", "appreciation", "text", "Thank you for the walk.",
                "visibility", "partner")).statusCode(201);
        a.put(couple + "/journal-weeks/current/my-read-mark").statusCode(200);

        String letter = a.post(couple + "/letters", Map.of("title", "About the lie", "body", "I am sorry."))
                .statusCode(201).extract().path("id");
        a.put(couple + "/letters/" + letter + "/status", Map.of("status", "shared")).statusCode(200);
        a.post(couple + "/letters", Map.of("body", "One more thing.", "follows", letter)).statusCode(201);

        String session = couple + "/sessions/" + a.post(couple + "/sessions",
                Map.of("exercise", "eye-contact-without-words")).statusCode(201).extract().path("id");
        a.put(session + "/status", Map.of("status", "completed")).statusCode(200);
        a.put(session + "/my-feedback", Map.of("feltSafe", 4, "feltClose", 3, "tooMuch", false, "note",
                "I held back tears at the end.")).statusCode(201);
        a.post(couple + "/practice-runs", Map.of("exercise", "sunday-walk")).statusCode(201);

        String promise = couple + "/commitments/" + a.post(couple + "/commitments", Map.of("title",
                "Phone in the drawer at dinner", "category", "personalPromise", "recurrence", Map.of("kind", "daily"),
                "shared", false)).statusCode(201).extract().path("id");
        a.put(promise + "/occurrences/2026-11-18/check", Map.of("state", "missed", "adjustment",
                "I will leave it in the hall.")).statusCode(200);
        b.post(couple + "/conversation-notes", Map.of("summary", "We talked about evenings.", "commitments",
                List.of(Map.of("title", "Walk after dinner", "category", "ritual", "recurrence",
                        Map.of("kind", "daily")))))
                .statusCode(201);

        a.post(couple + "/jar-slips", Map.of("text", "Ask about my day")).statusCode(201);
        b.put(couple + "/my-jar-draws/today").statusCode(200);

        String agreement = couple + "/agreements/" + a.post(couple + "/agreements", Map.of("topic",
                "devicesAndMessages", "title", "Phones at the table", "terms", "Phones stay in the hall."))
                .statusCode(201).extract().path("id");
        b.put(agreement + "/versions/1/my-acceptance").statusCode(200);
        b.post(agreement + "/concerns", Map.of("text", "Work calls after eight.")).statusCode(201);

        List<String> all = List.of("progress", "sharedJournal", "sessions", "commitments", "agreements");
        Couples.grant(pair, counselor, all, all);
        counselor.get(couple).statusCode(200);
        return pair;
    }

    @Test
    void anEndedCouplesContentIsPurgedAfterTheRetentionPeriodAndNothingElseIs() throws Exception {
        TestClock.travelTo(Instant.parse("2026-11-18T12:00:00Z"));
        Actor counselor = Actor.counselor("Rivera");
        Pair old = fullCouple(counselor);
        Pair recent = fullCouple(Actor.counselor("Okafor"));
        Pair active = fullCouple(Actor.counselor("Lee"));
        TestClock.reset();

        old.a().delete("/v1/couples/" + old.coupleId() + "/my-membership").statusCode(200);
        recent.b().delete("/v1/couples/" + recent.coupleId() + "/my-membership").statusCode(200);
        endedAgo(old.coupleId(), Duration.ofDays(91));
        endedAgo(recent.coupleId(), Duration.ofDays(89));

        Map<String, Long> before = content(old.coupleId());
        before.forEach((table, rows) -> assertTrue(rows > 0, table + " has rows to purge"));
        Map<String, Long> recentBefore = content(recent.coupleId());
        Map<String, Long> activeBefore = content(active.coupleId());
        String access = "select count(*) from counselor_access where couple_id = cast(:couple as uuid)";
        long accessBefore = count(access, old.coupleId());
        assertTrue(accessBefore > 0);

        // Another replica is purging the couple (it holds its row): this one skips it instead of waiting.
        try (Connection other = dataSource.getConnection()) {
            other.setAutoCommit(false);
            try (PreparedStatement lock = other.prepareStatement("select id from couple where id = ? for update")) {
                lock.setObject(1, UUID.fromString(old.coupleId()));
                lock.executeQuery().close();
            }
            long started = System.nanoTime();
            purge.purgeEndedCouples();
            assertTrue(System.nanoTime() - started < Duration.ofSeconds(10).toNanos(), "a locked couple is skipped");
            assertNull(coupleRow(old.coupleId())[2]);
            assertEquals(before, content(old.coupleId()));
            other.rollback();
        }

        while (purge.purgeEndedCouples() > 0) {
            // whatever else was due
        }

        Map<String, Long> after = content(old.coupleId());
        after.forEach((table, rows) -> assertEquals(0L, rows, table + " is purged"));
        Object[] row = coupleRow(old.coupleId());
        assertNull(row[0], "the couple's name goes with its content");
        assertNotNull(row[2], "content_purged_at records the purge");
        assertEquals(2L, count("select count(*) from partner where couple_id = cast(:couple as uuid)",
                old.coupleId()));
        assertEquals(accessBefore, count(access, old.coupleId()), "counselor access records stay");
        assertEquals(0L, count("select count(*) from calendar_feed where couple_id = cast(:couple as uuid)",
                old.coupleId()));

        // What each former partner sees of their own writing is gone with it.
        String couple = "/v1/couples/" + old.coupleId();
        old.a().get(couple + "/letters").statusCode(200).body("items", empty());
        old.b().get(couple + "/journal-entries").statusCode(200).body("items", empty());
        old.a().get(couple).statusCode(200).body("status", equalTo("ended"));

        // A couple that ended within the period, and one that goes on, keep everything.
        assertEquals(recentBefore, content(recent.coupleId()));
        assertNull(coupleRow(recent.coupleId())[2]);
        assertEquals(activeBefore, content(active.coupleId()));
        recent.a().get("/v1/couples/" + recent.coupleId() + "/letters").statusCode(200)
                .body("items[0].body", equalTo("One more thing."));

        // A purged couple is not purged again.
        Object purgedAt = row[2];
        purge.purgeEndedCouples();
        assertEquals(purgedAt.toString(), coupleRow(old.coupleId())[2].toString());
    }

    @Test
    void aCoupleThatCannotBePurgedHoldsBackNoOther() {
        Pair stuck = Couples.pair();
        Pair next = Couples.pair();
        for (Pair pair : List.of(stuck, next)) {
            pair.a().post("/v1/couples/" + pair.coupleId() + "/journal-entries", Map.of("kind", "appreciation",
                    "text", "Thank you for waiting.", "visibility", "partner")).statusCode(201);
            pair.a().delete("/v1/couples/" + pair.coupleId() + "/my-membership").statusCode(200);
        }
        // The stuck couple ended first, so it is taken first; a fault injected in the database makes its purge fail.
        endedAgo(stuck.coupleId(), Duration.ofDays(120));
        endedAgo(next.coupleId(), Duration.ofDays(119));
        String entries = "select count(*) from journal_entry where couple_id = cast(:couple as uuid)";
        QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery("""
                create function retention_test_fault() returns trigger language plpgsql as $$
                begin
                    if old.couple_id = '%s' then
                        raise exception 'injected by RetentionPurgeTest';
                    end if;
                    return old;
                end;
                $$""".formatted(stuck.coupleId())).executeUpdate());
        QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery("""
                create trigger retention_test_fault before delete on journal_entry
                for each row execute function retention_test_fault()""").executeUpdate());
        try {
            while (purge.purgeEndedCouples() > 0) {
                // whatever else was due
            }
            assertNull(coupleRow(stuck.coupleId())[2], "the failed purge is rolled back");
            assertEquals(1, count(entries, stuck.coupleId()));
            assertNotNull(coupleRow(next.coupleId())[2], "the next couple is purged all the same");
            assertEquals(0, count(entries, next.coupleId()));
        } finally {
            QuarkusTransaction.requiringNew().run(() -> {
                em.createNativeQuery("drop trigger retention_test_fault on journal_entry").executeUpdate();
                em.createNativeQuery("drop function retention_test_fault()").executeUpdate();
            });
        }
        // Mended, the next run purges it.
        while (purge.purgeEndedCouples() > 0) {
            // whatever else was due
        }
        assertNotNull(coupleRow(stuck.coupleId())[2]);
        assertEquals(0, count(entries, stuck.coupleId()));
    }
}
