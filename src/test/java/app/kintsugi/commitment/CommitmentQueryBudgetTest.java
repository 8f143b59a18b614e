package app.kintsugi.commitment;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;

import app.kintsugi.support.Couples;
import app.kintsugi.support.Couples.Pair;
import app.kintsugi.support.QueryCounter;

/**
 * Statement budgets of reading commitments (issue 18): a commitment, or a page of them, comes with its schedule in
 * force and its owner's name in one query. Counted by {@link QueryCounter} as {@code JournalQueryBudgetTest} counts
 * (everything reaching PostgreSQL; warm callers, so the rate limiter adds nothing).
 */
@QuarkusTest
@WithTestResource(OidcWiremockTestResource.class)
class CommitmentQueryBudgetTest {

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
    void aPartnerReadsACommitmentInTwoStatementsAndNoTransaction() {
        Pair pair = Couples.pair();
        String commitment = twentyCommitments(pair);
        pair.a().get(commitment).statusCode(200);

        // CoupleAccess.partnerReader (one statement), the commitment with its schedule and owner; no transaction.
        Runnable read = () -> pair.a().get(commitment).statusCode(200).body("recurrence.kind", equalTo("weekdays"))
                .body("owner.name", equalTo("Alex"));
        QueryCounter.assertCounts("GET a commitment", 2, 2, read);
    }

    @Test
    void aPageOfTwentyCommitmentsCostsWhatAPageOfTwoDoes() {
        Pair pair = Couples.pair();
        twentyCommitments(pair);
        String commitments = "/v1/couples/" + pair.coupleId() + "/commitments";
        pair.a().get(commitments).statusCode(200);

        Runnable twenty = () -> pair.a().get(commitments + "?limit=20").statusCode(200).body("items", hasSize(20));
        QueryCounter.assertCounts("GET a page of 20 commitments", 2, 2, twenty);
        Runnable two = () -> pair.b().get(commitments + "?limit=2").statusCode(200).body("items", hasSize(2));
        QueryCounter.assertCounts("GET a page of 2 commitments: no statement per commitment", 2, 2, two);
    }
}
