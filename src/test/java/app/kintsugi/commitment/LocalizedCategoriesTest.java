package app.kintsugi.commitment;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

import org.junit.jupiter.api.Test;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.restassured.response.ValidatableResponse;

import app.kintsugi.support.Couples.Actor;
import app.kintsugi.support.Locales;
import app.kintsugi.support.Tokens;

/**
 * Category descriptions in the reader's language: the best of {@code Accept-Language} among English, Spanish and
 * German, else the profile's locale, else English, and the answer says which.
 */
@QuarkusTest
@WithTestResource(OidcWiremockTestResource.class)
class LocalizedCategoriesTest {

    private static final String CATEGORIES = "/v1/commitment-categories";

    private static ValidatableResponse read(Actor who, String acceptLanguage) {
        return (acceptLanguage == null
                ? given().auth().oauth2(who.token())
                : given().auth().oauth2(who.token()).header("Accept-Language", acceptLanguage)).when()
                .get(CATEGORIES).then().statusCode(200).header("Vary", containsString("Accept-Language"));
    }

    private static String dailyCheckIn(ValidatableResponse response) {
        return response.extract().path("items.find { it.category == 'dailyCheckIn' }.description");
    }

    @Test
    void spanishAndGermanReadersReadTheirOwnWords() {
        Actor sam = Actor.user("Sam");
        ValidatableResponse spanish = read(sam, "es").header("Content-Language", "es").body("items", hasSize(6))
                .body("items.find { it.category == 'ritual' }.description",
                        equalTo("Un ritual compartido, como pasear o cocinar juntos."))
                .body("items.find { it.category == 'ritual' }.colour", equalTo("coral"));
        org.junit.jupiter.api.Assertions.assertEquals("Un momento breve cada día para saber cómo está el otro.",
                dailyCheckIn(spanish));
        read(sam, "de-AT, de;q=0.9, en;q=0.5").header("Content-Language", "de")
                .body("items.find { it.category == 'actOfRepair' }.description",
                        equalTo("Eine konkrete Handlung, die Vertrauen wiederherstellt."));
        read(sam, "es-MX").header("Content-Language", "es");
    }

    @Test
    void aLanguageWeDoNotWriteFallsBackToEnglishAndSaysSo() {
        Actor sam = Actor.user("Sam");
        read(sam, "fr").header("Content-Language", "en")
                .body("items.find { it.category == 'dailyCheckIn' }.description",
                        equalTo("A short daily check-in with each other."));
        read(sam, null).header("Content-Language", "en");
        read(sam, "-").header("Content-Language", "en");
    }

    @Test
    void theProfileLocaleSpeaksWhenTheHeaderDecidesNothing() {
        Actor alex = Actor.user("Alex");
        Locales.choose(alex, "de-CH");
        read(alex, null).header("Content-Language", "de")
                .body("items.find { it.category == 'weeklyConversation' }.description",
                        equalTo("Ein längeres Gespräch, einmal in der Woche."));
        read(alex, "fr").header("Content-Language", "de");
        // A language the header asks for and we write wins over the profile.
        read(alex, "es").header("Content-Language", "es");
        Locales.choose(alex, "pt-BR");
        read(alex, null).header("Content-Language", "en");
    }

    @Test
    void aTokenLocaleSpeaksBeforeThereIsAProfile() {
        String subject = "dana-" + java.util.UUID.randomUUID();
        Actor counselor = new Actor(subject,
                Tokens.sign(Tokens.claims(subject, "counselor").claim("locale", "es-ES")));
        read(counselor, null).header("Content-Language", "es");
    }
}
