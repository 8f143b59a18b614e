package app.kintsugi.journal;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import java.util.Map;

import org.junit.jupiter.api.Test;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;

import app.kintsugi.support.Couples;
import app.kintsugi.support.Couples.Pair;
import app.kintsugi.support.Locales;

/** The weekly progress questions in the reader's language; entries stay in their authors' words. */
@QuarkusTest
@WithTestResource(OidcWiremockTestResource.class)
class LocalizedQuestionsTest {

    @Test
    void theWeeksQuestionsAreAskedInTheReadersLanguage() {
        Pair pair = Couples.pair();
        String week = "/v1/couples/" + pair.coupleId() + "/journal-weeks/current";
        pair.a().post("/v1/couples/" + pair.coupleId() + "/journal-entries", Map.of("kind", "appreciation", "text",
                "You stayed for the whole talk.", "visibility", "partner")).statusCode(201);

        given().auth().oauth2(pair.a().token()).header("Accept-Language", "de").when().get(week).then()
                .statusCode(200).header("Content-Language", "de").header("Vary", containsString("Accept-Language"))
                .body("questions.find { it.key == 'feltBetter' }.text",
                        equalTo("Was ist zwischen uns in letzter Zeit ein wenig leichter geworden?"))
                .body("entries[0].text", equalTo("You stayed for the whole talk."));
        given().auth().oauth2(pair.a().token()).header("Accept-Language", "fr").when().get(week).then()
                .statusCode(200).header("Content-Language", "en")
                .body("questions.find { it.key == 'noticedChange' }.text",
                        equalTo("What have you seen change in the two of us this week?"));
        given().auth().oauth2(pair.a().token()).header("Accept-Language", "es").when()
                .put(week + "/my-read-mark").then().statusCode(200).header("Content-Language", "es")
                .body("questions.find { it.key == 'noticedChange' }.text",
                        equalTo("¿Qué has visto cambiar en nosotros dos esta semana?"));

        Locales.choose(pair.b(), "es");
        pair.b().get(week).statusCode(200).header("Content-Language", "es")
                .body("questions.find { it.key == 'feltBetter' }.text",
                        equalTo("¿Qué se ha vuelto un poco más fácil entre nosotros últimamente?"));
    }
}
