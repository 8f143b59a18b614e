package app.kintsugi.platform;

import static app.kintsugi.support.ProblemAssertions.assertProblem;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.matchesPattern;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URL;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;

import app.kintsugi.support.ExternalPostgres;
import app.kintsugi.support.Tokens;

/**
 * With PostgreSQL stopped, requests that need it answer 503 {@code service-unavailable} with {@code Retry-After} (never
 * 500) within the pool's acquisition timeout, readiness is DOWN, and everything works again once it is back.
 */
@QuarkusTest
@TestProfile(DatabaseOutageTest.OwnDatabase.class)
@WithTestResource(OidcWiremockTestResource.class)
class DatabaseOutageTest {

    /** A PostgreSQL server of the test's own, which it can stop and start. */
    public static class OwnDatabase implements QuarkusTestProfile {

        @Override
        public Map<String, String> getConfigOverrides() { return Map.of("kintsugi.database.retry-after", "3S"); }

        @Override
        public java.util.List<TestResourceEntry> testResources() {
            return java.util.List.of(new TestResourceEntry(ExternalPostgres.class));
        }
    }

    @TestHTTPResource(value = "/health/ready", management = true)
    URL readiness;

    @Test
    void anOutageAnswers503WithRetryAfterAndReadinessDown() throws IOException {
        String token = Tokens.person("user");
        given().auth().oauth2(token).when().get("/v1/me").then().statusCode(200);
        given().when().get(readiness).then().statusCode(200).body("status", equalTo("UP"));

        ExternalPostgres.outage();
        try {
            Instant start = Instant.now();
            assertProblem(given().auth().oauth2(token).when().get("/v1/me").then(), 503, "service-unavailable")
                    .header("Retry-After", equalTo("3"));
            assertTrue(Duration.between(start, Instant.now()).compareTo(Duration.ofSeconds(8)) < 0,
                    "the 503 took " + Duration.between(start, Instant.now()).toMillis() + " ms");
            assertProblem(given().auth().oauth2(token).contentType("application/json")
                    .body("{\"timeZone\":\"Europe/Lisbon\"}").when().post("/v1/couples").then(), 503,
                    "service-unavailable")
                    .header("Retry-After", matchesPattern("[1-9][0-9]*"));
            given().when().get(readiness).then().statusCode(503).body("status", equalTo("DOWN"));
        } finally {
            ExternalPostgres.recover();
        }
        Instant deadline = Instant.now().plusSeconds(20);
        int status = 0;
        while (Instant.now().isBefore(deadline) && status != 200) {
            status = given().auth().oauth2(token).when().get("/v1/me").then().extract().statusCode();
        }
        assertTrue(status == 200, "still " + status + " after the database came back");
        given().when().get(readiness).then().statusCode(200).body("status", equalTo("UP"));
    }

    @Test
    void aStatementOverItsTimeLimitAnswers503() {
        assertProblem(given().auth().oauth2(Tokens.person("user")).when().get("/v1/test-probes/slow-statement")
                .then(), 503, "service-unavailable")
                .header("Retry-After", equalTo("3"));
    }
}
