package app.kintsugi.journal;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;

import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.restassured.http.ContentType;

import app.kintsugi.platform.TestClock;
import app.kintsugi.support.Couples;
import app.kintsugi.support.Couples.Pair;

/**
 * Statement budgets of the journal's hot operations (issue 18), like Django's {@code assertNumQueries}: a change that
 * adds a query per entry, a lazy load or a second transaction fails here long before the benchmark sees it.
 *
 * <p>
 * Counted by Hibernate's statistics ({@code %test.quarkus.hibernate-orm.statistics=true}): every statement Hibernate
 * prepares, native ones included, and the JTA transactions it took part in. The rate limiter's own JDBC statements are
 * not seen here; perf-platform's {@code support/QueryCounter} counts those too and can replace {@link #counts} once
 * both branches are merged (its figures are then these plus the per-request platform cost).
 */
@QuarkusTest
@WithTestResource(OidcWiremockTestResource.class)
class JournalQueryBudgetTest {

    @Inject
    SessionFactory sessionFactory;

    @AfterEach
    void backToNow() {
        TestClock.reset();
    }

    /** Statements Hibernate prepared and JTA transactions it completed during one request. */
    record Counts(long statements, long transactions) {
    }

    /** The counts of one run of a request, the smallest of three (anything else running is counted too). */
    private Counts counts(Runnable request) {
        Statistics statistics = sessionFactory.getStatistics();
        long statements = Long.MAX_VALUE;
        long transactions = Long.MAX_VALUE;
        for (int i = 0; i < 3; i++) {
            statistics.clear();
            request.run();
            statements = Math.min(statements, statistics.getPrepareStatementCount());
            transactions = Math.min(transactions, statistics.getTransactionCount());
        }
        return new Counts(statements, transactions);
    }

    /** A couple with 20 entries both partners can read, the last one A's and acknowledged by B. Answers its path. */
    private static String twentyEntries(Pair pair) {
        String entries = "/v1/couples/" + pair.coupleId() + "/journal-entries";
        String last = null;
        for (int i = 0; i < 10; i++) {
            pair.b().post(entries, Map.of("kind", "connection", "text", "We laughed " + i, "visibility", "partner"))
                    .statusCode(201);
            last = pair.a().post(entries, Map.of("kind", "appreciation", "text", "Thank you " + i, "visibility",
                    "partner")).statusCode(201).extract().path("id");
        }
        pair.b().put(entries + "/" + last + "/acknowledgement", Map.of("reaction", "celebrate")).statusCode(200);
        return entries + "/" + last;
    }

    @Test
    void readingAnEntryIsFiveStatementsInOneTransaction() {
        Pair pair = Couples.pair();
        String entry = twentyEntries(pair);
        // The first read unwraps the couple's data key; later ones find it in the short-lived key cache.
        pair.a().get(entry).statusCode(200);
        pair.b().get(entry).statusCode(200);

        // Caller's profile, membership, couple, partners (CoupleAccess), the entry with both names joined.
        Runnable author = () -> pair.a().get(entry).statusCode(200).body("text", equalTo("Thank you 9"))
                .body("authorName", equalTo("Sam")).body("acknowledgement.byName", equalTo("Alex"));
        assertEquals(new Counts(5, 1), counts(author), "GET a journal entry, as its author");
        Runnable partner = () -> pair.b().get(entry).statusCode(200).body("yours", equalTo(false));
        assertEquals(new Counts(5, 1), counts(partner), "GET a journal entry, as the partner");
    }

    @Test
    void aPageOfTwentyEntriesCostsWhatAPageOfTwoDoes() {
        Pair pair = Couples.pair();
        twentyEntries(pair);
        String entries = "/v1/couples/" + pair.coupleId() + "/journal-entries";
        pair.a().get(entries).statusCode(200);

        Runnable twenty = () -> pair.a().get(entries + "?limit=20").statusCode(200).body("items", hasSize(20));
        assertEquals(new Counts(5, 1), counts(twenty), "GET a page of 20 journal entries");
        Runnable two = () -> pair.b().get(entries + "?limit=2").statusCode(200).body("items", hasSize(2));
        assertEquals(new Counts(5, 1), counts(two), "GET a page of 2 journal entries: no statement per entry");
    }

    @Test
    void writingAnEntryWithAnIdempotencyKeyIsThirteenStatementsInOneTransaction() {
        Pair pair = Couples.pair();
        String entries = "/v1/couples/" + pair.coupleId() + "/journal-entries";
        int[] written = {0};
        Runnable write = () -> given().auth().oauth2(pair.a().token()).contentType(ContentType.JSON)
                .header("Idempotency-Key", UUID.randomUUID().toString())
                .body(Map.of("kind", "tinyWin", "text", "A small step " + written[0]++, "visibility", "partner"))
                .when().post(entries).then().statusCode(201).body("authorName", equalTo("Sam"));
        write.run();
        // Idempotency: advisory lock, stored answer, answer saved (3). CoupleAccess: profile, membership, couple locked,
        // membership re-read, partners, each partner re-read (6). Crypto: the data key, which sealing always reads (1).
        // The journal: entries of the day counted, the insert (2); the author's name comes from the loaded profile.
        assertEquals(new Counts(13, 1), counts(write), "POST a journal entry with an Idempotency-Key");

        // A replay answers from the stored record: lock, record, and nothing else.
        String key = UUID.randomUUID().toString();
        Runnable replay = () -> given().auth().oauth2(pair.a().token()).contentType(ContentType.JSON)
                .header("Idempotency-Key", key)
                .body(Map.of("kind", "tinyWin", "text", "Once only", "visibility", "partner"))
                .when().post(entries).then().statusCode(201);
        replay.run();
        assertEquals(new Counts(2, 1), counts(replay), "POST replayed with the same Idempotency-Key");
    }
}
