package app.kintsugi.support.contract;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeMap;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The reverse direction of the conformance harness: every outcome the contract documents (an operation's status, and
 * for a problem response each of its codes) was produced by at least one test of this run. Runs in the integration test
 * phase, after the whole {@code @QuarkusTest} suite has recorded its exchanges; skipped when only some tests ran.
 */
class ContractCoverageIT {

    static final Path REPORT = Path.of("target/conformance/coverage.txt");
    /** With -Dcontract.field-codes=true, each documented errors[].code of a problem counts as an outcome of its own. */
    static final boolean FIELD_CODES = Boolean.getBoolean("contract.field-codes");

    @Test
    void everyDocumentedOutcomeIsProducedByATest() throws IOException {
        String filter = System.getProperty("kintsugi.test.filter", "");
        // After a run of some tests only (-Dtest=...), the report is written but not judged.
        boolean partial = !filter.isBlank() && !filter.startsWith("${");
        assumeTrue(Files.exists(Conformance.EXCHANGES), "No exchanges were recorded: the unit test phase did not run");
        Set<String> produced = new HashSet<>(Files.readAllLines(Conformance.EXCHANGES, StandardCharsets.UTF_8));
        ContractDocument contract = ContractDocument.get();
        Set<String> documented = new LinkedHashSet<>();
        for (ContractDocument.Operation operation : contract.operations()) {
            operation.node().path("responses").fields().forEachRemaining(entry -> {
                if (entry.getKey().equals("default")) {
                    return; // unexpected faults: documented once, produced by no honest test
                }
                JsonNode response = contract.resolve(entry.getValue());
                Set<String> codes = contract.problemCodes(response);
                if (codes.isEmpty()) {
                    documented.add(operation.id() + " " + entry.getKey());
                } else {
                    codes.forEach(code -> documented.add(operation.id() + " " + entry.getKey() + " " + code));
                    if (FIELD_CODES) {
                        codes.forEach(code -> contract.fieldCodes(response, code).forEach(field -> documented
                                .add(operation.id() + " " + entry.getKey() + " " + code + " " + field)));
                    }
                }
            });
        }
        List<String> missing = new ArrayList<>();
        for (String outcome : documented) {
            if (!produced.contains(outcome)) {
                missing.add(outcome);
            }
        }
        TreeMap<String, Integer> byStatus = new TreeMap<>();
        missing.forEach(outcome -> byStatus.merge(outcome.split(" ")[1], 1, Integer::sum));
        String summary = "Documented outcomes: " + documented.size() + "; produced by the suite: "
                + (documented.size() - missing.size()) + "; never produced: " + missing.size() + " " + byStatus;
        Files.createDirectories(REPORT.getParent());
        Files.writeString(REPORT, summary + "\n" + String.join("\n", missing) + "\n", StandardCharsets.UTF_8);
        System.out.println(summary);
        if (partial || Boolean.getBoolean("contract.report-only")) {
            return;
        }
        assertTrue(missing.isEmpty(), summary + ". Each needs a test that produces it, or it cannot happen and must "
                + "leave the contract:\n  " + String.join("\n  ", missing));
    }
}
