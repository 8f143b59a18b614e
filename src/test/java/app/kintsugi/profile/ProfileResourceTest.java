package app.kintsugi.profile;

import static app.kintsugi.support.ProblemAssertions.assertProblem;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.matchesPattern;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.util.UUID;

import org.junit.jupiter.api.Test;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.restassured.response.ValidatableResponse;

import app.kintsugi.support.Tokens;

@QuarkusTest
@WithTestResource(OidcWiremockTestResource.class)
class ProfileResourceTest {

    private static final String MERGE_PATCH = "application/merge-patch+json; charset=UTF-8";

    private static ValidatableResponse patch(String token, String ifMatch, String body) {
        var request = given().auth().oauth2(token).contentType(MERGE_PATCH).body(body);
        if (ifMatch != null) {
            request.header("If-Match", ifMatch);
        }
        return request.when().patch("/v1/me").then();
    }

    private static String etag(String token) {
        return given().auth().oauth2(token).when().get("/v1/me").then().statusCode(200).extract().header("ETag");
    }

    @Test
    void firstCallCreatesTheProfileFromTheToken() {
        String subject = "sam-" + UUID.randomUUID();
        String token = Tokens.sign(Tokens.claims(subject, "user", "offline_access")
                .claim("given_name", "Sam")
                .claim("zoneinfo", "Pacific/Auckland")
                .claim("locale", "pt-br"));

        String id = given().auth().oauth2(token).when().get("/v1/me").then()
                .statusCode(200)
                .contentType("application/json")
                .header("ETag", equalTo("\"0\""))
                .body("id", matchesPattern("[0-9a-f-]{36}"))
                .body("displayName", equalTo("Sam"))
                .body("timeZone", equalTo("Pacific/Auckland"))
                .body("locale", equalTo("pt-BR"))
                .body("roles", contains("user"))
                .body("createdAt", matchesPattern("\\d{4}-\\d{2}-\\d{2}T.*Z"))
                .extract().path("id");

        // The same person again: the same profile, not a second one.
        given().auth().oauth2(Tokens.subject(subject, "user")).when().get("/v1/me").then()
                .statusCode(200)
                .body("id", equalTo(id))
                .body("displayName", equalTo("Sam"));
    }

    @Test
    void defaultsNeverExposeAnEmailAddress() {
        String token = Tokens.sign(Tokens.claims("mail-" + UUID.randomUUID(), "user")
                .preferredUserName("sam@example.org")
                .claim("zoneinfo", "Not/AZone")
                .claim("locale", "!!"));
        given().auth().oauth2(token).when().get("/v1/me").then()
                .statusCode(200)
                .body("displayName", equalTo("Member"))
                .body("timeZone", equalTo("UTC"))
                .body("locale", equalTo("en"));
    }

    @Test
    void tokensOfAnotherIssuerAreNeverTrustedForAKnownSubject() {
        // A known subject does not open the door to a token from any other issuer.
        String subject = "twin-" + UUID.randomUUID();
        given().auth().oauth2(Tokens.subject(subject, "user")).when().get("/v1/me").then().statusCode(200);
        given().auth().oauth2(Tokens.sign(Tokens.claims(subject, "user").issuer("https://other.example.com")))
                .when().get("/v1/me").then().statusCode(401);
    }

    @Test
    void rolesOnlyListThisApisPeopleRoles() {
        given().auth().oauth2(Tokens.person("admin", "user", "uma_authorization")).when().get("/v1/me").then()
                .statusCode(200)
                .body("roles", containsInAnyOrder("admin", "user"));
    }

    @Test
    void mergePatchChangesOnlyWhatIsSentAndBumpsTheETag() {
        String token = Tokens.person("user");
        String etag = etag(token);

        String newEtag = patch(token, etag, "{\"timeZone\":\"America/Los_Angeles\",\"displayName\":\"  Robin \"}")
                .statusCode(200)
                .body("timeZone", equalTo("America/Los_Angeles"))
                .body("displayName", equalTo("Robin"))
                .body("locale", equalTo("en"))
                .extract().header("ETag");
        assertNotEquals(etag, newEtag);

        given().auth().oauth2(token).when().get("/v1/me").then()
                .header("ETag", equalTo(newEtag))
                .body("timeZone", equalTo("America/Los_Angeles"))
                .body("displayName", equalTo("Robin"));
    }

    @Test
    void anUnchangedPatchKeepsTheVersion() {
        String token = Tokens.person("user");
        String etag = etag(token);
        String after = patch(token, etag, "{\"locale\":\"en\"}").statusCode(200).extract().header("ETag");
        assertEquals(etag, after);
    }

    @Test
    void aStaleETagIsRefusedAndChangesNothing() {
        String token = Tokens.person("user");
        String etag = etag(token);
        patch(token, etag, "{\"locale\":\"de\"}").statusCode(200);

        assertProblem(patch(token, etag, "{\"locale\":\"fr\"}"), 412, "precondition-failed");
        given().auth().oauth2(token).when().get("/v1/me").then().body("locale", equalTo("de"));
    }

    @Test
    void weakOrForeignETagsDoNotMatch() {
        String token = Tokens.person("user");
        etag(token);
        assertProblem(patch(token, "W/\"0\"", "{\"locale\":\"de\"}"), 412, "precondition-failed");
        assertProblem(patch(token, "\"999\"", "{\"locale\":\"de\"}"), 412, "precondition-failed");
        patch(token, "*", "{\"locale\":\"de\"}").statusCode(200);
    }

    @Test
    void aPatchWithoutIfMatchIsRefused() {
        assertProblem(patch(Tokens.person("user"), null, "{\"locale\":\"de\"}"), 428, "precondition-required");
    }

    @Test
    void anInvalidTimeZoneOrLocaleIsNamed() {
        String token = Tokens.person("user");
        assertProblem(patch(token, etag(token), "{\"timeZone\":\"Mars/Olympus_Mons\",\"locale\":\"xx-!!\"}"), 422,
                "validation-failed")
                .body("errors", hasSize(2))
                .body("errors.field", containsInAnyOrder("/timeZone", "/locale"))
                .body("errors.code", containsInAnyOrder("invalid-time-zone", "invalid-locale"));
        assertProblem(patch(token, etag(token), "{\"timeZone\":\"+02:00\"}"), 422, "validation-failed")
                .body("errors[0].field", equalTo("/timeZone"));
    }

    @Test
    void displayNamesAreCountedInCharactersNotBytes() {
        String token = Tokens.person("user");
        // Sixty emoji are sixty characters (120 UTF-16 units): accepted. Sixty-one are not.
        String sixty = "🌸".repeat(60);
        patch(token, etag(token), "{\"displayName\":\"" + sixty + "\"}").statusCode(200)
                .body("displayName", equalTo(sixty));
        assertProblem(patch(token, etag(token), "{\"displayName\":\"" + sixty + "🌸\"}"), 422, "validation-failed")
                .body("errors[0].field", equalTo("/displayName"))
                .body("errors[0].code", equalTo("too-long"));
    }

    @Test
    void blankOrMultiLineDisplayNamesAreRefused() {
        String token = Tokens.person("user");
        assertProblem(patch(token, etag(token), "{\"displayName\":\"   \"}"), 422, "validation-failed")
                .body("errors[0].code", equalTo("blank"));
        assertProblem(patch(token, etag(token), "{\"displayName\":\"Sam\\nBCC\"}"), 422, "validation-failed")
                .body("errors[0].code", equalTo("control-character"));
    }

    @Test
    void fieldsCannotBeRemovedNorServerFieldsSet() {
        String token = Tokens.person("user");
        String etag = etag(token);
        assertProblem(patch(token, etag, "{\"timeZone\":null}"), 422, "validation-failed")
                .body("errors[0].field", equalTo("/timeZone"))
                .body("errors[0].code", equalTo("required"));
        assertProblem(patch(token, etag, "{\"roles\":[\"admin\"],\"id\":\"x\"}"), 422, "validation-failed")
                .body("errors.code", contains("read-only", "read-only"));
        assertProblem(patch(token, etag, "{\"nickname\":\"x\"}"), 422, "validation-failed")
                .body("errors[0].code", equalTo("unknown-field"));
        given().auth().oauth2(token).when().get("/v1/me").then().body("roles", contains("user"));
    }

    @Test
    void wrongTypesAndBrokenJsonAreExplained() {
        String token = Tokens.person("user");
        String etag = etag(token);
        assertProblem(patch(token, etag, "{\"displayName\":{\"first\":\"Sam\"}}"), 422, "validation-failed")
                .body("errors[0].field", equalTo("/displayName"))
                .body("errors[0].code", equalTo("invalid-type"));
        assertProblem(patch(token, etag, "[\"displayName\"]"), 422, "validation-failed")
                .body("errors[0].code", equalTo("not-an-object"));
        assertProblem(patch(token, etag, "{\"displayName\":"), 400, "malformed-json");
    }

    @Test
    void aServiceClientCannotPatchAProfile() {
        assertProblem(patch(Tokens.person("service"), "\"0\"", "{\"locale\":\"de\"}"), 403, "forbidden");
        assertProblem(patch("junk", "\"0\"", "{\"locale\":\"de\"}"), 401, "unauthorized");
    }
}
