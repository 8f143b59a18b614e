package app.kintsugi.platform;

import static app.kintsugi.support.ProblemAssertions.assertProblem;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import java.net.URL;

import org.junit.jupiter.api.Test;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;

import app.kintsugi.support.Tokens;

/** Health, metrics and the spec answer on the management interface; the API's port knows nothing of them. */
@QuarkusTest
@WithTestResource(OidcWiremockTestResource.class)
class HealthAndMetricsTest {

    /** Any address on the management interface; only its port matters here. */
    @TestHTTPResource(value = "/health", management = true)
    URL managementAddress;

    private String management() {
        return "http://localhost:" + managementAddress.getPort();
    }

    @Test
    void livenessAndReadinessIncludeTheDatabase() {
        given().baseUri(management()).when().get("/q/health/live").then().statusCode(200)
                .body("status", equalTo("UP"));
        given().baseUri(management()).when().get("/q/health/ready").then().statusCode(200)
                .body("status", equalTo("UP"))
                .body("checks.name", hasItem("Database connections health check"));
    }

    @Test
    void requestsAreCountedByRouteTemplateNotByRawPath() {
        given().auth().oauth2(Tokens.person("user")).when().get("/v1/me").then().statusCode(200);
        given().baseUri(management()).when().get("/q/metrics").then()
                .statusCode(200)
                .body(containsString("http_server_requests_seconds_count"))
                .body(containsString("uri=\"/v1/me\""));
    }

    @Test
    void operationsEndpointsAreNotOnTheApiPort() {
        for (String path : new String[]{"/q/metrics", "/q/health", "/q/health/ready", "/q/health/live",
                "/q/openapi", "/q/info", "/q/swagger-ui"}) {
            assertProblem(given().when().get(path).then(), 404, "not-found");
        }
        // Dot segments are resolved before routing: they reach nothing either.
        assertProblem(given().urlEncodingEnabled(false).when().get("/v1/%2e%2e/q/metrics").then(), 404, "not-found");
        assertProblem(given().urlEncodingEnabled(false).when().get("/v1/../q/health").then(), 404, "not-found");
        given().baseUri(management()).queryParam("format", "json").when().get("/q/openapi").then()
                .statusCode(200).body("openapi", org.hamcrest.Matchers.startsWith("3."));
    }
}
