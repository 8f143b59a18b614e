package app.kintsugi.journal;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.restassured.http.ContentType;

import app.kintsugi.platform.TestClock;
import app.kintsugi.support.Couples;
import app.kintsugi.support.Couples.Pair;
import app.kintsugi.support.QueryCounter;

/**
 * Statement budgets of the journal's hot operations (issue 18), like Django's {@code assertNumQueries}: a change that
 * adds a query per entry, a lazy load or a second transaction fails here long before the benchmark sees it.
 *
 * <p>
 * Counted by {@link QueryCounter}: every statement that reaches PostgreSQL (Hibernate, the rate limiter, raw JDBC) and
 * every commit or rollback, an autocommitted statement counting as one transaction. The callers here are warm (they
 * hold a rate-limit lease), so the limiter adds nothing.
 */
@QuarkusTest
@WithTestResource(OidcWiremockTestResource.class)
class JournalQueryBudgetTest {

    @AfterEach
    void backToNow() {
        TestClock.reset();
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
    void aPartnerReadsAnEntryInTwoStatementsAndNoTransaction() {
        Pair pair = Couples.pair();
        String entry = twentyEntries(pair);
        // The first read unwraps the couple's data key; later ones find it in the short-lived key cache.
        pair.a().get(entry).statusCode(200);
        pair.b().get(entry).statusCode(200);

        // CoupleAccess.partnerReader (caller, membership, couple, partners: one statement), the entry with both names
        // joined; no transaction, so each statement commits on its own (QueryCounter counts it as one).
        Runnable author = () -> pair.a().get(entry).statusCode(200).body("text", equalTo("Thank you 9"))
                .body("authorName", equalTo("Sam")).body("acknowledgement.byName", equalTo("Alex"));
        QueryCounter.assertCounts("GET a journal entry, as its author", 2, 2, author);
        Runnable partner = () -> pair.b().get(entry).statusCode(200).body("yours", equalTo(false));
        QueryCounter.assertCounts("GET a journal entry, as the partner", 2, 2, partner);
    }

    @Test
    void aPageOfTwentyEntriesCostsWhatAPageOfTwoDoes() {
        Pair pair = Couples.pair();
        twentyEntries(pair);
        String entries = "/v1/couples/" + pair.coupleId() + "/journal-entries";
        pair.a().get(entries).statusCode(200);

        Runnable twenty = () -> pair.a().get(entries + "?limit=20").statusCode(200).body("items", hasSize(20));
        QueryCounter.assertCounts("GET a page of 20 journal entries", 2, 2, twenty);
        Runnable two = () -> pair.b().get(entries + "?limit=2").statusCode(200).body("items", hasSize(2));
        QueryCounter.assertCounts("GET a page of 2 journal entries: no statement per entry", 2, 2, two);
    }

    @Test
    void writingAnEntryWithAnIdempotencyKeyIsTenStatementsInOneTransaction() {
        Pair pair = Couples.pair();
        String entries = "/v1/couples/" + pair.coupleId() + "/journal-entries";
        int[] written = {0};
        Runnable write = () -> given().auth().oauth2(pair.a().token()).contentType(ContentType.JSON)
                .header("Idempotency-Key", UUID.randomUUID().toString())
                .body(Map.of("kind", "tinyWin", "text", "A small step " + written[0]++, "visibility", "partner"))
                .when().post(entries).then().statusCode(201).body("authorName", equalTo("Sam"));
        write.run();
        // Idempotency: advisory lock, stored answer, answer saved (3); the lock and the lookup stay two statements, so
        // that the lookup's snapshot is taken after the lock is held and sees an answer committed just before.
        // CoupleAccess.currentState: profile, membership (an id), couple locked, partners read once under the lock (4).
        // Crypto: the data key, which sealing always reads (1). The journal: entries of the day counted, the insert
        // (2); the author's name comes from the loaded profile.
        QueryCounter.assertCounts("POST a journal entry with an Idempotency-Key", 10, 1, write);

        // A replay answers from the stored record: lock, record, and nothing else.
        String key = UUID.randomUUID().toString();
        Runnable replay = () -> given().auth().oauth2(pair.a().token()).contentType(ContentType.JSON)
                .header("Idempotency-Key", key)
                .body(Map.of("kind", "tinyWin", "text", "Once only", "visibility", "partner"))
                .when().post(entries).then().statusCode(201);
        replay.run();
        QueryCounter.assertCounts("POST replayed with the same Idempotency-Key", 2, 1, replay);
    }
}
