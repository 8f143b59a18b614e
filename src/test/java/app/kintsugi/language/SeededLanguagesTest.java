package app.kintsugi.language;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;

import app.kintsugi.support.Couples.Actor;

/**
 * The report on a freshly seeded database (a profile of its own starts the application, and with it an embedded
 * PostgreSQL, anew, so no other test's English-only exercises count): Spanish and German are complete.
 */
@QuarkusTest
@TestProfile(SeededLanguagesTest.FreshSeed.class)
@WithTestResource(OidcWiremockTestResource.class)
class SeededLanguagesTest {

    /** Nothing but a database of its own. */
    public static class FreshSeed implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("quarkus.log.category.\"app.kintsugi.language\".level", "INFO");
        }
    }

    private static final Actor ADMIN = Actor.withRoles("Ada", "admin");

    @Test
    void spanishAndGermanAreCompleteForTheWholeSeedAndEveryTextOfOurOwn() {
        for (String language : List.of("es", "de")) {
            given().auth().oauth2(ADMIN.token()).when().get("/v1/languages/" + language).then().statusCode(200)
                    .body("target", equalTo(true)).body("missing", equalTo(0)).body("stale", equalTo(0))
                    .body("draft", equalTo(0)).body("percentComplete", equalTo(100.0f));
            given().auth().oauth2(ADMIN.token()).when().get("/v1/languages/" + language + "/gaps").then()
                    .statusCode(200).body("items", equalTo(List.of()));
        }
        // A language nothing is written in counts every item missing.
        given().auth().oauth2(ADMIN.token()).when().get("/v1/languages/fr").then().statusCode(200)
                .body("target", equalTo(false)).body("published", equalTo(0)).body("percentComplete", equalTo(0.0f));
    }
}
