package app.kintsugi.contract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.Reader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Many generators and documentation tools read YAML by the 1.1 rules, where a plain {@code 21:30} is the number 1290,
 * {@code 2026-11-23} a timestamp and {@code no} a boolean. Read that way (SnakeYAML's default resolver),
 * {@code openapi.yaml} must still be exactly {@code openapi.json}: same keys, same strings, same numbers.
 */
class YamlReadersTest {

    private static final Path YAML = Path.of("openapi/openapi.yaml");
    private static final Path JSON = Path.of("openapi/openapi.json");
    private static final Path REPORT = Path.of("target/contract/yaml-1.1-differences.txt");

    @Test
    void aYaml11ReaderSeesTheJsonDocument() throws IOException {
        Object json = new ObjectMapper().enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
                .readValue(JSON.toFile(), Object.class);
        Object yaml;
        try (Reader reader = Files.newBufferedReader(YAML, StandardCharsets.UTF_8)) {
            LoaderOptions options = new LoaderOptions();
            options.setCodePointLimit(64 * 1024 * 1024);
            yaml = new Yaml(new SafeConstructor(options)).load(reader);
        }
        List<String> differences = new ArrayList<>();
        compare("", json, yaml, differences);
        Files.createDirectories(REPORT.getParent());
        Files.writeString(REPORT, String.join("\n", differences) + "\n");
        Map<String, Long> byKind = differences.stream().collect(Collectors.groupingBy(
                line -> line.replaceFirst(".*, YAML (\\w+).*", "read as $1"), TreeMap::new, Collectors.counting()));
        assertTrue(differences.isEmpty(), differences.size() + " values of " + YAML + " that a YAML 1.1 reader does "
                + "not read as they are in " + JSON + " " + byKind + "; quote them in the YAML. All in " + REPORT
                + ", the first ones:\n" + String.join("\n", differences.subList(0, Math.min(20, differences.size()))));
    }

    @Test
    void theComparisonSeesWhatAYaml11ReaderTurnsIntoOtherTypes() {
        String yaml = "time: 21:30\nday: 2026-11-23\nanswer: no\nquoted: '21:30'\ncount: 3\n";
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("time", "21:30");
        json.put("day", "2026-11-23");
        json.put("answer", "no");
        json.put("quoted", "21:30");
        json.put("count", 3L);
        List<String> differences = new ArrayList<>();
        compare("", json, new Yaml(new SafeConstructor(new LoaderOptions())).load(yaml), differences);
        assertEquals(List.of("/time: JSON string \"21:30\", YAML integer 1290",
                "/day: JSON string \"2026-11-23\", YAML timestamp 2026-11-23T00:00:00Z",
                "/answer: JSON string \"no\", YAML boolean false"), differences);
    }

    /** Adds a line per place where the YAML value is not the JSON value, named by its JSON pointer. */
    static void compare(String pointer, Object json, Object yaml, List<String> differences) {
        if (json instanceof Map<?, ?> jsonMap && yaml instanceof Map<?, ?> yamlMap) {
            Set<Object> keys = new LinkedHashSet<>(jsonMap.keySet());
            keys.addAll(yamlMap.keySet());
            for (Object key : keys) {
                String child = pointer + "/" + key.toString().replace("~", "~0").replace("/", "~1");
                if (!(key instanceof String)) {
                    differences.add(child + ": key is " + describe(key) + " in the YAML");
                } else if (!jsonMap.containsKey(key)) {
                    differences.add(child + ": only in the YAML");
                } else if (!yamlMap.containsKey(key)) {
                    differences.add(child + ": missing from the YAML");
                } else {
                    compare(child, jsonMap.get(key), yamlMap.get(key), differences);
                }
            }
        } else if (json instanceof List<?> jsonList && yaml instanceof List<?> yamlList) {
            if (jsonList.size() != yamlList.size()) {
                differences.add(pointer + ": " + jsonList.size() + " items in the JSON, " + yamlList.size()
                        + " in the YAML");
                return;
            }
            for (int i = 0; i < jsonList.size(); i++) {
                compare(pointer + "/" + i, jsonList.get(i), yamlList.get(i), differences);
            }
        } else if (json instanceof Number jsonNumber && yaml instanceof Number yamlNumber) {
            if (new BigDecimal(jsonNumber.toString()).compareTo(new BigDecimal(yamlNumber.toString())) != 0) {
                differences.add(pointer + ": JSON " + jsonNumber + ", YAML " + yamlNumber);
            }
        } else if (json == null ? yaml != null : !json.equals(yaml)) {
            differences.add(pointer + ": JSON " + describe(json) + ", YAML " + describe(yaml));
        }
    }

    private static String describe(Object value) {
        if (value == null) {
            return "null";
        }
        if (value instanceof String text) {
            return "string \"" + (text.length() > 60 ? text.substring(0, 60) + "..." : text) + "\"";
        }
        if (value instanceof Date date) {
            return "timestamp " + date.toInstant();
        }
        if (value instanceof Map || value instanceof List) {
            return value instanceof Map ? "an object" : "an array";
        }
        return value.getClass().getSimpleName().toLowerCase() + " " + value;
    }
}
