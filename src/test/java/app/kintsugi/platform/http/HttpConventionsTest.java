package app.kintsugi.platform.http;

import static app.kintsugi.support.ProblemAssertions.assertProblem;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;

import org.junit.jupiter.api.Test;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;

import app.kintsugi.support.Tokens;

/** The conventions every answer follows, whichever layer produces it. */
@QuarkusTest
@WithTestResource(OidcWiremockTestResource.class)
class HttpConventionsTest {

    private static final String UUID_PATTERN = "[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}";

    @Test
    void unknownPathIsAProblem() {
        assertProblem(given().when().get("/v1/no-such-thing").then(), 404, "not-found")
                .body("instance", equalTo("/v1/no-such-thing"));
        assertProblem(given().when().get("/nothing-here").then(), 404, "not-found");
    }

    @Test
    void unsupportedMethodIsAProblem() {
        assertProblem(given().auth().oauth2(Tokens.person("user")).when().delete("/v1/me").then(), 405,
                "method-not-allowed");
    }

    @Test
    void unacceptableMediaTypeIsAProblem() {
        assertProblem(given().auth().oauth2(Tokens.person("user")).accept("text/csv").when().get("/v1/me").then(),
                406, "not-acceptable");
    }

    @Test
    void unsupportedContentTypeIsAProblem() {
        assertProblem(given().auth().oauth2(Tokens.person("user")).header("If-Match", "\"0\"")
                .contentType("text/plain").body("displayName=Sam").when().patch("/v1/me").then(), 415,
                "unsupported-media-type");
    }

    @Test
    void aFieldNamedTwiceIsMalformedJson() {
        String token = Tokens.person("user");
        assertProblem(given().auth().oauth2(token).contentType("application/json")
                .body("{\"timeZone\":\"Europe/Lisbon\",\"timeZone\":\"Pacific/Auckland\"}").when()
                .post("/v1/couples").then(), 400, "malformed-json");
        assertProblem(given().auth().oauth2(token).header("If-Match", "\"0\"")
                .contentType("application/merge-patch+json")
                .body("{\"displayName\":\"Sam\",\"displayName\":\"Alex\"}").when().patch("/v1/me").then(), 400,
                "malformed-json");
        // Nothing was created: the caller still has no couple.
        given().auth().oauth2(token).when().get("/v1/couples").then().statusCode(200)
                .body("items", org.hamcrest.Matchers.empty());
    }

    @Test
    void aNulInAPathIsNotFound() {
        String token = Tokens.person("user");
        assertProblem(given().auth().oauth2(token).urlEncodingEnabled(false).when().get("/v1/exercises/%00").then(),
                404, "not-found");
        assertProblem(given().auth().oauth2(token).urlEncodingEnabled(false).when().get("/v1/prompt-sets/%00").then(),
                404, "not-found");
        assertProblem(given().auth().oauth2(token).urlEncodingEnabled(false).when()
                .get("/v1/couples/%0A/jar-slips").then(), 404, "not-found");
    }

    @Test
    void oversizedBodyIsAProblem() {
        String huge = "{\"displayName\":\"" + "a".repeat(70_000) + "\"}";
        assertProblem(given().auth().oauth2(Tokens.person("user")).header("If-Match", "\"0\"")
                .contentType("application/merge-patch+json").body(huge).when().patch("/v1/me").then(), 413,
                "payload-too-large");
    }

    @Test
    void unexpectedFailureRevealsNothing() {
        assertProblem(given().auth().oauth2(Tokens.person("user")).when().get("/v1/test-probes/failure").then(), 500,
                "internal-error")
                .body(not(containsString("hunter2")))
                .body(not(containsString("IllegalState")));
    }

    @Test
    void unannotatedOrUnknownQueryParametersAreRefused() {
        assertProblem(given().auth().oauth2(Tokens.person("user")).queryParam("limt", "5").when()
                .get("/v1/time-zones").then(), 400, "unknown-query-parameter")
                .body("errors[0].field", equalTo("limt"))
                .body("errors[0].code", equalTo("unknown-parameter"));
    }

    @Test
    void aSensibleIncomingRequestIdIsEchoed() {
        given().header("X-Request-Id", "platform-trace-0042").when().get("/v1/nothing").then()
                .header("X-Request-Id", equalTo("platform-trace-0042"))
                .body("requestId", equalTo("platform-trace-0042"));
    }

    @Test
    void anUnsafeIncomingRequestIdIsReplaced() {
        given().header("X-Request-Id", "evil\tinjected log line").when().get("/v1/nothing").then()
                .header("X-Request-Id", matchesPattern(UUID_PATTERN));
        given().header("X-Request-Id", "short").when().get("/v1/nothing").then()
                .header("X-Request-Id", matchesPattern(UUID_PATTERN));
    }

    @Test
    void everyAnswerCarriesARequestIdAndSecurityHeaders() {
        given().auth().oauth2(Tokens.person("user")).when().get("/v1/me").then()
                .statusCode(200)
                .header("X-Request-Id", matchesPattern(UUID_PATTERN))
                .header("X-Content-Type-Options", equalTo("nosniff"))
                .header("X-Frame-Options", equalTo("DENY"))
                .header("Referrer-Policy", equalTo("no-referrer"))
                .header("Content-Security-Policy", equalTo("default-src 'none'; frame-ancestors 'none'"))
                .header("Cache-Control", equalTo("no-store"));
        given().when().get("/nothing-here").then()
                .statusCode(404)
                .header("X-Request-Id", matchesPattern(UUID_PATTERN))
                .header("X-Content-Type-Options", equalTo("nosniff"));
    }
}
