package app.kintsugi.contract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Spectral lints the committed contract with the committed ruleset ({@code .spectral.yaml}, which extends
 * {@code spectral:oas}): no error and no warning. The findings are printed grouped by rule, each with its count and a
 * few paths, so a failure says what to fix.
 */
class SpectralLintIT {

    private static final Path SPEC = Path.of("openapi/openapi.json").toAbsolutePath();
    private static final Path RULESET = Path.of(".spectral.yaml").toAbsolutePath();
    private static final String[] SEVERITIES = {"error", "warn", "info", "hint"};

    @Test
    void theContractHasNoErrorOrWarning() throws IOException {
        Path work = NodeTools.install().toAbsolutePath();
        Path report = work.resolve("spectral.json");
        Files.deleteIfExists(report);
        NodeTools.Result spectral = NodeTools.run(work, Duration.ofMinutes(3), Map.of(),
                work.resolve("node_modules/.bin/spectral").toString(), "lint", "--ruleset", RULESET.toString(),
                "--format", "json", "--output", report.toString(), "--fail-severity", "warn", SPEC.toString());
        // 0: nothing at warn or above, 1: findings; anything else (or no report) means Spectral itself failed.
        if (spectral.exitCode() > 1 || !Files.exists(report)) {
            fail("Spectral could not lint the contract (" + spectral.exitCode() + "):\n" + spectral.output());
        }

        Map<String, List<JsonNode>> byRule = new TreeMap<>();
        for (JsonNode finding : new ObjectMapper().readTree(report.toFile())) {
            String severity = SEVERITIES[finding.path("severity").asInt()];
            byRule.computeIfAbsent(severity + " " + finding.path("code").asText(), key -> new ArrayList<>())
                    .add(finding);
        }
        List<String> blocking = new ArrayList<>();
        StringBuilder summary = new StringBuilder("Spectral findings on openapi/openapi.json by rule:\n");
        byRule.forEach((rule, findings) -> {
            summary.append(String.format("  %-55s %4d%n", rule, findings.size()));
            findings.stream().limit(3).forEach(finding -> summary.append("      ")
                    .append(path(finding)).append(": ").append(finding.path("message").asText()).append('\n'));
            if (rule.startsWith("error ") || rule.startsWith("warn ")) {
                blocking.add(rule + " (" + findings.size() + ")");
            }
        });
        System.out.println(byRule.isEmpty() ? "Spectral: no findings on openapi/openapi.json" : summary);
        assertEquals(List.of(), blocking, "Spectral errors and warnings (ruleset .spectral.yaml):\n" + summary);
    }

    private static String path(JsonNode finding) {
        List<String> segments = new ArrayList<>();
        finding.path("path").forEach(segment -> segments.add(segment.asText()));
        return segments.stream().collect(Collectors.joining(" > "));
    }
}
