package app.kintsugi.support.contract;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SchemaRegistryConfig;
import com.networknt.schema.dialect.Dialects;

/**
 * The committed contract, {@code openapi/openapi.json}, read once per class loader: its operations matched by method
 * and path, its responses with their {@code $ref}s followed, and JSON Schema validators for its schemas.
 *
 * <p>
 * The validators use a stricter copy of the document than the one published: every object schema that lists properties
 * refuses any other property. Clients must tolerate new fields, so the published schemas stay open; the suite holds the
 * server to sending only what is documented.
 */
public final class ContractDocument {

    static final String BASE = "https://contract.kintsugi.test/openapi.json";
    static final Path FILE = Path.of("openapi/openapi.json");
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Set<String> METHODS = Set.of("get", "put", "post", "delete", "patch", "head", "options");
    private static ContractDocument instance;

    private final JsonNode root;
    private final List<Operation> operations = new ArrayList<>();
    private final SchemaRegistry registry;
    private final Map<JsonNode, Schema> schemas = new IdentityHashMap<>();
    private int inline;

    /** One operation of the contract. */
    public record Operation(String method, String template, String id, JsonNode node, Pattern pattern, int literals) {

        boolean matches(String path) {
            return pattern.matcher(path).matches();
        }
    }

    private ContractDocument(JsonNode root) {
        this.root = root;
        root.get("paths").fields().forEachRemaining(path -> path.getValue().fields().forEachRemaining(method -> {
            if (METHODS.contains(method.getKey())) {
                operations.add(operation(path.getKey(), method.getKey(), method.getValue()));
            }
        }));
        // A literal segment wins over a parameter: /journal-weeks/current before /journal-weeks/{week}.
        operations.sort(Comparator.comparingInt(Operation::literals).reversed());
        JsonNode strict = root.deepCopy();
        closeObjects(strict);
        registry = SchemaRegistry.withDefaultDialect(Dialects.getOpenApi31(),
                builder -> builder.schemas(Map.of(BASE, strict.toString()))
                        .schemaRegistryConfig(SchemaRegistryConfig.builder().formatAssertionsEnabled(true).build()));
    }

    /** The document as committed, read on first use. */
    public static synchronized ContractDocument get() {
        if (instance == null) {
            try {
                instance = new ContractDocument(JSON.readTree(Files.readString(FILE)));
            } catch (IOException e) {
                throw new UncheckedIOException("Cannot read " + FILE.toAbsolutePath(), e);
            }
        }
        return instance;
    }

    public JsonNode root() {
        return root;
    }

    public List<Operation> operations() {
        return operations;
    }

    /** The operation answering this method and concrete path, if the contract has one. */
    public Optional<Operation> find(String method, String path) {
        String lower = method.toLowerCase();
        return operations.stream().filter(op -> op.method().equals(lower) && op.matches(path)).findFirst();
    }

    /** Whether any operation of the contract has this concrete path, whatever its method. */
    public boolean knowsPath(String path) {
        return operations.stream().anyMatch(op -> op.matches(path));
    }

    /** Follows a {@code $ref} inside the document, as often as it takes. */
    public JsonNode resolve(JsonNode node) {
        JsonNode current = node;
        while (current != null && current.has("$ref")) {
            String ref = current.get("$ref").asText();
            if (!ref.startsWith("#/")) {
                throw new IllegalStateException("Only local references are expected: " + ref);
            }
            current = root.at(ref.substring(1));
        }
        return current;
    }

    /** The documented response for a status, with the {@code default} response standing for 5xx answers only. */
    public Optional<JsonNode> response(Operation operation, int status) {
        JsonNode responses = operation.node().path("responses");
        JsonNode response = responses.get(Integer.toString(status));
        if (response == null && status >= 500) {
            response = responses.get("default");
        }
        return Optional.ofNullable(resolve(response));
    }

    /** Every problem {@code code} a response documents, read from its problem examples. */
    public Set<String> problemCodes(JsonNode response) {
        Set<String> codes = new LinkedHashSet<>();
        JsonNode problem = response.path("content").path("application/problem+json");
        for (JsonNode example : iterable(problem.path("examples"))) {
            JsonNode value = resolve(example).path("value");
            if (value.hasNonNull("code")) {
                codes.add(value.get("code").asText());
            }
        }
        if (problem.hasNonNull("example") && problem.get("example").hasNonNull("code")) {
            codes.add(problem.get("example").get("code").asText());
        }
        return codes;
    }

    /**
     * The field-level codes ({@code errors[].code}) a response documents with a problem code, read from its examples.
     */
    public Set<String> fieldCodes(JsonNode response, String code) {
        Set<String> codes = new LinkedHashSet<>();
        JsonNode problem = response.path("content").path("application/problem+json");
        for (JsonNode example : iterable(problem.path("examples"))) {
            JsonNode value = resolve(example).path("value");
            if (code.equals(value.path("code").asText())) {
                value.path("errors").forEach(error -> codes.add(error.path("code").asText()));
            }
        }
        return codes;
    }

    /** Validates a JSON document against a schema node of this contract; answers the messages, empty when valid. */
    public synchronized List<String> validate(JsonNode schemaNode, String json) {
        Schema schema = schemas.computeIfAbsent(schemaNode, this::compile);
        try {
            return schema.validate(JSON.readTree(json)).stream().map(ContractDocument::describe).toList();
        } catch (IOException e) {
            return List.of("not JSON: " + e.getMessage());
        }
    }

    /** The validator's own messages lose their arguments here; this says where, which rule, and with what. */
    private static String describe(com.networknt.schema.Error error) {
        String where = error.getInstanceLocation().toString();
        StringBuilder text = new StringBuilder(where.isEmpty() ? "(root)" : where).append(": ")
                .append(error.getKeyword());
        if (error.getProperty() != null) {
            text.append(" '").append(error.getProperty()).append("'");
        }
        if (error.getArguments() != null && error.getArguments().length > 0) {
            text.append(' ').append(java.util.Arrays.toString(error.getArguments()));
        }
        JsonNode instance = error.getInstanceNode();
        if (instance != null && instance.isValueNode()) {
            text.append(" (sent: ").append(instance.toString()).append(')');
        }
        return text.toString();
    }

    private Schema compile(JsonNode schemaNode) {
        ObjectNode copy = (ObjectNode) JSON.createObjectNode().setAll((ObjectNode) schemaNode.deepCopy());
        absolutize(copy);
        closeObjects(copy);
        return registry.getSchema(SchemaLocation.of("https://contract.kintsugi.test/inline/" + (inline++) + ".json"),
                copy);
    }

    private static Operation operation(String template, String method, JsonNode node) {
        StringBuilder regex = new StringBuilder();
        int literals = 0;
        for (String segment : template.substring(1).split("/")) {
            regex.append('/');
            if (segment.startsWith("{") && segment.endsWith("}")) {
                regex.append("[^/]+");
            } else {
                regex.append(Pattern.quote(segment));
                literals++;
            }
        }
        String id = node.path("operationId").asText(method.toUpperCase() + " " + template);
        return new Operation(method, template, id, node, Pattern.compile(regex.toString()), literals);
    }

    /** Local {@code #/...} references of a copied schema point back into the registered document. */
    private static void absolutize(JsonNode node) {
        if (node.isObject()) {
            ObjectNode object = (ObjectNode) node;
            if (object.has("$ref") && object.get("$ref").asText().startsWith("#/")) {
                object.put("$ref", BASE + object.get("$ref").asText());
            }
            object.elements().forEachRemaining(ContractDocument::absolutize);
        } else if (node.isArray()) {
            node.elements().forEachRemaining(ContractDocument::absolutize);
        }
    }

    /** Every object schema with properties refuses undocumented ones; examples are data and stay as they are. */
    private static void closeObjects(JsonNode node) {
        if (node.isObject()) {
            ObjectNode object = (ObjectNode) node;
            if (object.has("properties") && object.get("properties").isObject()
                    && !object.has("additionalProperties") && !object.has("unevaluatedProperties")) {
                object.put("unevaluatedProperties", false);
            }
            object.fields().forEachRemaining(field -> {
                if (!field.getKey().equals("example") && !field.getKey().equals("examples")) {
                    closeObjects(field.getValue());
                }
            });
        } else if (node.isArray()) {
            node.elements().forEachRemaining(ContractDocument::closeObjects);
        }
    }

    static Iterable<JsonNode> iterable(JsonNode node) {
        Iterator<JsonNode> elements = node.elements();
        return () -> elements;
    }
}
