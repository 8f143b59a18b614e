package app.kintsugi.platform.security;

import static app.kintsugi.support.ProblemAssertions.assertProblem;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
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
}
