package app.kintsugi.helpline;

import static app.kintsugi.support.ProblemAssertions.assertProblem;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;

import app.kintsugi.platform.i18n.TranslationCoverage;
import app.kintsugi.platform.i18n.TranslationState;
import app.kintsugi.platform.i18n.TranslationStatus;
import app.kintsugi.support.Couples.Actor;
import app.kintsugi.support.Tokens;

@QuarkusTest
@WithTestResource(OidcWiremockTestResource.class)
class SupportTranslationTest {

    private static final String RESOURCES = "/v1/support-resources";
    private static final String ICELANDIC = "Trúnaðarstuðningur fyrir fólk í erfiðu eða óöruggu sambandi.";
    private static final String SPANISH = "Apoyo confidencial para personas en una relación difícil o insegura.";

    @Inject
    @Any
    Instance<TranslationCoverage> coverages;

    @Inject
    org.hibernate.SessionFactory sessionFactory;

    private final Actor admin = Actor.withRoles("Admin", "admin");

    private static Map<String, Object> resource(String country, String language, String name, String description) {
        Map<String, Object> body = new HashMap<>();
        body.put("country", country);
        body.put("language", language);
        body.put("kind", "hotline");
        body.put("name", name);
        body.put("description", description);
        body.put("phone", "+354 555 0100");
        return body;
    }

    private String add(Map<String, Object> body) {
        return admin.post(RESOURCES, body).statusCode(201).extract().path("id");
    }

    private static ValidatableResponse send(Actor actor, String method, String path, String ifMatch, Object body) {
        var request = given().auth().oauth2(actor.token());
        if (ifMatch != null) {
            request = request.header("If-Match", ifMatch);
        }
        if (body != null) {
            request = request.contentType(ContentType.JSON).body(body);
        }
        return request.when().request(method, path).then();
    }

    private static ValidatableResponse read(Actor reader, String path, String acceptLanguage) {
        var request = given().auth().oauth2(reader.token());
        if (acceptLanguage != null) {
            request = request.header("Accept-Language", acceptLanguage);
        }
        return request.when().get(path).then().statusCode(200).header("Vary", containsString("Accept-Language"));
    }

    private static Map<String, Object> text(String description) {
        return Map.of("description", description);
    }

    private static Map<String, Object> status(String status) {
        return Map.of("status", status);
    }

    /** What the coverage report is told about one resource in one language. */
    private TranslationStatus coverage(String resourceId, String language) {
        List<TranslationState> found = coverages.stream().flatMap(coverage -> coverage.states(language).stream())
                .filter(state -> state.kind().equals("supportResource") && state.item().equals(resourceId)).toList();
        assertEquals(1, found.size(), "one state per resource: " + found);
        return found.get(0).state();
    }

    @Test
    void aPublishedTranslationReachesReadersOfItsLanguageUntilTheDescriptionChanges() {
        String suffix = UUID.randomUUID().toString();
        Map<String, Object> body = resource("IS", "is", "A hjálparlína " + suffix, ICELANDIC);
        String id = add(body);
        String other = add(resource("IS", "is", "B hjálparlína " + suffix, ICELANDIC));
        String path = RESOURCES + "/" + id;
        String translation = path + "/translations/es";
        Actor reader = Actor.user("Sam");
        assertEquals(TranslationStatus.MISSING, coverage(id, "es"));
        assertEquals(TranslationStatus.PUBLISHED, coverage(id, "is"), "written in Icelandic, it is complete in it");

        // A new translation is a draft: readers still get the resource's own description.
        admin.put(translation, text(SPANISH)).statusCode(201)
                .header("Location", endsWith(translation)).header("ETag", equalTo("\"1\""))
                .body("language", equalTo("es")).body("description", equalTo(SPANISH))
                .body("status", equalTo("draft")).body("stale", is(false)).body("updatedAt", notNullValue());
        read(reader, path, "es").header("Content-Language", equalTo("is"))
                .body("description", equalTo(ICELANDIC)).body("descriptionLanguage", equalTo("is"));
        assertEquals(TranslationStatus.DRAFT, coverage(id, "es"));
        admin.get(path + "/translations").statusCode(200).body("items.language", equalTo(List.of("es")))
                .body("items[0].status", equalTo("draft")).body("items[0].stale", is(false))
                .body("nextCursor", nullValue());

        // Published, it reaches readers of Spanish, and only them.
        send(admin, "PUT", translation + "/status", "\"1\"", status("published")).statusCode(200)
                .header("ETag", equalTo("\"2\"")).body("status", equalTo("published"));
        String translatedTag = read(reader, path, "es").header("Content-Language", equalTo("es"))
                .header("ETag", endsWith("-es\"")).body("description", equalTo(SPANISH))
                .body("descriptionLanguage", equalTo("es")).body("language", equalTo("is"))
                .body("name", equalTo(body.get("name"))).extract().header("ETag");
        read(reader, path, "de, es;q=0.5").body("descriptionLanguage", equalTo("es"));
        read(reader, path, "fr").header("Content-Language", equalTo("is")).body("description", equalTo(ICELANDIC));
        Actor spanishProfile = new Actor("Ana-" + UUID.randomUUID(), null);
        String localeToken = Tokens.sign(Tokens.claims(spanishProfile.subject(), "user").claim("locale", "es-ES"));
        given().auth().oauth2(localeToken).when().get(path).then().statusCode(200)
                .header("Content-Language", equalTo("es")).body("descriptionLanguage", equalTo("es"));
        assertEquals(TranslationStatus.PUBLISHED, coverage(id, "es"));

        // In the list each item says its language, and the page names every language present.
        String list = RESOURCES + "?country=IS&language=is&limit=100";
        read(reader, list, "es").header("Content-Language", equalTo("es, is"))
                .body("items.find { it.id == '" + id + "' }.description", equalTo(SPANISH))
                .body("items.find { it.id == '" + other + "' }.descriptionLanguage", equalTo("is"));
        read(reader, RESOURCES + "?country=IS&language=is&limit=1", "es").header("Content-Language", equalTo("es"))
                .body("items[0].id", equalTo(id));
        // Filtering by language is by the language a resource serves in, never by its translations.
        read(reader, RESOURCES + "?country=IS&language=es&limit=100", "es").body("items.id", not(hasItem(id)))
                .body("items.language", everyItem(containsString("es")));

        // A translated read is not a basis for editing the resource's own description.
        Map<String, Object> edit = new HashMap<>(body);
        edit.put("description", ICELANDIC + " Opið alla daga.");
        assertProblem(send(admin, "PUT", path, translatedTag, edit), 412, "precondition-failed")
                .body("detail", containsString("translation"));
        String sourceTag = read(admin, path, "is").header("Content-Language", equalTo("is")).extract().header("ETag");
        send(admin, "PUT", path, sourceTag, edit).statusCode(200).body("descriptionLanguage", equalTo("is"));

        // The description changed: the translation is stale, readers get the new description, and it is not
        // published again until it is brought up to date.
        read(reader, path, "es").header("Content-Language", equalTo("is"))
                .body("description", equalTo(edit.get("description")));
        admin.get(translation).statusCode(200).header("ETag", equalTo("\"2\"")).body("stale", is(true))
                .body("status", equalTo("published"));
        admin.get(path + "/translations").statusCode(200).body("items[0].stale", is(true));
        assertEquals(TranslationStatus.STALE, coverage(id, "es"));
        assertProblem(send(admin, "PUT", translation + "/status", "\"2\"", status("published")), 409,
                "translation-stale");

        // Replacing needs the current ETag; it makes a fresh draft from the new description.
        assertProblem(send(admin, "PUT", translation, null, text(SPANISH + " Abierto todos los días.")), 428,
                "precondition-required");
        assertProblem(send(admin, "PUT", translation, "\"1\"", text(SPANISH + " Abierto todos los días.")), 412,
                "precondition-failed");
        send(admin, "PUT", translation, "\"2\"", text(SPANISH + " Abierto todos los días.")).statusCode(200)
                .header("ETag", equalTo("\"3\"")).body("status", equalTo("draft")).body("stale", is(false));
        assertEquals(TranslationStatus.DRAFT, coverage(id, "es"));
        assertProblem(send(admin, "PUT", translation + "/status", null, status("published")), 428,
                "precondition-required");
        assertProblem(send(admin, "PUT", translation + "/status", "\"2\"", status("published")), 412,
                "precondition-failed");
        send(admin, "PUT", translation + "/status", "\"3\"", status("published")).statusCode(200)
                .header("ETag", equalTo("\"4\""));
        read(reader, path, "es").body("description", equalTo(SPANISH + " Abierto todos los días."));

        // Deleting needs the ETag too; readers get the resource's own description again.
        assertProblem(send(admin, "DELETE", translation, null, null), 428, "precondition-required");
        assertProblem(send(admin, "DELETE", translation, "\"3\"", null), 412, "precondition-failed");
        send(admin, "DELETE", translation, "\"4\"", null).statusCode(204);
        assertProblem(admin.get(translation), 404, "not-found");
        read(reader, path, "es").header("Content-Language", equalTo("is")).body("descriptionLanguage", equalTo("is"));
        assertEquals(TranslationStatus.MISSING, coverage(id, "es"));
    }

    @Test
    void translatedPagesCostTheSameStatementsWhateverTheirSize() {
        for (int i = 0; i < 3; i++) {
            String id = add(resource("LU", "lb", "Hëllefslinn " + i + " " + UUID.randomUUID(), "Vertraulech Hëllef."));
            String translation = RESOURCES + "/" + id + "/translations/es";
            admin.put(translation, text(SPANISH)).statusCode(201);
            send(admin, "PUT", translation + "/status", "\"1\"", status("published")).statusCode(200);
        }
        Actor reader = Actor.user("Sam");
        String list = RESOURCES + "?country=LU&language=lb";
        read(reader, list, "fr"); // the caller's first request may set up what any first request does
        // French fits none of them: the caller's profile is asked, once for the page.
        long one = statements(() -> read(reader, list + "&limit=1", "fr").header("Content-Language", equalTo("lb"))
                .body("nextCursor", notNullValue()));
        long many = statements(() -> read(reader, list + "&limit=100", "fr").body("items.size()", equalTo(3)));
        assertEquals(one, many, "a longer page of translated resources runs no more statements");
        read(reader, list + "&limit=100", "es").header("Content-Language", equalTo("es"))
                .body("items.descriptionLanguage", everyItem(equalTo("es")));
    }

    private long statements(Runnable request) {
        org.hibernate.stat.Statistics statistics = sessionFactory.getStatistics();
        statistics.clear();
        request.run();
        return statistics.getPrepareStatementCount();
    }

    @Test
    void onlyAdminsTranslateAndOnlyIntoAnotherLanguageOfAResourceThatExists() {
        String id = add(resource("MT", "mt", "Linja ta' għajnuna " + UUID.randomUUID(), "Appoġġ kunfidenzjali."));
        String path = RESOURCES + "/" + id + "/translations";
        admin.put(path + "/en", text("Confidential support.")).statusCode(201);

        for (Actor other : List.of(Actor.user("Sam"), Actor.counselor("Dana"))) {
            assertProblem(other.get(path), 403, "forbidden");
            assertProblem(other.get(path + "/en"), 403, "forbidden");
            assertProblem(other.put(path + "/de", text("Vertrauliche Hilfe.")), 403, "forbidden");
            assertProblem(send(other, "PUT", path + "/en/status", "\"1\"", status("published")), 403, "forbidden");
            assertProblem(send(other, "DELETE", path + "/en", "\"1\"", null), 403, "forbidden");
        }
        admin.get(path + "/en").statusCode(200).header("ETag", equalTo("\"1\"")).body("status", equalTo("draft"));

        // A translation is into another language than the resource's own, under a tag such as es or pt-BR; a tag
        // that cannot name one finds none.
        assertProblem(admin.put(path + "/mt", text("Appoġġ.")), 422, "validation-failed")
                .body("errors[0].field", equalTo("language")).body("errors[0].code", equalTo("source-language"));
        assertProblem(admin.put(path + "/ES", text("Apoyo.")), 422, "validation-failed")
                .body("errors[0].field", equalTo("language")).body("errors[0].code", equalTo("invalid-language"));
        assertProblem(admin.put(path + "/spanish", text("Apoyo.")), 422, "validation-failed")
                .body("errors[0].code", equalTo("invalid-language"));
        assertProblem(send(admin, "PUT", path + "/mt/status", "\"1\"", status("published")), 404, "not-found");
        assertProblem(admin.get(path + "/en-us"), 404, "not-found");
        assertProblem(send(admin, "PUT", path + "/EN/status", "\"1\"", status("published")), 404, "not-found");
        assertProblem(send(admin, "DELETE", path + "/e", "\"1\"", null), 404, "not-found");
        assertProblem(admin.put(path + "/es", text("  ")), 422, "validation-failed")
                .body("errors[0].field", equalTo("/description"));
        assertProblem(admin.put(path + "/es", text("x".repeat(601))), 422, "validation-failed")
                .body("errors[0].code", equalTo("too-long"));
        assertProblem(send(admin, "PUT", path + "/es", "\"1\"", text("Apoyo.")), 412, "precondition-failed");
        assertProblem(send(admin, "PUT", path + "/en/status", "\"1\"", Map.of()), 422, "validation-failed")
                .body("errors[0].field", equalTo("/status"));
        assertProblem(admin.get(path + "/es"), 404, "not-found");

        String unknown = RESOURCES + "/" + UUID.randomUUID() + "/translations";
        assertProblem(admin.get(unknown), 404, "not-found");
        assertProblem(admin.get(unknown + "/es"), 404, "not-found");
        assertProblem(admin.put(unknown + "/es", text("Apoyo.")), 404, "not-found");
        assertProblem(send(admin, "PUT", unknown + "/es/status", "\"1\"", status("published")), 404, "not-found");
        assertProblem(send(admin, "DELETE", unknown + "/es", "\"1\"", null), 404, "not-found");
        assertProblem(admin.put(RESOURCES + "/not-an-id/translations/es", text("Apoyo.")), 404, "not-found");

        // Translations come a page at a time, by language tag.
        admin.put(path + "/de", text("Vertrauliche Hilfe.")).statusCode(201);
        String cursor = admin.get(path + "?limit=1").statusCode(200).body("items.language", equalTo(List.of("de")))
                .body("nextCursor", notNullValue()).extract().path("nextCursor");
        admin.get(path + "?limit=1&cursor=" + cursor).statusCode(200).body("items.language", equalTo(List.of("en")))
                .body("nextCursor", nullValue());
        assertProblem(admin.get(path + "?limit=0"), 400, "invalid-parameter");

        // A retired resource's translations can be read but no longer changed; it leaves the coverage report.
        admin.delete(RESOURCES + "/" + id).statusCode(204);
        admin.get(path).statusCode(200).body("items.language", equalTo(List.of("de", "en")));
        assertProblem(send(admin, "PUT", path + "/en", "\"1\"", text("Support.")), 409, "resource-retired");
        assertProblem(send(admin, "PUT", path + "/en/status", "\"1\"", status("published")), 409,
                "resource-retired");
        assertProblem(send(admin, "DELETE", path + "/en", "\"1\"", null), 409, "resource-retired");
        assertEquals(0, coverages.stream().flatMap(coverage -> coverage.states("en").stream())
                .filter(state -> state.item().equals(id)).count());
    }
}
