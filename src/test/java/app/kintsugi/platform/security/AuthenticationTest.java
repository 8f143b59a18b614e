package app.kintsugi.platform.security;

import static app.kintsugi.support.ProblemAssertions.assertProblem;
import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import com.github.tomakehurst.wiremock.WireMockServer;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWireMock;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.smallrye.jwt.build.Jwt;

import app.kintsugi.support.Tokens;

/** Every way a token can be wrong answers 401, every wrong role 403, both as problem+json. */
@QuarkusTest
@WithTestResource(OidcWiremockTestResource.class)
class AuthenticationTest {

    private static void assertRefused(String token) {
        assertProblem(given().auth().oauth2(token).when().get("/v1/me").then(), 401, "unauthorized")
                .header("WWW-Authenticate", equalTo("Bearer error=\"invalid_token\""));
    }

    @Test
    void noTokenIsChallenged() {
        assertProblem(given().when().get("/v1/me").then(), 401, "unauthorized")
                .header("WWW-Authenticate", equalTo("Bearer"));
    }

    @Test
    void garbageTokenIsRefused() {
        assertRefused("not-a-jwt");
    }

    @Test
    void expiredTokenIsRefused() {
        Instant past = Instant.now().minusSeconds(3600);
        assertRefused(Tokens.sign(Tokens.claims("sam", "user").issuedAt(past.minusSeconds(300)).expiresAt(past)));
    }

    @Test
    void tokenFromAnotherIssuerIsRefused() {
        assertRefused(Tokens.sign(Tokens.claims("sam", "user").issuer("https://elsewhere.example.com")));
    }

    @Test
    void tokenForAnotherAudienceIsRefused() {
        assertRefused(Tokens.sign(Tokens.claims("sam", "user").audience("https://another-api.example.com")));
    }

    @Test
    void tokenWithoutAudienceIsRefused() {
        assertRefused(Tokens.sign(Jwt.issuer(Tokens.ISSUER).subject("sam")
                .claim("realm_access", Map.of("roles", List.of("user"))).expiresIn(300)));
    }

    @Test
    void unsignedTokenIsRefused() {
        assertRefused(Tokens.unsigned("sam", "user"));
    }

    @Test
    void tokenSignedWithAnUnknownKeyIsRefused() {
        assertRefused(Tokens.signedByStranger(Tokens.claims("sam", "user")));
    }

    @Test
    void aServiceClientIsNotAPerson() {
        assertProblem(given().auth().oauth2(Tokens.person(Roles.SERVICE)).when().get("/v1/me").then(), 403,
                "forbidden");
    }

    @Test
    void aTokenWithoutRolesIsForbidden() {
        assertProblem(given().auth().oauth2(Tokens.person()).when().get("/v1/me").then(), 403, "forbidden");
    }

    @Test
    void rolesElsewhereInTheTokenDoNotCount() {
        // Only the configured claim path grants roles; a `groups` claim a client slipped in grants nothing.
        String token = Tokens.sign(Tokens.claims("sam").groups("user"));
        assertProblem(given().auth().oauth2(token).when().get("/v1/me").then(), 403, "forbidden");
    }

    @Test
    void eachPersonRoleMayReadTheirProfile() {
        for (String role : new String[]{Roles.USER, Roles.COUNSELOR, Roles.ADMIN}) {
            given().auth().oauth2(Tokens.person(role)).when().get("/v1/me").then().statusCode(200);
        }
    }

    @OidcWireMock
    WireMockServer identityProvider;

    private static final String INTROSPECTION = "/auth/realms/quarkus/protocol/openid-connect/token/introspect";
    private static final String KEYS = "/auth/realms/quarkus/protocol/openid-connect/certs";

    /** A well-formed RS256 token from a key the provider never published, naming {@code kid} (or none). */
    private static String signedByUnknownKey(String kid) {
        try {
            var generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            var jws = Tokens.claims("intruder", Roles.USER).jws();
            return (kid == null ? jws : jws.keyId(kid)).sign(generator.generateKeyPair().getPrivate());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void aTokenWithAnUnknownKeyOrNoneIsRefusedWithoutAskingTheProvider() {
        identityProvider.resetRequests();
        assertRefused(signedByUnknownKey("rotated-" + UUID.randomUUID()));
        assertRefused(signedByUnknownKey(null));
        assertRefused("an-opaque-token-this-api-never-introspects");
        identityProvider.verify(0, anyRequestedFor(urlPathEqualTo(INTROSPECTION)));
    }

    @Test
    void aFloodOfUnknownKeysRefreshesTheKeySetAtMostOnce() {
        identityProvider.resetRequests();
        for (int i = 0; i < 25; i++) {
            assertRefused(signedByUnknownKey("flood-" + i));
        }
        int fetches = identityProvider.findAll(getRequestedFor(urlPathEqualTo(KEYS))).size();
        assertTrue(fetches <= 1, "25 unknown keys made " + fetches + " key-set requests");
        identityProvider.verify(0, anyRequestedFor(urlPathEqualTo(INTROSPECTION)));
        // The keys the provider did publish still work.
        given().auth().oauth2(Tokens.person(Roles.USER)).when().get("/v1/me").then().statusCode(200);
    }

    @Test
    void authenticationComesBeforeContentNegotiation() {
        // No token: 401, whatever else is wrong with the request.
        assertProblem(given().header("If-Match", "\"0\"").contentType("text/plain").body("displayName=Sam").when()
                .patch("/v1/me").then(), 401, "unauthorized")
                .header("WWW-Authenticate", equalTo("Bearer"));
        assertProblem(given().accept("text/csv").when().get("/v1/me").then(), 401, "unauthorized")
                .header("WWW-Authenticate", equalTo("Bearer"));
        // A method the path does not have stays 405 (with Allow), as the contract documents.
        assertProblem(given().when().delete("/v1/me").then(), 405, "method-not-allowed");
        assertProblem(given().contentType("application/xml").body("<couple/>").when().post("/v1/couples").then(), 401,
                "unauthorized");
        // A refused token: 401 invalid_token, not 415.
        assertProblem(given().auth().oauth2("not-a-jwt").header("If-Match", "\"0\"").contentType("text/plain")
                .body("displayName=Sam").when().patch("/v1/me").then(), 401, "unauthorized")
                .header("WWW-Authenticate", equalTo("Bearer error=\"invalid_token\""));
        // With a valid token the negotiation answers as before, and unknown paths stay 404.
        assertProblem(given().auth().oauth2(Tokens.person(Roles.USER)).header("If-Match", "\"0\"")
                .contentType("text/plain").body("displayName=Sam").when().patch("/v1/me").then(), 415,
                "unsupported-media-type");
        assertProblem(given().when().get("/v1/no-such-thing").then(), 404, "not-found");
    }
}
