package app.kintsugi.platform.openapi;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLGenerator;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.restassured.path.json.JsonPath;

/**
 * The committed contract ({@code openapi/}) is what the service serves, and every operation in it is complete. Refresh
 * the files with the command in the README when this fails after an intended change.
 */
@QuarkusTest
@WithTestResource(OidcWiremockTestResource.class)
class OpenApiContractTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    /** Served on the management interface only, never on the API's port. */
    @TestHTTPResource(value = "/openapi", management = true)
    URL document;
    // Every string quoted (no MINIMIZE_QUOTES); texts of several lines as literal blocks, so they stay readable.
    private static final ObjectMapper YAML = new ObjectMapper(YAMLFactory.builder()
            .disable(YAMLGenerator.Feature.WRITE_DOC_START_MARKER)
            .enable(YAMLGenerator.Feature.LITERAL_BLOCK_STYLE)
            .build());
    private static final Path JSON_FILE = Path.of("openapi/openapi.json");
    private static final Path YAML_FILE = Path.of("openapi/openapi.yaml");
    private static final String REFRESH = "\nRefresh: ./mvnw test -Dtest=OpenApiContractTest -Dopenapi.refresh=true";

    /**
     * The committed JSON is the served document; the committed YAML is the same document written by us with every
     * string quoted, because the YAML the server writes leaves values such as {@code 21:30} bare, and a YAML 1.1 reader
     * (most generators) takes that for the number 1290. With {@code -Dopenapi.refresh=true} the test writes both files
     * instead of comparing them.
     */
    @Test
    void committedFilesAreTheServedDocument() throws IOException {
        JsonNode served = JSON.readTree(given().queryParam("format", "json").when().get(document).then()
                .statusCode(200).extract().asString());
        String yaml = YAML.writeValueAsString(served);
        if (Boolean.getBoolean("openapi.refresh")) {
            Files.writeString(JSON_FILE, JSON.writerWithDefaultPrettyPrinter().writeValueAsString(served) + "\n");
            Files.writeString(YAML_FILE, yaml);
            return;
        }
        // Compared as documents, not as text: the build and the server may order keys differently.
        assertEquals(served, JSON.readTree(JSON_FILE.toFile()), JSON_FILE + " differs from the served document."
                + REFRESH);
        assertEquals(served, YAML.readTree(YAML_FILE.toFile()), YAML_FILE + " differs from the served document."
                + REFRESH);
        assertEquals(yaml, Files.readString(YAML_FILE), YAML_FILE + " is not written with every string quoted."
                + REFRESH);
    }

    @Test
    void everyEnumPublishesTheWordsOnTheWire() {
        // An enum whose @JsonValue method is not public is published with its Java constant names (FORMING), while
        // the API sends its words (forming): generated clients would then reject every real answer.
        JsonPath spec = given().queryParam("format", "json").when().get(document).then().extract().jsonPath();
        Map<String, Map<String, Object>> schemas = spec.getMap("components.schemas");
        List<String> constants = new ArrayList<>();
        schemas.forEach((name, schema) -> {
            if (schema.get("enum") instanceof List<?> values
                    && values.stream().anyMatch(value -> String.valueOf(value).matches("[A-Z][A-Z0-9_]*"))) {
                constants.add(name + " " + values);
            }
        });
        assertTrue(constants.isEmpty(), "Enums published as Java constants: " + constants);
    }

    @Test
    void everyOperationIsDocumentedCompletely() {
        JsonPath spec = given().queryParam("format", "json").when().get(document).then().extract().jsonPath();
        Map<String, Map<String, Map<String, Object>>> paths = spec.getMap("paths");
        List<String> gaps = new ArrayList<>();
        paths.forEach((path, operations) -> operations.forEach((method, op) -> {
            String name = method.toUpperCase() + " " + path;
            if (!path.startsWith("/v1/")) {
                gaps.add(name + ": not under /v1");
            }
            if (path.contains("test-probes")) {
                gaps.add(name + ": a test probe leaked into the contract");
            }
            for (String member : List.of("operationId", "summary", "description", "tags", "security")) {
                if (!op.containsKey(member)) {
                    gaps.add(name + ": no " + member);
                }
            }
            @SuppressWarnings("unchecked")
            Map<String, Map<String, Object>> responses = (Map<String, Map<String, Object>>) op.get("responses");
            // An operation open to all (a calendar feed, keyed by the secret in its address) has no 401 to document.
            boolean open = op.get("security") instanceof List<?> requirements && requirements.isEmpty();
            for (String status : open ? List.of("default") : List.of("401", "default")) {
                if (!responses.containsKey(status)) {
                    gaps.add(name + ": no " + status + " response");
                }
            }
            responses.forEach((status, response) -> {
                if (response.containsKey("$ref")) {
                    return;
                }
                // 204 and 304 never have a body (RFC 9110 §15.3.5, §15.4.5): there is nothing to show an example of.
                boolean bodiless = status.equals("204") || status.equals("304");
                if (!bodiless && !response.toString().contains("examples")) {
                    gaps.add(name + " " + status + ": no example");
                }
                if (status.startsWith("4") && !response.toString().contains("application/problem+json")) {
                    gaps.add(name + " " + status + ": not a problem response");
                }
            });
        }));
        assertTrue(gaps.isEmpty(), String.join("\n", gaps));
    }
}
