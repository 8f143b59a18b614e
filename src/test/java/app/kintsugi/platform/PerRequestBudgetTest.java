package app.kintsugi.platform;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;

import app.kintsugi.support.QueryCounter;
import app.kintsugi.support.Tokens;

/**
 * What every signed-in request pays the database before its operation runs, on an operation that needs none (the
 * commitment categories): the rate limit's shared bucket is asked for a lease now and then, not once per request, so a
 * caller who keeps going costs nothing per request, and a new caller one short transaction.
 */
@QuarkusTest
@WithTestResource(OidcWiremockTestResource.class)
class PerRequestBudgetTest {

    /**
     * With a language the header decides, the categories need no statement; without one, the caller's profile locale
     * would be read for their descriptions.
     */
    private static void categories(String token) {
        given().auth().oauth2(token).header("Accept-Language", "en").get("/v1/commitment-categories").then()
                .statusCode(200);
    }

    @Test
    void aSignedInRequestCostsNoStatementOnceItsCallerHoldsALease() {
        String token = Tokens.person("user");
        for (int i = 0; i < 20; i++) {
            categories(token);
        }
        QueryCounter.assertCounts("GET /v1/commitment-categories, a caller holding a lease", 0, 0,
                () -> categories(token));
    }

    @Test
    void aNewCallerCostsOneStoreCheck() {
        // Bucket4j's first check of a bucket: the row inserted, read again (found empty, rolled back), then updated.
        QueryCounter.Counts first = QueryCounter.once(() -> categories(Tokens.person("user")));
        assertEquals(new QueryCounter.Counts(5, 3), first, "a new caller's first request");
    }

    @Test
    void aCallerWhoKeepsGoingReachesTheStoreRarely() {
        String token = Tokens.person("user");
        long start = System.nanoTime();
        QueryCounter.Counts hundred = QueryCounter.once(() -> {
            for (int i = 0; i < 100; i++) {
                categories(token);
            }
        });
        double seconds = (System.nanoTime() - start) / 1e9;
        System.out.printf(java.util.Locale.ROOT, "100 requests of one caller in %.1f s: %s%n", seconds, hundred);
        // Leases of 1, 2, 4, ... 64 tokens while requests come fast; a lease that goes stale (a second old) costs one
        // more check. Each check is one transaction of two statements (select for update, update), the first three.
        long allowed = 8 + 2 * (long) Math.ceil(seconds);
        assertTrue(hundred.transactions() <= allowed, "store checks for 100 requests: " + hundred + ", allowed "
                + allowed);
        assertEquals(2 * hundred.transactions() - 1, hundred.statements(), "no statement besides the checks");
    }
}
