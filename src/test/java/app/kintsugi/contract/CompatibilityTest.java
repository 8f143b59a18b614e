package app.kintsugi.contract;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.openapitools.openapidiff.core.OpenApiCompare;
import org.openapitools.openapidiff.core.model.ChangedOpenApi;
import org.openapitools.openapidiff.core.output.ConsoleRender;
import org.openapitools.openapidiff.core.output.MarkdownRender;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * The breaking-change gate: the contract may change, but a change that breaks a client generated from the last released
 * contract ({@code openapi/released/v1.json}) fails the build unless {@code info.version} moves to another major
 * version. When a release is cut, the contract is copied to {@code openapi/released/}.
 */
class CompatibilityTest {

    static final Path RELEASED = Path.of("openapi/released/v1.json");
    static final Path CURRENT = Path.of("openapi/openapi.json");
    private static final Path REPORT = Path.of("target/contract/openapi-diff.md");
    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void theContractDoesNotBreakTheReleasedOne() throws IOException {
        Verdict verdict = compare(Files.readString(RELEASED), Files.readString(CURRENT));
        Files.createDirectories(REPORT.getParent());
        Files.writeString(REPORT, verdict.markdown());
        System.out.println("openapi-diff, " + RELEASED + " -> " + CURRENT + " (full report: " + REPORT + "):\n"
                + verdict.summary());
        assertTrue(verdict.passes(), "Breaking changes against " + RELEASED + " while info.version stays "
                + verdict.currentVersion() + ". Undo them, or make them a new major version:\n" + verdict.summary());
    }

    @Test
    void theGateStopsARenamedEnumValue() throws IOException {
        String released = Files.readString(CURRENT);
        ObjectNode renamed = (ObjectNode) JSON.readTree(released);
        ArrayNode statuses = (ArrayNode) renamed.at("/components/schemas/CoupleStatus/enum");
        for (int i = 0; i < statuses.size(); i++) {
            if (statuses.get(i).asText().equals("forming")) {
                statuses.set(i, "Forming");
            }
        }
        assertTrue(statuses.toString().contains("Forming"), "CoupleStatus has no value forming: " + statuses);

        Verdict sameMajor = compare(released, JSON.writeValueAsString(renamed));
        assertTrue(sameMajor.breaking(), sameMajor.summary());
        assertFalse(sameMajor.passes(), "a renamed enum value must fail the gate");

        ((ObjectNode) renamed.get("info")).put("version", "2");
        assertTrue(compare(released, JSON.writeValueAsString(renamed)).passes(),
                "a new major version may break the contract");
    }

    @Test
    void theGateLetsAnAdditionThrough() throws IOException {
        String released = Files.readString(CURRENT);
        ObjectNode added = (ObjectNode) JSON.readTree(released);
        ObjectNode operation = ((ObjectNode) added.get("paths")).putObject("/v1/gate-probe").putObject("get");
        operation.put("operationId", "gateProbe");
        operation.putObject("responses").putObject("204").put("description", "Nothing.");

        Verdict verdict = compare(released, JSON.writeValueAsString(added));
        assertFalse(verdict.breaking(), verdict.summary());
        assertTrue(verdict.passes());
    }

    static Verdict compare(String released, String current) throws IOException {
        ChangedOpenApi diff = OpenApiCompare.fromContents(released, current);
        String releasedVersion = version(released);
        String currentVersion = version(current);
        return new Verdict(diff.isIncompatible(), !major(releasedVersion).equals(major(currentVersion)),
                currentVersion, render(diff, new ConsoleRender()), render(diff, new MarkdownRender()));
    }

    private static String version(String document) throws IOException {
        JsonNode version = JSON.readTree(document).at("/info/version");
        return version.asText();
    }

    private static String major(String version) {
        int dot = version.indexOf('.');
        return dot < 0 ? version : version.substring(0, dot);
    }

    private static String render(ChangedOpenApi diff, org.openapitools.openapidiff.core.output.Render render) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (OutputStreamWriter writer = new OutputStreamWriter(bytes, StandardCharsets.UTF_8)) {
            render.render(diff, writer);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        return bytes.toString(StandardCharsets.UTF_8);
    }

    /** What openapi-diff found: whether it breaks clients, and whether the version says it may. */
    record Verdict(boolean breaking, boolean newMajorVersion, String currentVersion, String summary,
            String markdown) {

        boolean passes() {
            return !breaking || newMajorVersion;
        }
    }
}
