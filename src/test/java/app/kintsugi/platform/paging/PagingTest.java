package app.kintsugi.platform.paging;

import static app.kintsugi.support.ProblemAssertions.assertProblem;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.Base64;
import java.util.List;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.restassured.path.json.JsonPath;

import app.kintsugi.platform.problem.ProblemException;
import app.kintsugi.reference.TimeZones;
import app.kintsugi.support.Tokens;

/** The cursor helper, alone and through a real list ({@code GET /v1/time-zones}). */
@QuarkusTest
@WithTestResource(OidcWiremockTestResource.class)
class PagingTest {

    @Inject
    Paging paging;

    @Test
    void walkingAllPagesServesEveryItemOnceInOrder() {
        String token = Tokens.person("user");
        List<String> seen = new ArrayList<>();
        String cursor = null;
        int pages = 0;
        do {
            var request = given().auth().oauth2(token).queryParam("limit", 100);
            if (cursor != null) {
                request.queryParam("cursor", cursor);
            }
            JsonPath page = request.when().get("/v1/time-zones").then().statusCode(200).extract().jsonPath();
            seen.addAll(page.getList("items.id"));
            cursor = page.getString("nextCursor");
            pages++;
        } while (cursor != null && pages < 50);
        assertEquals(TimeZones.SUPPORTED, seen);
        assertEquals((TimeZones.SUPPORTED.size() + 99) / 100, pages);
    }

    @Test
    void theLastPageHasNoCursor() {
        int total = TimeZones.SUPPORTED.size();
        String token = Tokens.person("user");
        String cursor = paging.encode("time-zones", List.of(TimeZones.SUPPORTED.get(total - 3)));
        given().auth().oauth2(token).queryParam("limit", 5).queryParam("cursor", cursor)
                .when().get("/v1/time-zones").then()
                .statusCode(200)
                .body("items", hasSize(2))
                .body("nextCursor", nullValue());
    }

    @Test
    void theDefaultPageSizeIsTwenty() {
        given().auth().oauth2(Tokens.person("user")).when().get("/v1/time-zones").then()
                .statusCode(200)
                .body("items", hasSize(PageRequest.DEFAULT_LIMIT));
    }

    @ParameterizedTest
    @ValueSource(strings = {"0", "101", "-1", "ten", "1.5", "9999999999"})
    void limitsOutOfRangeAreRefused(String limit) {
        assertProblem(given().auth().oauth2(Tokens.person("user")).queryParam("limit", limit)
                .when().get("/v1/time-zones").then(), 400, "invalid-parameter")
                .body("errors[0].field", org.hamcrest.Matchers.equalTo("limit"));
    }

    @Test
    void aTamperedCursorIsRefused() {
        String genuine = paging.encode("time-zones", List.of("Europe/Lisbon"));
        String payload = genuine.substring(0, genuine.indexOf('.'));
        String forgedPayload = Base64.getUrlEncoder().withoutPadding()
                .encodeToString("{\"list\":\"time-zones\",\"after\":[\"A\"]}".getBytes());
        for (String cursor : List.of(forgedPayload + genuine.substring(genuine.indexOf('.')), payload + ".AAAA",
                payload, "not a cursor", genuine + "x")) {
            assertProblem(given().auth().oauth2(Tokens.person("user")).queryParam("cursor", cursor)
                    .when().get("/v1/time-zones").then(), 400, "invalid-parameter")
                    .body("errors[0].code", org.hamcrest.Matchers.equalTo("invalid-cursor"));
        }
    }

    @Test
    void aCursorOfAnotherListIsRefused() {
        String foreign = paging.encode("journal-entries", List.of("Europe/Lisbon"));
        assertThrows(ProblemException.class, () -> paging.request("time-zones", null, foreign));
        assertEquals(List.of("Europe/Lisbon"), paging.request("journal-entries", null, foreign).after().orElseThrow());
    }

    @Test
    void pagesAreCutFromOneExtraRow() {
        PageRequest request = paging.request("letters", "2", null);
        assertEquals(3, request.fetchSize());
        Page<String> full = paging.page("letters", request, List.of("a", "b", "c"), List::of);
        assertEquals(List.of("a", "b"), full.items());
        assertEquals(List.of("b"), paging.request("letters", null, full.nextCursor()).after().orElseThrow());
        Page<String> last = paging.page("letters", request, List.of("a", "b"), List::of);
        assertEquals(null, last.nextCursor());
    }
}
