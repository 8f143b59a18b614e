package app.kintsugi.exercise;

import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.hasSize;
import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.inject.Inject;

import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;

import app.kintsugi.support.Couples.Actor;

/**
 * Statement budget of browsing the catalogue (issue 18): one statement for a page, outside any JTA transaction, so it
 * runs on its own (autocommit) without a commit round trip. Counted as {@code JournalQueryBudgetTest} counts.
 */
@QuarkusTest
@WithTestResource(OidcWiremockTestResource.class)
class ExerciseQueryBudgetTest {

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

    @Test
    void aPageOfTheCatalogueIsOneStatementAndNoTransaction() {
        Actor reader = Actor.user("Robin");
        reader.get("/v1/exercises?limit=20").statusCode(200);

        Runnable page = () -> reader.get("/v1/exercises?limit=20").statusCode(200).body("items",
                hasSize(greaterThan(10)));
        assertEquals(new Counts(1, 0), counts(page), "GET a page of up to 20 exercises");
        Runnable searched = () -> reader.get("/v1/exercises?q=walk&limit=20").statusCode(200);
        assertEquals(new Counts(1, 0), counts(searched), "GET a page of exercises found by words");
    }
}
