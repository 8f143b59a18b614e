package app.kintsugi.support;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

import app.kintsugi.support.Couples.Actor;

/** A person's language, as they choose it for their profile. */
public final class Locales {

    private Locales() {
    }

    /** {@code who} chooses {@code locale} for their profile (a JSON Merge Patch of {@code /v1/me}). */
    public static void choose(Actor who, String locale) {
        String etag = who.get("/v1/me").statusCode(200).extract().header("ETag");
        given().auth().oauth2(who.token()).contentType("application/merge-patch+json").header("If-Match", etag)
                .body("{\"locale\": \"" + locale + "\"}").when().patch("/v1/me").then().statusCode(200)
                .body("locale", equalTo(locale));
    }
}
