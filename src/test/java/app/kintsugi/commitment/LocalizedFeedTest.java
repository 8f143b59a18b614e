package app.kintsugi.commitment;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;

import org.junit.jupiter.api.Test;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;

import app.kintsugi.support.Couples;
import app.kintsugi.support.Couples.Pair;
import app.kintsugi.support.Locales;

/**
 * A calendar feed's own words are in its partner's language: calendar apps poll it on their own, so the profile's
 * locale decides, not whatever header the app sends.
 */
@QuarkusTest
@WithTestResource(OidcWiremockTestResource.class)
class LocalizedFeedTest {

    @Test
    void aFeedSpeaksItsPartnersLanguage() {
        Pair pair = Couples.pair();
        String couple = "/v1/couples/" + pair.coupleId();
        pair.a().post(couple + "/commitments", Map.of("title", "Walk after dinner", "category", "ritual",
                "recurrence", Map.of("kind", "daily"), "shared", true)).statusCode(201);
        String feed = couple + "/my-calendar-feed";
        String url = pair.a().post(feed + "/secrets").statusCode(201).extract().path("url");
        String path = url.substring(url.indexOf("/v1/"));

        // English until the partner chooses a language; a calendar app's own header changes nothing.
        String english = given().header("Accept-Language", "de").when().get(path).then().statusCode(200)
                .header("Content-Language", "en").extract().asString();
        assertTrue(english.contains("\r\nSUMMARY;LANGUAGE=en:Reminder\r\n"), english);
        assertTrue(english.contains("\r\nX-WR-CALNAME:Reminders\r\n"), english);

        Locales.choose(pair.a(), "es-ES");
        String spanish = given().header("Accept-Language", "de").when().get(path).then().statusCode(200)
                .header("Content-Language", "es").extract().asString();
        assertTrue(spanish.contains("\r\nSUMMARY;LANGUAGE=es:Recordatorio\r\n"), spanish);
        assertTrue(spanish.contains("\r\nX-WR-CALNAME:Recordatorios\r\n"), spanish);
        assertFalse(spanish.contains("Walk after dinner"), "a neutral feed holds no titles, in any language");
        assertFalse(spanish.contains("ritual"), "nor categories");

        // Titles chosen: the partner's own words, whose language we do not know, carry no LANGUAGE parameter.
        pair.a().put(feed, Map.of("showTitles", true)).statusCode(200);
        String titled = given().when().get(path).then().statusCode(200).header("Content-Language", "es").extract()
                .asString();
        assertTrue(titled.contains("\r\nSUMMARY:Walk after dinner\r\n"), titled);
        assertTrue(titled.contains("\r\nX-WR-CALNAME:Nuestros compromisos\r\n"), titled);

        // The other partner's feed follows the other partner's profile.
        Locales.choose(pair.b(), "de");
        String theirs = pair.b().post(feed + "/secrets").statusCode(201).extract().path("url");
        String german = given().when().get(theirs.substring(theirs.indexOf("/v1/"))).then().statusCode(200)
                .header("Content-Language", "de").extract().asString();
        assertTrue(german.contains("\r\nSUMMARY;LANGUAGE=de:Erinnerung\r\n"), german);
        assertTrue(german.contains("\r\nX-WR-CALNAME:Erinnerungen\r\n"), german);
    }
}
