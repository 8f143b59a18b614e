package app.kintsugi.contract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.openapitools.openapidiff.core.OpenApiCompare;
import org.openapitools.openapidiff.core.compare.OpenApiDiffOptions;
import org.openapitools.openapidiff.core.model.BackwardIncompatibleProp;
import org.openapitools.openapidiff.core.model.ChangedOpenApi;
import org.openapitools.openapidiff.core.output.ConsoleRender;
import org.openapitools.openapidiff.core.output.MarkdownRender;
import org.openapitools.openapidiff.core.output.Render;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * The breaking-change gate: the contract may change, but a change that breaks a client generated from the last released
 * contract ({@code openapi/released/v1.json}) fails the build unless {@code info.version} moves to another major
 * version. When a release is cut, the contract is copied to {@code openapi/released/}.
 * <p>
 * openapi-diff decides what breaks, with one change to its defaults that follows our enum policy: clients must tolerate
 * values they do not know, so a value added to an enum the server sends is not a break. A value that is no longer in an
 * enum, renamed ones included, always is: clients that match on it stop matching.
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
        Files.writeString(REPORT, verdict.markdown() + "\n" + String.join("\n", verdict.removedEnumValues()) + "\n");
        System.out.println("openapi-diff, " + RELEASED + " -> " + CURRENT + " (full report: " + REPORT + "):\n"
                + verdict.summary());
        assertTrue(verdict.passes(), "Breaking changes against " + RELEASED + " while info.version stays "
                + verdict.currentVersion() + ". Undo them, or make them a new major version:\n" + verdict.summary());
    }

    @Test
    void theGateStopsARenamedEnumValue() throws IOException {
        String released = Files.readString(CURRENT);
        ObjectNode renamed = withCoupleStatus(released, "forming", "Forming");

        Verdict sameMajor = compare(released, JSON.writeValueAsString(renamed));
        assertTrue(sameMajor.breaking(), sameMajor.summary());
        assertEquals(List.of("/components/schemas/CoupleStatus: \"forming\" is gone"), sameMajor.removedEnumValues());
        assertFalse(sameMajor.passes(), "a renamed enum value must fail the gate");

        ((ObjectNode) renamed.get("info")).put("version", "2");
        assertTrue(compare(released, JSON.writeValueAsString(renamed)).passes(),
                "a new major version may break the contract");
    }

    @Test
    void theGateLetsAdditionsThrough() throws IOException {
        String released = Files.readString(CURRENT);
        ObjectNode added = withCoupleStatus(released, null, "archived");
        ObjectNode operation = ((ObjectNode) added.get("paths")).putObject("/v1/gate-probe").putObject("get");
        operation.put("operationId", "gateProbe");
        operation.putObject("responses").putObject("204").put("description", "Nothing.");

        Verdict verdict = compare(released, JSON.writeValueAsString(added));
        assertFalse(verdict.breaking(), "a new operation and a new value of an enum the server sends are no break:\n"
                + verdict.summary());
        assertTrue(verdict.passes());
    }

    static Verdict compare(String released, String current) throws IOException {
        OpenApiDiffOptions options = OpenApiDiffOptions.builder()
                .configProperty(BackwardIncompatibleProp.RESPONSE_ENUM_INCREASED.getPropertyName(), "false")
                .build();
        ChangedOpenApi diff = OpenApiCompare.fromContents(released, current, null, options);
        JsonNode releasedDocument = JSON.readTree(released);
        JsonNode currentDocument = JSON.readTree(current);
        List<String> removed = new ArrayList<>();
        removedEnumValues("", releasedDocument, currentDocument, currentDocument, removed);
        String releasedVersion = releasedDocument.at("/info/version").asText();
        String currentVersion = currentDocument.at("/info/version").asText();
        String summary = render(diff, new ConsoleRender())
                + (removed.isEmpty() ? "" : "Enum values no longer there:\n  " + String.join("\n  ", removed) + "\n");
        return new Verdict(diff.isIncompatible() || !removed.isEmpty(),
                !major(releasedVersion).equals(major(currentVersion)), currentVersion, summary,
                render(diff, new MarkdownRender()), removed);
    }

    /** Every enum of the released document whose values are not all in the current one at the same place. */
    private static void removedEnumValues(String pointer, JsonNode released, JsonNode current, JsonNode document,
            List<String> out) {
        JsonNode here = resolve(current, document);
        if (released.isObject()) {
            if (released.get("enum") instanceof ArrayNode values && here.get("enum") instanceof ArrayNode now) {
                values.forEach(value -> {
                    if (!contains(now, value)) {
                        out.add(pointer + ": " + value + " is gone");
                    }
                });
            }
            for (Iterator<Map.Entry<String, JsonNode>> fields = released.fields(); fields.hasNext();) {
                Map.Entry<String, JsonNode> field = fields.next();
                String child = pointer + "/" + field.getKey().replace("~", "~0").replace("/", "~1");
                removedEnumValues(child, field.getValue(), here.path(field.getKey()), document, out);
            }
        } else if (released.isArray()) {
            for (int i = 0; i < released.size(); i++) {
                removedEnumValues(pointer + "/" + i, released.get(i), here.path(i), document, out);
            }
        }
    }

    /** A schema that became a reference to a named one (an inline enum made a component) is compared there. */
    private static JsonNode resolve(JsonNode node, JsonNode document) {
        JsonNode reference = node.get("$ref");
        return reference != null && reference.asText().startsWith("#/")
                ? document.at(reference.asText().substring(1))
                : node;
    }

    private static boolean contains(ArrayNode values, JsonNode value) {
        for (JsonNode candidate : values) {
            if (candidate.equals(value)) {
                return true;
            }
        }
        return false;
    }

    private static ObjectNode withCoupleStatus(String document, String value, String replacement)
            throws IOException {
        ObjectNode changed = (ObjectNode) JSON.readTree(document);
        ArrayNode statuses = (ArrayNode) changed.at("/components/schemas/CoupleStatus/enum");
        if (value == null) {
            statuses.add(replacement);
        }
        for (int i = 0; i < statuses.size(); i++) {
            if (statuses.get(i).asText().equals(value)) {
                statuses.set(i, replacement);
            }
        }
        assertTrue(statuses.toString().contains(replacement), "CoupleStatus lacks " + value + ": " + statuses);
        return changed;
    }

    private static String major(String version) {
        int dot = version.indexOf('.');
        return dot < 0 ? version : version.substring(0, dot);
    }

    private static String render(ChangedOpenApi diff, Render render) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (OutputStreamWriter writer = new OutputStreamWriter(bytes, StandardCharsets.UTF_8)) {
            render.render(diff, writer);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        return bytes.toString(StandardCharsets.UTF_8);
    }

    /** What the gate found: whether it breaks clients, and whether the version says it may. */
    record Verdict(boolean breaking, boolean newMajorVersion, String currentVersion, String summary,
            String markdown, List<String> removedEnumValues) {

        boolean passes() {
            return !breaking || newMajorVersion;
        }
    }
}
