package app.kintsugi.helpline;

import static app.kintsugi.support.ProblemAssertions.assertProblem;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.oneOf;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.ValidatableResponse;

import app.kintsugi.support.Couples;
import app.kintsugi.support.Couples.Actor;
import app.kintsugi.support.Couples.Pair;
import app.kintsugi.support.Tokens;

@QuarkusTest
@WithTestResource(OidcWiremockTestResource.class)
class SupportResourceTest {

    private static final String RESOURCES = "/v1/support-resources";
    /** The international directory every deployment starts with (V11). */
    private static final String FIND_A_HELPLINE = "5a0c3e1f-8b7d-4c2a-9e6f-1d4b8a2c7e90";

    @Inject
    org.hibernate.SessionFactory sessionFactory;

    private final Actor admin = Actor.withRoles("Admin", "admin");

    private static Map<String, Object> resource(String country, String language, String kind, String name) {
        Map<String, Object> body = new HashMap<>();
        body.put("country", country);
        body.put("language", language);
        body.put("kind", kind);
        body.put("name", name);
        body.put("description", "Confidential support for people in a hard or unsafe relationship.");
        body.put("phone", "+351 555 0100");
        body.put("url", "https://support.example.org/" + country.toLowerCase());
        body.put("hours", "Every day, 09:00–23:00");
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

    /** Every id of a list, page by page. */
    private static List<String> allPages(Actor reader, String query, int limit) {
        List<String> ids = new ArrayList<>();
        String cursor = null;
        for (int page = 0; page < 100; page++) {
            String path = RESOURCES + "?" + query + "&limit=" + limit + (cursor == null ? "" : "&cursor=" + cursor);
            JsonPath json = reader.get(path).statusCode(200).extract().jsonPath();
            ids.addAll(json.getList("items.id"));
            cursor = json.getString("nextCursor");
            if (cursor == null) {
                return ids;
            }
        }
        throw new AssertionError("the list never ended");
    }

    @Test
    void aPersonFindsTheirCountrysResourcesFirstAndTheInternationalOnesAfter() {
        String suffix = UUID.randomUUID().toString();
        String linha = add(resource("PT", "pt-PT", "hotline", "Linha de apoio " + suffix));
        String apoio = add(resource("PT", "pt", "crisisLine", "Apoio imediato " + suffix));
        String spain = add(resource("ES", "es", "hotline", "Línea de ayuda " + suffix));
        String world = add(resource("ZZ", "en", "textLine", "Aaa text line " + suffix));

        Actor reader = Actor.user("Sam");
        JsonPath portugal = reader.get(RESOURCES + "?country=pt&limit=100").statusCode(200)
                .header("Cache-Control", containsString("no-store"))
                .body("items.country", everyItem(oneOf("PT", "ZZ")))
                .body("items.id", hasItems(linha, apoio, world, FIND_A_HELPLINE))
                .body("items.id", not(hasItem(spain)))
                .extract().jsonPath();
        List<String> ids = portugal.getList("items.id");
        List<String> countries = portugal.getList("items.country");
        assertTrue(countries.lastIndexOf("PT") < countries.indexOf("ZZ"), "the country's own come first: " + countries);
        assertTrue(ids.indexOf(apoio) < ids.indexOf(linha), "by name within the country");
        Map<String, Object> shown = portugal.getMap("items.find { it.id == '" + linha + "' }");
        assertEquals("Linha de apoio " + suffix, shown.get("name"));
        assertEquals("hotline", shown.get("kind"));
        assertEquals("+351 555 0100", shown.get("phone"));
        assertEquals("https://support.example.org/pt", shown.get("url"));
        assertEquals(false, shown.get("international"));
        assertEquals(false, shown.get("available24h"));

        // Page by page, the same list in the same order, whatever the page size.
        assertEquals(ids, allPages(reader, "country=PT", 1));
        assertEquals(ids, allPages(reader, "country=PT", 2));

        // Filters: language by primary subtag, kind exactly.
        reader.get(RESOURCES + "?country=PT&language=pt-BR&limit=100").statusCode(200)
                .body("items.id", hasItems(linha, apoio)).body("items.language", everyItem(oneOf("pt", "pt-PT")));
        reader.get(RESOURCES + "?country=PT&kind=crisisLine&limit=100").statusCode(200)
                .body("items.id", hasItem(apoio)).body("items.kind", everyItem(equalTo("crisisLine")));
        reader.get(RESOURCES + "?country=ZZ&limit=100").statusCode(200)
                .body("items.international", everyItem(is(true))).body("items.id", hasItems(world, FIND_A_HELPLINE));

        // Without a country and without a profile locale that names one: international first, then every country.
        JsonPath everywhere = Actor.withRoles("Platform", "service").get(RESOURCES + "?limit=100").statusCode(200)
                .body("items[0].international", is(true)).extract().jsonPath();
        assertTrue(everywhere.getList("items.id").containsAll(List.of(linha, apoio, spain, world, FIND_A_HELPLINE)));
        List<String> all = everywhere.getList("items.country");
        assertTrue(all.lastIndexOf("ZZ") < all.indexOf("ES") && all.indexOf("ES") < all.indexOf("PT"), "" + all);

        // A person whose profile locale is pt-BR gets Brazil first without asking.
        String brazil = add(resource("BR", "pt-BR", "hotline", "Central de apoio " + suffix));
        String subject = "Rafa-" + UUID.randomUUID();
        Actor rafa = new Actor(subject, Tokens.sign(Tokens.claims(subject, "user").claim("given_name", "Rafa")
                .claim("locale", "pt-BR")));
        rafa.get("/v1/me").statusCode(200).body("locale", equalTo("pt-BR"));
        rafa.get(RESOURCES + "?limit=100").statusCode(200).body("items[0].country", equalTo("BR"))
                .body("items.id", hasItems(brazil, FIND_A_HELPLINE))
                .body("items.country", everyItem(oneOf("BR", "ZZ")));

        // Counselors read it too; one resource on its own carries its ETag.
        Actor.counselor("Dana").get(RESOURCES + "/" + FIND_A_HELPLINE).statusCode(200)
                .header("ETag", notNullValue()).body("url", equalTo("https://findahelpline.com"))
                .body("international", is(true)).body("retiredAt", nullValue());
    }

    @Test
    void readingLeavesNoTraceForPartnersOrCounselorsAndCostsTheSameStatementsWhateverThePageSize() {
        Pair pair = Couples.pair();
        Actor counselor = Actor.counselor("Rivera");
        List<String> all = List.of("progress", "sharedJournal", "sessions", "commitments", "agreements");
        Couples.grant(pair, counselor, all, all);
        String couple = "/v1/couples/" + pair.coupleId();
        counselor.get(couple).statusCode(200);
        int logged = pair.b().get(couple + "/access-log?limit=100").statusCode(200).extract().jsonPath()
                .getList("items").size();
        for (int i = 0; i < 3; i++) {
            add(resource("NZ", "en", "hotline", "Helpline " + i + " " + UUID.randomUUID()));
        }

        for (Actor reader : List.of(pair.a(), pair.b(), counselor)) {
            reader.get(RESOURCES + "?country=NZ").statusCode(200);
            reader.get(RESOURCES + "/" + FIND_A_HELPLINE).statusCode(200);
        }
        // Neither partner sees anything of it, and the counselor's reads of the directory are not reads of the couple.
        for (Actor partner : List.of(pair.a(), pair.b())) {
            partner.get(couple + "/access-log?limit=100").statusCode(200).body("items.size()", equalTo(logged));
        }

        long one = statements(() -> pair.a().get(RESOURCES + "?country=NZ&limit=1").statusCode(200)
                .body("nextCursor", notNullValue()));
        long many = statements(() -> pair.a().get(RESOURCES + "?country=NZ&limit=100").statusCode(200)
                .body("items.size()", org.hamcrest.Matchers.greaterThanOrEqualTo(4)));
        assertEquals(one, many, "a longer page runs no more statements");
    }

    private long statements(Runnable request) {
        org.hibernate.stat.Statistics statistics = sessionFactory.getStatistics();
        statistics.clear();
        request.run();
        return statistics.getPrepareStatementCount();
    }

    @Test
    void adminsCurateWithETagsAndEveryoneElseOnlyReads() {
        Map<String, Object> body = resource("IE", "en-IE", "textLine", "Text support " + UUID.randomUUID());
        var created = admin.post(RESOURCES, body).statusCode(201)
                .header("Location", containsString(RESOURCES + "/")).header("ETag", notNullValue())
                .body("country", equalTo("IE")).body("language", equalTo("en-IE")).body("kind", equalTo("textLine"))
                .body("hours", equalTo("Every day, 09:00–23:00")).extract();
        String id = created.path("id");
        String etag = created.header("ETag");
        String path = RESOURCES + "/" + id;
        Actor reader = Actor.user("Alex");
        reader.get(path).statusCode(200).header("ETag", equalTo(etag)).body("name", equalTo(body.get("name")));

        // Only admins write.
        assertProblem(reader.post(RESOURCES, body), 403, "forbidden");
        assertProblem(send(reader, "PUT", path, etag, body), 403, "forbidden");
        assertProblem(reader.delete(path), 403, "forbidden");
        assertProblem(Actor.counselor("Dana").post(RESOURCES, body), 403, "forbidden");
        assertProblem(Actor.anonymous().get(RESOURCES), 401, "unauthorized");

        // Replacing needs the current ETag and replaces every field.
        Map<String, Object> edit = new HashMap<>(body);
        edit.remove("hours");
        edit.put("available24h", true);
        assertProblem(send(admin, "PUT", path, null, edit), 428, "precondition-required");
        assertProblem(send(admin, "PUT", path, "\"stale\"", edit), 412, "precondition-failed");
        String edited = send(admin, "PUT", path, etag, edit).statusCode(200).header("ETag", not(equalTo(etag)))
                .body("available24h", is(true)).body("hours", nullValue()).extract().header("ETag");
        assertProblem(send(admin, "PUT", path, etag, edit), 412, "precondition-failed");
        reader.get(path).statusCode(200).header("ETag", equalTo(edited));
        reader.get(path).statusCode(200).body("available24h", is(true)).body("$", not(org.hamcrest.Matchers
                .hasKey("hours")));
        Map<String, Object> bad = new HashMap<>(edit);
        bad.put("country", "XX");
        assertProblem(send(admin, "PUT", path, edited, bad), 422, "validation-failed")
                .body("errors[0].field", equalTo("/country"));
        reader.get(path).statusCode(200).body("country", equalTo("IE"));

        // Retiring hides it from everyone but admins; again changes nothing; a retired one is not edited.
        assertProblem(send(admin, "DELETE", path, etag, null), 412, "precondition-failed");
        admin.delete(path).statusCode(204);
        admin.delete(path).statusCode(204);
        assertProblem(reader.get(path), 404, "not-found");
        reader.get(RESOURCES + "?country=IE&limit=100").statusCode(200).body("items.id", not(hasItem(id)));
        String retired = admin.get(path).statusCode(200).body("retiredAt", notNullValue()).extract().header("ETag");
        assertProblem(send(admin, "PUT", path, retired, edit), 409, "resource-retired");

        assertProblem(admin.get(RESOURCES + "/not-an-id"), 404, "not-found");
        assertProblem(admin.get(RESOURCES + "/" + UUID.randomUUID()), 404, "not-found");
        assertProblem(admin.delete(RESOURCES + "/" + UUID.randomUUID()), 404, "not-found");
    }

    @Test
    void aRetriedCreateAddsOneResource() {
        Map<String, Object> body = resource("NO", "nb", "supportGroup", "Peer group " + UUID.randomUUID());
        String key = UUID.randomUUID().toString();
        String first = given().auth().oauth2(admin.token()).header("Idempotency-Key", key).contentType(ContentType.JSON)
                .body(body).when().post(RESOURCES).then().statusCode(201).extract().path("id");
        given().auth().oauth2(admin.token()).header("Idempotency-Key", key).contentType(ContentType.JSON).body(body)
                .when().post(RESOURCES).then().statusCode(201).header("Idempotent-Replayed", "true")
                .body("id", equalTo(first));
        Actor.user("Sam").get(RESOURCES + "?country=NO&limit=100").statusCode(200)
                .body("items.findAll { it.name == '" + body.get("name") + "' }.size()", equalTo(1));
    }

    @Test
    void invalidResourcesAreRefusedFieldByField() {
        Map<String, Object> bad = new HashMap<>();
        bad.put("country", "Portugal");
        bad.put("language", "not a language");
        bad.put("kind", "hotline");
        bad.put("name", "  ");
        bad.put("description", "Fine.");
        bad.put("url", "http://support.example.org");
        bad.put("phone", "call us");
        assertProblem(admin.post(RESOURCES, bad), 422, "validation-failed")
                .body("errors.field", hasItems("/country", "/language", "/name", "/url", "/phone"))
                .body("errors.find { it.field == '/url' }.code", equalTo("invalid-url"))
                .body("errors.find { it.field == '/phone' }.code", equalTo("invalid-phone"));

        Map<String, Object> noContact = resource("PT", "pt", "hotline", "No way to reach it");
        noContact.remove("phone");
        noContact.remove("url");
        assertProblem(admin.post(RESOURCES, noContact), 422, "validation-failed")
                .body("errors[0].field", equalTo("/phone")).body("errors[0].code", equalTo("contact-required"));

        Map<String, Object> lowerCase = resource("pt", "pt", "hotline", "Lower-case country");
        assertProblem(admin.post(RESOURCES, lowerCase), 422, "validation-failed")
                .body("errors[0].field", equalTo("/country")).body("errors[0].code", equalTo("unknown-country"));

        Map<String, Object> therapy = resource("PT", "pt", "therapy", "Unknown kind");
        assertProblem(admin.post(RESOURCES, therapy), 422, "validation-failed")
                .body("errors[0].field", equalTo("/kind"));
        assertProblem(admin.post(RESOURCES, Map.of()), 422, "validation-failed")
                .body("errors.field", hasItems("/country", "/language", "/kind", "/name", "/description"));
    }

    @Test
    void badQueriesAnswer400NamingTheParameter() {
        Actor reader = Actor.user("Sam");
        assertProblem(reader.get(RESOURCES + "?country=XX"), 400, "invalid-parameter")
                .body("errors[0].field", equalTo("country")).body("errors[0].code", equalTo("unknown-country"));
        assertProblem(reader.get(RESOURCES + "?country=PRT"), 400, "invalid-parameter")
                .body("errors[0].field", equalTo("country"));
        assertProblem(reader.get(RESOURCES + "?language=12"), 400, "invalid-parameter")
                .body("errors[0].field", equalTo("language"));
        assertProblem(reader.get(RESOURCES + "?kind=therapy"), 400, "invalid-parameter")
                .body("errors[0].field", equalTo("kind"));
        assertProblem(reader.get(RESOURCES + "?limit=0"), 400, "invalid-parameter")
                .body("errors[0].field", equalTo("limit"));
        assertProblem(reader.get(RESOURCES + "?countries=PT"), 400, "unknown-query-parameter");

        // A cursor belongs to the list it came from, filters included.
        add(resource("PT", "pt", "hotline", "Another line " + UUID.randomUUID()));
        String cursor = reader.get(RESOURCES + "?country=PT&limit=1").statusCode(200).extract().path("nextCursor");
        assertProblem(reader.get(RESOURCES + "?country=ES&cursor=" + cursor), 400, "invalid-parameter")
                .body("errors[0].field", equalTo("cursor"));
        reader.get(RESOURCES + "?country=PT&limit=1&cursor=" + cursor).statusCode(200)
                .body("items", not(empty()));
    }

    @Test
    void aResourceThatIsNotThereIsNotReplaced() {
        Map<String, Object> body = resource("IE", "en-IE", "textLine", "Nowhere " + UUID.randomUUID());
        assertProblem(send(admin, "PUT", RESOURCES + "/" + UUID.randomUUID(), "\"1\"", body), 404, "not-found");
    }
}
