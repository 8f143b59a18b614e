package app.kintsugi.commitment;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;

import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;

import app.kintsugi.support.Couples;
import app.kintsugi.support.Couples.Pair;

/**
 * Statement budgets of reading commitments (issue 18): a commitment, or a page of them, comes with its schedule in
 * force and its owner's name in one query. Counted as {@code JournalQueryBudgetTest} counts (Hibernate statistics:
 * statements prepared, JTA transactions); perf-platform's {@code support/QueryCounter} can replace the helper once
 * merged.
 */
@QuarkusTest
@WithTestResource(OidcWiremockTestResource.class)
class CommitmentQueryBudgetTest {

    @Inject
    SessionFactory sessionFactory;

    record Counts(long statements, long transactions) {
    }

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

    /** Twenty commitments, A's, B's and shared ones, one of them rescheduled since; answers the rescheduled one. */
    private static String twentyCommitments(Pair pair) {
        String commitments = "/v1/couples/" + pair.coupleId() + "/commitments";
        String last = null;
        for (int i = 0; i < 20; i++) {
            last = (i % 2 == 0 ? pair.a() : pair.b()).post(commitments, Map.of("title", "Walk " + i, "category",
                    "dailyCheckIn", "recurrence", Map.of("kind", "daily"), "shared", i % 3 == 0)).statusCode(201)
                    .extract().path("id");
        }
        String path = commitments + "/" + last;
        String etag = pair.b().get(path).statusCode(200).extract().header("ETag");
        io.restassured.RestAssured.given().auth().oauth2(pair.b().token()).header("If-Match", etag)
                .contentType(io.restassured.http.ContentType.JSON)
                .body(Map.of("title", "Walk 19", "category", "dailyCheckIn", "recurrence",
                        Map.of("kind", "weekdays", "weekdays", List.of("monday", "thursday"))))
                .when().put(path).then().statusCode(200);
        return path;
    }

    @Test
    void readingACommitmentIsFiveStatementsInOneTransaction() {
        Pair pair = Couples.pair();
        String commitment = twentyCommitments(pair);
        pair.a().get(commitment).statusCode(200);

        // Caller's profile, membership, couple, partners (CoupleAccess), the commitment with schedule and owner.
        Runnable read = () -> pair.a().get(commitment).statusCode(200).body("recurrence.kind", equalTo("weekdays"))
                .body("owner.name", equalTo("Alex"));
        assertEquals(new Counts(5, 1), counts(read), "GET a commitment");
    }

    @Test
    void aPageOfTwentyCommitmentsCostsWhatAPageOfTwoDoes() {
        Pair pair = Couples.pair();
        twentyCommitments(pair);
        String commitments = "/v1/couples/" + pair.coupleId() + "/commitments";
        pair.a().get(commitments).statusCode(200);

        Runnable twenty = () -> pair.a().get(commitments + "?limit=20").statusCode(200).body("items", hasSize(20));
        assertEquals(new Counts(5, 1), counts(twenty), "GET a page of 20 commitments");
        Runnable two = () -> pair.b().get(commitments + "?limit=2").statusCode(200).body("items", hasSize(2));
        assertEquals(new Counts(5, 1), counts(two), "GET a page of 2 commitments: no statement per commitment");
    }
}
