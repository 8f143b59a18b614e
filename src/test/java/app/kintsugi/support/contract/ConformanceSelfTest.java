package app.kintsugi.support.contract;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.util.Map;
import java.util.function.Function;

import org.junit.jupiter.api.Test;

/**
 * The harness itself: each kind of defect the contract issue lists is caught when it is put into an answer by hand,
 * against the committed contract. Without this, a harness that checked nothing would look like a conforming API.
 */
class ConformanceSelfTest {

    private static final String COUPLE = "/v1/couples/7e245523-d3e7-4108-8c12-5b9f93e8128d";
    private static final String SLIP = """
            {"id":"3e8a1c5b-7d2f-4b6e-9a0c-8f1d2e3b4c5a","authorId":"7b0f5a52-2f7e-4d8a-9b1e-5c3f2a9d8e61",
             "authorName":"Sam","yours":true,"text":"Phones away","createdAt":"2026-11-23T19:05:00Z"}""";

    private static Conformance.Exchange answer(String method, String path, int status, String contentType, String body,
            Map<String, String> headers) {
        Function<String, String> header = name -> headers.entrySet().stream()
                .filter(entry -> entry.getKey().equalsIgnoreCase(name)).map(Map.Entry::getValue).findFirst()
                .orElse(null);
        return new Conformance.Exchange(method, URI.create("http://localhost" + path), null, null, status, contentType,
                body, header);
    }

    private static Conformance.Exchange json(String path, int status, String body) {
        return answer("GET", path, status, "application/json", body, Map.of("X-Request-Id", "r-1234567"));
    }

    private static String failure(Conformance.Exchange exchange) {
        return assertThrows(AssertionError.class, () -> Conformance.checkUnrecorded(exchange)).getMessage();
    }

    @Test
    void aConformingAnswerPasses() {
        assertDoesNotThrow(
                () -> Conformance.checkUnrecorded(json(COUPLE + "/jar-slips", 200, "{\"items\":[" + SLIP + "]}")));
    }

    @Test
    void aNullWhereTheSchemaSaysAbsentIsCaught() {
        assertTrue(failure(json(COUPLE + "/jar-slips", 200, "{\"items\":[],\"nextCursor\":null}"))
                .contains("nextCursor"));
    }

    @Test
    void anUndocumentedPropertyAMissingRequiredOneAndAWrongFormatAreCaught() {
        assertTrue(failure(json(COUPLE + "/jar-slips", 200, "{\"items\":[],\"secret\":1}")).contains("secret"));
        assertTrue(failure(json(COUPLE + "/jar-slips", 200, "{}")).contains("items"));
        assertTrue(failure(json(COUPLE + "/jar-slips", 200,
                "{\"items\":[" + SLIP.replace("2026-11-23T19:05:00Z", "yesterday") + "]}")).contains("createdAt"));
    }

    @Test
    void anUndocumentedStatusIsCaught() {
        assertTrue(failure(json(COUPLE + "/jar-slips", 418, "{}")).contains("status 418 is not documented"));
    }

    @Test
    void anUndocumentedProblemCodeIsCaught() {
        String problem = """
                {"type":"https://kintsugi.app/problems/no-such-code","title":"Conflict","status":409,
                 "code":"no-such-code","requestId":"r-1234567"}""";
        assertTrue(failure(answer("POST", COUPLE + "/jar-slips", 409, "application/problem+json", problem,
                Map.of("X-Request-Id", "r-1234567"))).contains("'no-such-code' is not documented"));
    }

    @Test
    void anUndocumentedHeaderIsCaught() {
        assertTrue(failure(answer("GET", COUPLE + "/jar-slips", 200, "application/json", "{\"items\":[]}",
                Map.of("X-Request-Id", "r-1234567", "Retry-After", "5"))).contains("Retry-After"));
    }

    @Test
    void aMethodOrPathOutsideTheContractMustBeAProblem() {
        assertTrue(failure(answer("GET", "/v1/no-such-things", 200, "application/json", "{}", Map.of()))
                .contains("404 was expected"));
        assertTrue(failure(answer("GET", "/v1/no-such-things", 404, "text/html", "<html/>", Map.of()))
                .contains("application/problem+json"));
    }
}
