package app.kintsugi.platform.problem;

import static app.kintsugi.support.ProblemAssertions.assertProblem;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.UUID;

import org.junit.jupiter.api.Test;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.restassured.path.json.JsonPath;
import io.restassured.response.ValidatableResponse;

import app.kintsugi.support.Tokens;
import app.kintsugi.support.contract.Conformance;

/** Problem answers speak the caller's language; their {@code type} and {@code code} never change. */
@QuarkusTest
@WithTestResource(OidcWiremockTestResource.class)
class LocalizedProblemTest {

    private static final String MERGE_PATCH = "application/merge-patch+json; charset=UTF-8";

    private static ValidatableResponse couple(String token, String acceptLanguage, UUID id) {
        var request = given().auth().oauth2(token);
        if (acceptLanguage != null) {
            request.header("Accept-Language", acceptLanguage);
        }
        return request.when().get("/v1/couples/" + id).then();
    }

    private static String etag(String token) {
        return given().auth().oauth2(token).when().get("/v1/me").then().statusCode(200).extract().header("ETag");
    }

    @Test
    void aNotFoundSpeaksSpanishWhenAskedTo() {
        String token = Tokens.person("user");
        UUID id = UUID.randomUUID();
        JsonPath spanish = assertProblem(couple(token, "es-ES, en;q=0.5", id), 404, "not-found")
                .header("Content-Language", "es")
                .header("Vary", containsString("Accept-Language"))
                .body("title", equalTo("No encontrado"))
                .body("detail", equalTo("No hay ninguna pareja con este id que puedas ver."))
                .extract().jsonPath();
        JsonPath english = assertProblem(couple(token, null, id), 404, "not-found")
                .header("Content-Language", "en")
                .body("title", equalTo("Not found"))
                .body("detail", equalTo("There is no couple with this id that you can see."))
                .extract().jsonPath();
        assertEquals(english.getString("type"), spanish.getString("type"));
        assertEquals(english.getString("code"), spanish.getString("code"));
        assertEquals(english.getInt("status"), spanish.getInt("status"));
    }

    @Test
    void anUnknownAddressAnswersInTheLanguageAskedFor() {
        Conformance.unchecked(() -> assertProblem(given().header("Accept-Language", "es")
                .when().get("/v1/no-such-thing").then(), 404, "not-found")
                .header("Content-Language", "es")
                .header("Vary", containsString("Accept-Language"))
                .body("title", equalTo("No encontrado"))
                .body("detail", equalTo("No hay nada en esta dirección.")));
    }

    @Test
    void fieldErrorsOfAValidationSpeakGerman() {
        String token = Tokens.person("user");
        JsonPath german = assertProblem(given().auth().oauth2(token).header("Accept-Language", "de")
                .header("If-Match", etag(token)).contentType(MERGE_PATCH)
                .body("{\"displayName\":\"\",\"timeZone\":\"Mars/Olympus_Mons\"}")
                .when().patch("/v1/me").then(), 422, "validation-failed")
                .header("Content-Language", "de")
                .body("title", equalTo("Angaben ungültig"))
                .body("detail", equalTo("Einige Felder sind ungültig; siehe errors."))
                .body("errors.find { it.field == '/displayName' }.code", equalTo("blank"))
                .body("errors.find { it.field == '/displayName' }.message",
                        equalTo("Der Anzeigename darf nicht leer sein."))
                .body("errors.find { it.field == '/timeZone' }.code", equalTo("invalid-time-zone"))
                .body("errors.find { it.field == '/timeZone' }.message",
                        equalTo("Nimm eine IANA-Zeitzonen-ID wie Europe/Lisbon; siehe GET /v1/time-zones."))
                .extract().jsonPath();
        JsonPath english = assertProblem(given().auth().oauth2(token).header("If-Match", etag(token))
                .contentType(MERGE_PATCH).body("{\"displayName\":\"\",\"timeZone\":\"Mars/Olympus_Mons\"}")
                .when().patch("/v1/me").then(), 422, "validation-failed")
                .body("errors.find { it.field == '/displayName' }.message",
                        equalTo("A display name cannot be empty."))
                .extract().jsonPath();
        assertEquals(english.getString("type"), german.getString("type"));
        assertEquals(english.getList("errors.code"), german.getList("errors.code"));
        assertEquals(english.getList("errors.field"), german.getList("errors.field"));
    }

    @Test
    void withoutAHeaderTheProfileLocaleDecides() {
        String token = Tokens.person("user");
        given().auth().oauth2(token).header("If-Match", etag(token)).contentType(MERGE_PATCH)
                .body("{\"locale\":\"de\"}").when().patch("/v1/me").then().statusCode(200);
        assertProblem(couple(token, null, UUID.randomUUID()), 404, "not-found")
                .header("Content-Language", "de")
                .body("title", equalTo("Nicht gefunden"))
                .body("detail", equalTo("Es gibt kein Paar mit dieser ID, das du sehen kannst."));
        // The header still comes first.
        assertProblem(couple(token, "es", UUID.randomUUID()), 404, "not-found")
                .header("Content-Language", "es");
    }

    @Test
    void aLanguageWeDoNotSpeakFallsBackToEnglish() {
        String token = Tokens.person("user");
        assertProblem(couple(token, "fr-FR, fr;q=0.9", UUID.randomUUID()), 404, "not-found")
                .header("Content-Language", "en")
                .header("Vary", containsString("Accept-Language"))
                .body("title", equalTo("Not found"))
                .body("detail", equalTo("There is no couple with this id that you can see."));
    }

    @Test
    void anUnauthenticatedAnswerFollowsTheHeader() {
        assertProblem(given().header("Accept-Language", "de").when().get("/v1/me").then(), 401, "unauthorized")
                .header("Content-Language", "de")
                .body("title", equalTo("Nicht angemeldet"))
                .body("detail", equalTo("Sende ein gültiges Bearer-Zugriffstoken, das für diese API ausgestellt "
                        + "wurde."));
    }

    @Test
    void answersOfTheRestLayerItselfFollowTheLanguageToo() {
        String token = Tokens.person("user");
        assertProblem(given().auth().oauth2(token).header("Accept-Language", "de").when().delete("/v1/me").then(),
                405, "method-not-allowed")
                .header("Content-Language", "de")
                .body("title", equalTo("Methode nicht erlaubt"));
        assertProblem(given().auth().oauth2(token).header("Accept-Language", "es").accept("text/csv")
                .when().get("/v1/me").then(), 406, "not-acceptable")
                .header("Content-Language", "es")
                .body("title", equalTo("No aceptable"));
        assertProblem(given().auth().oauth2(token).header("Accept-Language", "es").header("If-Match", "\"0\"")
                .contentType("text/plain").body("displayName=Sam").when().patch("/v1/me").then(), 415,
                "unsupported-media-type")
                .header("Content-Language", "es")
                .body("title", equalTo("Tipo de contenido no admitido"))
                .body("detail", equalTo("Esta operación no acepta el Content-Type enviado; consulta la descripción de "
                        + "la API."));
    }
}
