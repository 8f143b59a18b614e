package app.kintsugi.platform;

import static app.kintsugi.support.ProblemAssertions.assertProblem;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.IsoFields;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;

import app.kintsugi.support.Couples;
import app.kintsugi.support.Tokens;
import app.kintsugi.support.contract.Conformance;
import app.kintsugi.support.contract.ContractDocument;

/**
 * Hostile input generated from the committed contract: for every operation, every path, query and header parameter and
 * every body property, values no client should send (oversize, NUL, half surrogate pairs, other control characters,
 * wrong JSON types, duplicate keys, broken and deeply nested JSON, odd {@code Accept}, {@code Content-Type},
 * {@code If-Match} and {@code Idempotency-Key}), with a valid token and without one, against real objects of a couple
 * built for the run as well as random and impossible ids.
 *
 * <p>
 * Every answer must be below 500; every 4xx must be {@code application/problem+json} of the {@code Problem} shape; and
 * every answer passes the conformance harness, so each status and code it meets is documented. A NUL or half a
 * surrogate pair in a body string or a query value must be refused, never stored.
 */
@QuarkusTest
@WithTestResource(OidcWiremockTestResource.class)
class HostileInputTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String SLOT = "@@hostile-slot@@";
    /** Every kind of wrong answer, one line each, for a run with many. */
    private static final java.nio.file.Path REPORT = java.nio.file.Path.of("target/hostile-input/defects.txt");
    private static final Set<String> METHODS_WITH_BODY = Set.of("post", "put", "patch");
    /** What no text may hold: refused in every body string and every query value. */
    private static final List<String> UNSOUND = List.of("\"a\\u0000b\"", "\"\\ud800\"", "\"x\\udc00\"",
            "\"\\ude00\\ud83d\"");
    private static final List<String> UNSOUND_QUERY = List.of("a%00b", "%00");

    @TestHTTPResource("/")
    URI base;

    private final HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(10)).build();
    private final Map<Integer, AtomicInteger> statuses = new ConcurrentHashMap<>();
    private final Map<String, String> failures = new ConcurrentHashMap<>();
    private final ConcurrentLinkedQueue<String> failureOrder = new ConcurrentLinkedQueue<>();
    private final AtomicInteger sent = new AtomicInteger();
    private final AtomicInteger unsendable = new AtomicInteger();

    /** What a hostile request must get, beyond what every request must get. */
    enum Expect {
        ANY,
        REFUSED
    }

    record Probe(String op, String what, String method, String target, List<String[]> headers, byte[] body,
            Expect expect, String pointer) {
    }

    /** The people and objects of the run: real ids to aim at, and a token for each role. */
    private final Map<String, String> ids = new ConcurrentHashMap<>();
    private final Map<String, String> tokens = new LinkedHashMap<>();
    private ContractDocument contract;

    @Test
    void hostileInputNeverAnswers5xxAndEveryRefusalIsAProblem() throws Exception {
        long started = System.nanoTime();
        contract = ContractDocument.get();
        world();
        long built = System.nanoTime();

        List<Probe> gentle = new ArrayList<>();
        List<Probe> destructive = new ArrayList<>();
        for (ContractDocument.Operation operation : contract.operations()) {
            List<Probe> probes = probes(operation);
            (destroys(operation) ? destructive : gentle).addAll(probes);
        }
        // Shuffled with a fixed seed: the same run every time, but no operation waits for all the others.
        Collections.shuffle(gentle, new java.util.Random(17));
        run(gentle);
        run(destructive);

        long elapsed = System.nanoTime() - started;
        StringBuilder summary = new StringBuilder("Hostile input: ").append(sent.get()).append(" requests to ")
                .append(contract.operations().size()).append(" operations in ")
                .append(String.format("%.1f", elapsed / 1e9)).append(" s (world built in ")
                .append(String.format("%.1f", (built - started) / 1e9)).append(" s); statuses ")
                .append(new TreeMap<>(statuses)).append("; not sendable by the client: ").append(unsendable.get())
                .append("; defects: ").append(failures.size());
        System.out.println(summary);
        List<String> shown = failureOrder.stream().limit(40).toList();
        java.nio.file.Files.createDirectories(REPORT.getParent());
        java.nio.file.Files.write(REPORT, failureOrder);
        assertTrue(failures.isEmpty(), failures.size() + " kinds of hostile request were answered wrongly:\n  "
                + String.join("\n  ", shown));
        assertTrue(sent.get() >= 5000, "only " + sent.get() + " requests");
    }

    /** The refusals a client meets, spelt out: a NUL or half a surrogate pair is named, and nothing is created. */
    @Test
    void aNulOrHalfASurrogatePairIsRefusedNamingTheFieldOrParameter() {
        Couples.Actor sam = Couples.Actor.user("Sam");
        assertProblem(given().auth().oauth2(sam.token()).contentType("application/json")
                .body("{\"name\":\"Our\\u0000start\",\"timeZone\":\"Europe/Lisbon\"}").when().post("/v1/couples")
                .then(), 422, "validation-failed")
                .body("errors[0].field", equalTo("/name"))
                .body("errors[0].code", equalTo("invalid-character"));
        assertProblem(given().auth().oauth2(sam.token()).contentType("application/json")
                .body("{\"name\":\"Our start \\ud83d\",\"timeZone\":\"Europe/Lisbon\"}").when().post("/v1/couples")
                .then(), 422, "validation-failed")
                .body("errors[0].field", equalTo("/name"));
        // Nothing was created by either.
        sam.get("/v1/couples").statusCode(200).body("items", empty());

        // A merge patch is read as a tree: its strings are checked all the same.
        assertProblem(given().auth().oauth2(sam.token()).header("If-Match", "*")
                .contentType("application/merge-patch+json").body("{\"displayName\":\"\\udc00Sam\"}").when()
                .patch("/v1/me").then(), 422, "validation-failed")
                .body("errors[0].field", equalTo("/displayName"))
                .body("errors[0].code", equalTo("invalid-character"));

        // An item of a list, read as an enum, is named by its index.
        Couples.Pair pair = Couples.pair();
        String code = Couples.linkCode(Couples.Actor.counselor("Robin"));
        assertProblem(given().auth().oauth2(pair.a().token()).contentType("application/json")
                .body("{\"code\":\"" + code + "\",\"scopes\":[\"progress\",\"\\u0000\"]}").when()
                .post("/v1/couples/" + pair.coupleId() + "/counselor-grants").then(), 422, "validation-failed")
                .body("errors[0].field", equalTo("/scopes/1"))
                .body("errors[0].code", equalTo("invalid-character"));

        // A query value: 400, naming the parameter, before the search reaches PostgreSQL.
        assertProblem(given().auth().oauth2(sam.token()).urlEncodingEnabled(false).when()
                .get("/v1/exercises?q=calm%00down").then(), 400, "invalid-parameter")
                .body("errors[0].field", equalTo("q"))
                .body("errors[0].code", equalTo("invalid-character"));
        // Other control characters are each field's own rule; an emoji (a whole surrogate pair) is text.
        assertProblem(given().auth().oauth2(sam.token()).contentType("application/json")
                .body("{\"name\":\"Our\\u0001start\",\"timeZone\":\"Europe/Lisbon\"}").when().post("/v1/couples")
                .then(), 422, "validation-failed")
                .body("errors[0].code", equalTo("control-character"));
        given().auth().oauth2(sam.token()).contentType("application/json")
                .body("{\"name\":\"Our start \\ud83d\\ude00\",\"timeZone\":\"Europe/Lisbon\"}").when()
                .post("/v1/couples").then().statusCode(201).body("name", equalTo("Our start \uD83D\uDE00"));
    }

    // ------------------------------------------------------------------------------------------------------------
    // The world: a couple of two partners, a counselor with every scope, an admin, a service client, and one object
    // of each kind the couple can create, found by following the Location of each create.

    private void world() {
        Couples.Pair pair = Couples.pair();
        Couples.Actor counselor = Couples.Actor.counselor("Robin");
        ids.put("coupleId", pair.coupleId());
        List<String> scopes = List.of("progress", "sharedJournal", "sessions", "commitments", "agreements",
                "assignExercises");
        ids.put("grantId", Couples.grant(pair, counselor, scopes, scopes));
        tokens.put("user", pair.a().token());
        tokens.put("counselor", counselor.token());
        tokens.put("admin", Tokens.person("admin"));
        tokens.put("service", Tokens.person("service"));
        firstSlug("/v1/exercises", "slug");
        firstSlug("/v1/prompt-sets", "promptSetSlug");
        for (int pass = 0; pass < 2; pass++) {
            for (ContractDocument.Operation operation : contract.operations()) {
                if (operation.method().equals("post") && !destroys(operation)
                        && !operation.template().equals("/v1/couples")
                        && !operation.template().equals("/v1/invitation-acceptances")) {
                    seed(operation);
                }
            }
        }
        System.out.println("Hostile input aims at real objects: " + new TreeMap<>(ids).keySet());
    }

    private void firstSlug(String list, String name) {
        HttpResponse<String> answer = exchange("GET", list, List.<String[]>of(bearer("user")), null, null);
        try {
            JsonNode items = JSON.readTree(answer.body()).path("items");
            if (items.size() > 0) {
                ids.put(name, items.get(0).path("slug").asText());
            }
        } catch (IOException e) {
            // no slug: random ones are aimed at instead
        }
    }

    private void seed(ContractDocument.Operation operation) {
        Optional<String> path = realPath(operation);
        if (path.isEmpty()) {
            return;
        }
        String mediaType = bodyType(operation);
        JsonNode body = example(operation);
        if (ids.containsKey(operation.id() + "#seeded")) {
            return;
        }
        List<String[]> headers = new ArrayList<>();
        headers.add(bearer(role(operation)));
        byte[] bytes = null;
        if (mediaType != null) {
            headers.add(new String[]{"Content-Type", mediaType});
            bytes = (body == null ? "{}" : body.toString()).getBytes(StandardCharsets.UTF_8);
        }
        HttpResponse<String> answer = exchange("POST", path.get(), headers, bytes, mediaType);
        if (answer != null && answer.statusCode() == 201) {
            ids.put(operation.id() + "#seeded", "yes");
            answer.headers().firstValue("Location").ifPresent(this::bind);
        }
    }

    /** Learns the ids in a Location from the operation whose template it matches. */
    private void bind(String location) {
        String path = URI.create(location).getPath();
        for (ContractDocument.Operation operation : contract.operations()) {
            if (!operation.method().equals("get")) {
                continue;
            }
            List<String> names = new ArrayList<>();
            Matcher parameter = Pattern.compile("\\{([^}]+)}").matcher(operation.template());
            StringBuilder regex = new StringBuilder();
            int last = 0;
            while (parameter.find()) {
                regex.append(Pattern.quote(operation.template().substring(last, parameter.start()))).append("([^/]+)");
                names.add(parameter.group(1));
                last = parameter.end();
            }
            regex.append(Pattern.quote(operation.template().substring(last)));
            Matcher match = Pattern.compile(regex.toString()).matcher(path);
            if (match.matches()) {
                for (int i = 0; i < names.size(); i++) {
                    ids.putIfAbsent(key(operation.template(), names.get(i)), match.group(i + 1));
                }
                return;
            }
        }
    }

    private static String key(String template, String name) {
        return template.startsWith("/v1/prompt-sets") && name.equals("slug") ? "promptSetSlug" : name;
    }

    /** The operation's path with real ids, or empty when the run has no object for one of its parameters. */
    private Optional<String> realPath(ContractDocument.Operation operation) {
        String path = operation.template();
        for (JsonNode parameter : parameters(operation, "path")) {
            String name = parameter.path("name").asText();
            String value = ids.get(key(operation.template(), name));
            if (value == null) {
                value = typical(name);
            }
            if (value == null) {
                return Optional.empty();
            }
            path = path.replace("{" + name + "}", value);
        }
        return Optional.of(path);
    }

    private static String typical(String name) {
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        return switch (name) {
            case "date", "day" -> today.toString();
            case "week" -> String.format("%d-W%02d", today.get(IsoFields.WEEK_BASED_YEAR),
                    today.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
            case "number", "version" -> "1";
            default -> null;
        };
    }

    /** Leaving the couple, erasing oneself, pausing, stopping all sharing and deleting: run after everything else. */
    private static boolean destroys(ContractDocument.Operation operation) {
        String template = operation.template();
        return operation.method().equals("delete") || template.endsWith("/my-erasures")
                || template.endsWith("/sharing-stops") || template.endsWith("/my-pause")
                || template.endsWith("/data-key-rewraps");
    }

    private String role(ContractDocument.Operation operation) {
        JsonNode roles = operation.node().path("x-roles");
        if (roles.isEmpty() && operation.node().path("responses").has("401")) {
            return "user"; // any signed-in caller
        }
        for (String preferred : List.of("user", "counselor", "admin", "service")) {
            for (JsonNode role : roles) {
                if (role.asText().equals(preferred)) {
                    return preferred;
                }
            }
        }
        return roles.isEmpty() ? null : roles.get(0).asText();
    }

    private String[] bearer(String role) {
        return role == null ? null : new String[]{"Authorization", "Bearer " + tokens.get(role)};
    }

    // ------------------------------------------------------------------------------------------------------------
    // The probes of one operation.

    private List<Probe> probes(ContractDocument.Operation operation) {
        List<Probe> probes = new ArrayList<>();
        String op = operation.id();
        String method = operation.method().toUpperCase();
        String role = role(operation);
        String real = realPath(operation).orElseGet(() -> randomPath(operation));
        String mediaType = bodyType(operation);
        JsonNode example = example(operation);
        byte[] body = mediaType == null
                ? null
                : (example == null ? "{}" : example.toString()).getBytes(StandardCharsets.UTF_8);
        List<String[]> headers = new ArrayList<>();
        if (role != null) {
            headers.add(bearer(role));
        }
        if (mediaType != null) {
            headers.add(new String[]{"Content-Type", mediaType});
        }
        if (header(operation, "If-Match")) {
            headers.add(new String[]{"If-Match", etag(operation, real, role)});
        }
        Request plain = new Request(op, method, real, headers, body);

        // Tokens: none, broken, oversize, of another scheme, twice.
        List<String[]> noAuth = without(headers, "Authorization");
        probes.add(plain.with("no token", noAuth, body));
        for (String authorization : List.of("Bearer not-a-token", "Bearer " + "a".repeat(2500),
                "Basic dXNlcjpwYXNz", "Bearer " + Tokens.unsigned("mallory", "admin"))) {
            probes.add(plain.with("Authorization: " + abbreviate(authorization), with(noAuth, "Authorization",
                    authorization), body));
        }
        if (role != null) {
            List<String[]> twice = new ArrayList<>(headers);
            twice.add(bearer(role));
            probes.add(plain.with("two Authorization headers", twice, body));
        }

        // Accept, X-Request-Id and the optional header parameters.
        for (String accept : List.of("application/", "*/*;q=abc", "application/json;q=0",
                "*/*, " + "x/y, ".repeat(150) + "*/*")) {
            probes.add(plain.with("Accept: " + abbreviate(accept), with(headers, "Accept", accept), body));
        }
        for (String requestId : List.of("a b c", "x".repeat(300))) {
            probes.add(plain.with("X-Request-Id: " + abbreviate(requestId), with(headers, "X-Request-Id", requestId),
                    body));
        }
        for (JsonNode parameter : parameters(operation, "header")) {
            String name = parameter.path("name").asText();
            for (String value : headerValues(name)) {
                probes.add(plain.with(name + ": " + abbreviate(value), with(headers, name, value), body));
            }
        }

        // Path parameters: random and impossible ids, with and without a token.
        for (JsonNode parameter : parameters(operation, "path")) {
            String name = parameter.path("name").asText();
            List<String> values = pathValues(name);
            for (int i = 0; i < values.size(); i++) {
                String target = replaceSegment(operation, real, name, values.get(i));
                probes.add(plain.at("path " + name + "=" + abbreviate(values.get(i)), target, headers, body));
                if (i < 3) {
                    probes.add(plain.at("no token, path " + name + "=" + abbreviate(values.get(i)), target, noAuth,
                            body));
                }
            }
        }

        // Query parameters: every documented one with hostile values, and malformed query strings.
        List<String> queryNames = parameters(operation, "query").stream().map(p -> p.path("name").asText()).toList();
        for (String name : queryNames) {
            for (String value : queryValues()) {
                probes.add(plain.query("query " + name + "=" + abbreviate(value), name + "=" + value, headers, body,
                        Expect.ANY, null));
            }
            for (String value : UNSOUND_QUERY) {
                probes.add(plain.query("query " + name + "=" + value, name + "=" + value, headers, body,
                        Expect.REFUSED, name));
            }
            probes.add(plain.query("query " + name + " twice", name + "=1&" + name + "=2", headers, body, Expect.ANY,
                    null));
            probes.add(plain.query("query " + name + " without =", name, headers, body, Expect.ANY, null));
            probes.add(plain.query("query " + name + "[]", name + "%5B%5D=1", headers, body, Expect.ANY, null));
        }
        for (String query : List.of("%00=1", "=1", "&=&=", "%=%")) {
            probes.add(plain.query("query " + abbreviate(query), query, headers, body, Expect.ANY, null));
        }

        if (mediaType != null) {
            probes.addAll(bodyProbes(operation, plain, mediaType, example, headers, noAuth));
        } else if (METHODS_WITH_BODY.contains(operation.method())) {
            // An operation without a body, sent one anyway.
            probes.add(plain.with("unexpected JSON body", with(headers, "Content-Type", "application/json"),
                    "{\"a\":\"\\u0000\"}".getBytes(StandardCharsets.UTF_8)));
            probes.add(plain.with("unexpected text body", with(headers, "Content-Type", "text/plain"),
                    "hello".getBytes(StandardCharsets.UTF_8)));
        }
        return probes;
    }

    private List<Probe> bodyProbes(ContractDocument.Operation operation, Request plain, String mediaType,
            JsonNode example, List<String[]> headers, List<String[]> noAuth) {
        List<Probe> probes = new ArrayList<>();
        String text = example == null ? "{}" : example.toString();

        // Content types: missing, wrong, with odd parameters.
        List<String[]> untyped = without(headers, "Content-Type");
        probes.add(plain.with("no Content-Type", untyped, bytes(text)));
        List<String> types = List.of("text/plain", "application/x-www-form-urlencoded", "*/*", "garbage",
                "multipart/form-data; boundary=x", mediaType + "; charset=bogus", mediaType + "; charset=utf-16",
                mediaType + "; charset=ISO-8859-1", mediaType + "; charset=", mediaType + ";;;", "application/",
                mediaType + ", text/plain", mediaType.toUpperCase(),
                mediaType.equals("application/json") ? "application/merge-patch+json" : "application/json");
        for (int i = 0; i < types.size(); i++) {
            probes.add(plain.with("Content-Type: " + types.get(i), with(headers, "Content-Type", types.get(i)),
                    bytes(text)));
            if (i < 4) {
                probes.add(plain.with("no token, Content-Type: " + types.get(i), with(noAuth, "Content-Type",
                        types.get(i)), bytes(text)));
            }
        }

        // Whole bodies that are not the object the operation takes.
        Map<String, byte[]> wholes = new LinkedHashMap<>();
        wholes.put("empty body", new byte[0]);
        for (String whole : List.of(" ", "null", "[" + text + "]", "\"text\"", "123", "hello", "{", "{}",
                "{'a':1}", "/*c*/{}", "{} {}", text + "x", "{\"x\":" + text + "}",
                "[".repeat(5000) + "]".repeat(5000), "{\"a\":".repeat(3000) + "1" + "}".repeat(3000),
                "{\"n\":" + "9".repeat(5000) + "}", "{\"n\":1e999999}", "{\"" + "k".repeat(60_000) + "\":1}",
                "{\"\\u0000\":1}", "{\"\\ud800\":1}", keys(4000))) {
            wholes.put(abbreviate(whole), bytes(whole));
        }
        wholes.put("BOM and example", concat(new byte[]{(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, bytes(text)));
        wholes.put("invalid UTF-8 in a string", concat(bytes("{\"a\":\"x"), new byte[]{(byte) 0xC3, 0x28},
                bytes("\"}")));
        wholes.put("overlong NUL in a string", concat(bytes("{\"a\":\"x"), new byte[]{(byte) 0xC0, (byte) 0x80},
                bytes("\"}")));
        wholes.put("raw surrogate bytes in a string", concat(bytes("{\"a\":\"x"),
                new byte[]{(byte) 0xED, (byte) 0xA0, (byte) 0x80}, bytes("\"}")));
        wholes.put("raw NUL byte in a string", concat(bytes("{\"a\":\"x"), new byte[]{0}, bytes("\"}")));
        wholes.put("UTF-16 body", text.getBytes(StandardCharsets.UTF_16));
        int index = 0;
        for (var whole : wholes.entrySet()) {
            probes.add(plain.with("body " + whole.getKey(), headers, whole.getValue()));
            if (index++ % 3 == 0) {
                probes.add(plain.with("no token, body " + whole.getKey(), noAuth, whole.getValue()));
            }
        }

        // Every property, at every depth the example and the schema reach.
        if (example instanceof ObjectNode object) {
            JsonNode schema = schema(operation);
            ObjectNode full = object.deepCopy();
            complete(full, schema);
            for (String pointer : pointers(full, "")) {
                JsonNode propertySchema = schemaAt(schema, pointer);
                for (var variant : variants(full, pointer, propertySchema).entrySet()) {
                    probes.add(plain.body("body " + pointer + " " + variant.getKey(), headers,
                            bytes(variant.getValue()), Expect.ANY, null));
                }
                // Every scalar: a boolean or a number sent as a string with a NUL is refused for the NUL first.
                if (!full.at(pointer).isContainerNode()) {
                    for (String unsound : UNSOUND) {
                        probes.add(plain.body("body " + pointer + " = " + unsound, headers,
                                bytes(replaced(full, pointer, unsound)), Expect.REFUSED, pointer));
                    }
                }
            }
        }
        return probes;
    }

    /** Optional properties the example leaves out are attacked too: each gets a plain value first. */
    private void complete(ObjectNode object, JsonNode schema) {
        JsonNode properties = resolve(schema).path("properties");
        properties.fields().forEachRemaining(property -> {
            if (!object.has(property.getKey())) {
                JsonNode type = resolve(property.getValue());
                String kind = type(type);
                switch (kind) {
                    case "string" -> object.put(property.getKey(), "text");
                    case "integer", "number" -> object.put(property.getKey(), 1);
                    case "boolean" -> object.put(property.getKey(), true);
                    case "array" -> object.putArray(property.getKey());
                    case "object" -> object.putObject(property.getKey());
                    default -> object.put(property.getKey(), "text");
                }
            }
        });
    }

    private Map<String, String> variants(ObjectNode full, String pointer, JsonNode schema) {
        Map<String, String> variants = new LinkedHashMap<>();
        JsonNode value = full.at(pointer);
        JsonNode resolved = resolve(schema);
        variants.put("missing", removed(full, pointer));
        for (String wrong : List.of("null", "12345", "1.5", "true", "{}", "[]", "\" \\r\\n\\t\"")) {
            variants.put("= " + wrong, replaced(full, pointer, wrong));
        }
        if (isTextual(value, resolved)) {
            int max = resolved == null ? 0 : resolved.path("maxLength").asInt(0);
            variants.put("over maxLength", replaced(full, pointer, quote("x".repeat(max > 0 ? max + 1 : 1001))));
            variants.put("~60 KB", replaced(full, pointer, quote("y".repeat(60 * 1024 - full.toString().length()
                    - 64))));

            for (String odd : List.of("\"a\\u001fb\"", "\"\\u0085\"", "\"\\uffff\"", "\"\\ud83d\\ude00\"",
                    "\"'; drop table couple; --\"", "\"2026-02-30\"")) {
                variants.put("= " + odd, replaced(full, pointer, odd));
            }
        }
        if (value != null && value.isArray()) {
            variants.put("= 3000 items", replaced(full, pointer, "[" + "1,".repeat(2999) + "1]"));
            variants.put("= nested arrays", replaced(full, pointer, "[[[[[[[[]]]]]]]]"));
            if (value.size() > 0) {
                variants.put("= item twice x 200", replaced(full, pointer,
                        "[" + (value.get(0).toString() + ",").repeat(199) + value.get(0) + "]"));
            }
        }
        if (!pointer.substring(1).contains("/")) {
            String name = pointer.substring(1);
            String json = full.toString();
            variants.put("named twice", "{\"" + name + "\":" + value + "," + json.substring(1));
            variants.put("named twice, other value", "{\"" + name + "\":12345," + json.substring(1));
        }
        return variants;
    }

    private static boolean isTextual(JsonNode value, JsonNode schema) {
        return (value != null && value.isTextual()) || "string".equals(type(schema));
    }

    // ------------------------------------------------------------------------------------------------------------
    // Running and judging.

    private void run(List<Probe> probes) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<?>> running = new ArrayList<>();
            for (Probe probe : probes) {
                running.add(pool.submit(() -> judge(probe)));
            }
            for (Future<?> future : running) {
                future.get();
            }
        } finally {
            pool.shutdownNow();
        }
    }

    private void judge(Probe probe) {
        HttpResponse<String> answer;
        try {
            answer = send(probe.method(), probe.target(), probe.headers(), probe.body());
        } catch (IllegalArgumentException e) {
            unsendable.incrementAndGet(); // a header value the JDK client refuses to send: the edge tests cover it
            return;
        }
        if (answer == null) {
            fail(probe, "no answer", "no answer at all");
            return;
        }
        sent.incrementAndGet();
        int status = answer.statusCode();
        statuses.computeIfAbsent(status, s -> new AtomicInteger()).incrementAndGet();
        String contentType = answer.headers().firstValue("Content-Type").orElse(null);
        if (status >= 500) {
            fail(probe, status + "", "answered " + status + " " + abbreviate(answer.body()));
        }
        if (status >= 400) {
            problemShape(probe, status, contentType, answer.body());
        }
        if (probe.expect() == Expect.REFUSED && status < 300) {
            fail(probe, "accepted", "accepted with " + status + " instead of being refused");
        }
        if (probe.pointer() != null && (status == 400 || status == 422)) {
            invalidCharacter(probe, status, answer.body());
        }
        String requestType = header(probe.headers(), "Content-Type");
        String requestBody = probe.body() == null ? null : new String(probe.body(), StandardCharsets.UTF_8);
        try {
            Conformance.check(new Conformance.Exchange(probe.method(), URI.create(base.resolve(probe.target())
                    .toString()), requestType, requestBody, status, contentType, answer.body(),
                    name -> answer.headers().firstValue(name).orElse(null)));
        } catch (AssertionError e) {
            fail(probe, "contract " + status, e.getMessage().replace("\n", " "));
        }
    }

    private void problemShape(Probe probe, int status, String contentType, String body) {
        if (contentType == null || !contentType.startsWith("application/problem+json")) {
            fail(probe, status + " not a problem", status + " answered as " + contentType);
            return;
        }
        try {
            JsonNode problem = JSON.readTree(body);
            for (String member : List.of("type", "title", "code", "requestId")) {
                if (!problem.path(member).isTextual() || problem.path(member).asText().isEmpty()) {
                    fail(probe, status + " no " + member, status + " problem without " + member);
                }
            }
            if (problem.path("status").asInt() != status) {
                fail(probe, status + " status member", "problem says status " + problem.path("status"));
            }
            if (body.contains("Exception") || body.contains("app.kintsugi") || body.contains("\tat ")) {
                fail(probe, status + " internals", "problem shows internals: " + abbreviate(body));
            }
        } catch (IOException e) {
            fail(probe, status + " not JSON", status + " problem is not JSON: " + abbreviate(body));
        }
    }

    /** A refused NUL or half surrogate names the field (body) or parameter (query) that held it. */
    private void invalidCharacter(Probe probe, int status, String body) {
        try {
            JsonNode problem = JSON.readTree(body);
            for (JsonNode error : problem.path("errors")) {
                if (error.path("code").asText().equals("invalid-character")
                        && error.path("field").asText().equals(probe.pointer())) {
                    return;
                }
            }
            fail(probe, "not named", status + " " + problem.path("code").asText() + " does not name "
                    + probe.pointer() + " as invalid-character: " + abbreviate(body));
        } catch (IOException e) {
            // problemShape has said so
        }
    }

    private void fail(Probe probe, String kind, String message) {
        String family = probe.op() + " " + probe.what().replaceAll("=.*", "") + " " + kind;
        if (failures.putIfAbsent(family, message) == null) {
            failureOrder.add(probe.method() + " " + abbreviate(probe.target()) + " [" + probe.what() + "]: "
                    + message);
        }
    }

    private HttpResponse<String> exchange(String method, String target, List<String[]> headers, byte[] body,
            String contentType) {
        List<String[]> sending = headers.stream().filter(h -> h != null).toList();
        HttpResponse<String> answer = send(method, target, sending, body);
        if (answer != null) {
            try {
                Conformance.check(new Conformance.Exchange(method, base.resolve(target), contentType,
                        body == null ? null : new String(body, StandardCharsets.UTF_8), answer.statusCode(),
                        answer.headers().firstValue("Content-Type").orElse(null), answer.body(),
                        name -> answer.headers().firstValue(name).orElse(null)));
            } catch (AssertionError e) {
                fail(new Probe(method + " " + target, "the contract's own example", method, target, sending, body,
                        Expect.ANY, null), "contract", e.getMessage().replace("\n", " "));
            }
        }
        return answer;
    }

    private HttpResponse<String> send(String method, String target, List<String[]> headers, byte[] body) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base.toString().replaceAll("/$", "")
                + target)).timeout(Duration.ofSeconds(60));
        for (String[] header : headers) {
            if (header != null) {
                request.header(header[0], header[1]);
            }
        }
        request.method(method, body == null
                ? HttpRequest.BodyPublishers.noBody()
                : HttpRequest.BodyPublishers.ofByteArray(body));
        try {
            return client.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            return null;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return null;
        }
    }

    // ------------------------------------------------------------------------------------------------------------
    // Hostile values.

    private static List<String> headerValues(String name) {
        return switch (name) {
            case "Idempotency-Key" -> List.of("", " ", "k".repeat(256), "key with spaces", "\u00e9\u00e9", "a\tb",
                    "\"quoted\"", "*", UUID.randomUUID() + "," + UUID.randomUUID());
            case "If-Match", "If-None-Match" -> List.of("", "*", "W/\"0\"", "\"unterminated", "abc", "\"0\", \"1\"",
                    "\"" + "9".repeat(300) + "\"", "\"\"", "\"-1\"", "\"99999999999999999999\"", "W/", ",,,");
            case "Accept-Language" ->
                List.of("", "*", "zz-ZZZZ-123456789", "en;q=abc", "en;q=2", "x-" + "a".repeat(300),
                        "en, ".repeat(200) + "pt", "\u00e9", "-", ";;;");
            default -> List.of("", "x".repeat(300), "\u00e9");
        };
    }

    private static List<String> pathValues(String name) {
        // No "%2e%2e": a dot segment, even encoded, is the edge's to refuse (see the note in docs/testing.md).
        List<String> values = new ArrayList<>(List.of(UUID.randomUUID().toString(), "not-a-uuid", "%00", "%ED%A0%80",
                "a".repeat(300), "%C3%28", "%25"));
        switch (name) {
            case "date", "day" -> values.addAll(List.of("2026-02-30", "2026-13-01", "99999-01-01", "1900-01-01",
                    "2026-1-1"));
            case "week" -> values.addAll(List.of("2026-W54", "2026-W00", "2026-W1", "99999-W01", "2026W01"));
            case "number", "version" -> values.addAll(List.of("1.5", "1e3", "2147483648", "+1"));
            default -> {
            }
        }
        return values;
    }

    private static List<String> queryValues() {
        return List.of("", "%ED%A0%80", "%01", "y".repeat(3000), "1.5", "99999999999999999999", "%zz",
                "%F0%9F%98%80");
    }

    private String replaceSegment(ContractDocument.Operation operation, String real, String name, String value) {
        // Rebuild from the template so that only this parameter changes.
        String path = operation.template();
        for (JsonNode parameter : parameters(operation, "path")) {
            String other = parameter.path("name").asText();
            String replacement = other.equals(name) ? value : segment(operation.template(), real, other);
            path = path.replace("{" + other + "}", replacement);
        }
        return path;
    }

    private static String segment(String template, String real, String name) {
        String[] templateSegments = template.split("/");
        String[] realSegments = real.split("/");
        for (int i = 0; i < templateSegments.length; i++) {
            if (templateSegments[i].equals("{" + name + "}")) {
                return realSegments[i];
            }
        }
        return UUID.randomUUID().toString();
    }

    private String randomPath(ContractDocument.Operation operation) {
        String path = operation.template();
        for (JsonNode parameter : parameters(operation, "path")) {
            String name = parameter.path("name").asText();
            String value = ids.get(key(operation.template(), name));
            path = path.replace("{" + name + "}", value != null
                    ? value
                    : Optional.ofNullable(typical(name)).orElse(UUID.randomUUID().toString()));
        }
        return path;
    }

    private String etag(ContractDocument.Operation operation, String path, String role) {
        Optional<ContractDocument.Operation> read = contract.find("GET", path);
        if (read.isPresent() && read.get().template().equals(operation.template()) && role != null) {
            HttpResponse<String> answer = send("GET", path, List.<String[]>of(bearer(role)), null);
            if (answer != null && answer.statusCode() == 200) {
                Optional<String> etag = answer.headers().firstValue("ETag");
                if (etag.isPresent()) {
                    return etag.get();
                }
            }
        }
        return "\"0\"";
    }

    private static String keys(int count) {
        StringBuilder json = new StringBuilder("{");
        for (int i = 0; i < count; i++) {
            json.append(i == 0 ? "" : ",").append("\"k").append(i).append("\":1");
        }
        return json.append('}').toString();
    }

    // ------------------------------------------------------------------------------------------------------------
    // The contract, read.

    private List<JsonNode> parameters(ContractDocument.Operation operation, String in) {
        List<JsonNode> found = new ArrayList<>();
        for (JsonNode parameter : operation.node().path("parameters")) {
            JsonNode resolved = contract.resolve(parameter);
            if (in.equals(resolved.path("in").asText())) {
                found.add(resolved);
            }
        }
        return found;
    }

    private boolean header(ContractDocument.Operation operation, String name) {
        return parameters(operation, "header").stream().anyMatch(p -> p.path("name").asText().equals(name));
    }

    private String bodyType(ContractDocument.Operation operation) {
        JsonNode body = contract.resolve(operation.node().get("requestBody"));
        if (body == null) {
            return null;
        }
        var types = body.path("content").fieldNames();
        return types.hasNext() ? types.next() : null;
    }

    private JsonNode media(ContractDocument.Operation operation) {
        JsonNode body = contract.resolve(operation.node().get("requestBody"));
        if (body == null) {
            return null;
        }
        var media = body.path("content").elements();
        return media.hasNext() ? media.next() : null;
    }

    private JsonNode example(ContractDocument.Operation operation) {
        JsonNode media = media(operation);
        if (media == null) {
            return null;
        }
        var examples = media.path("examples").elements();
        if (examples.hasNext()) {
            return contract.resolve(examples.next()).path("value").deepCopy();
        }
        return media.has("example") ? media.get("example").deepCopy() : JSON.createObjectNode();
    }

    private JsonNode schema(ContractDocument.Operation operation) {
        JsonNode media = media(operation);
        return media == null ? null : resolve(media.get("schema"));
    }

    private JsonNode resolve(JsonNode schema) {
        JsonNode resolved = contract.resolve(schema);
        if (resolved != null && resolved.has("allOf") && !resolved.has("properties")) {
            for (JsonNode part : resolved.get("allOf")) {
                JsonNode candidate = contract.resolve(part);
                if (candidate.has("properties") || candidate.has("type")) {
                    return candidate;
                }
            }
        }
        return resolved;
    }

    private JsonNode schemaAt(JsonNode schema, String pointer) {
        JsonNode current = resolve(schema);
        for (String segment : pointer.substring(1).split("/")) {
            if (current == null) {
                return null;
            }
            if (segment.matches("\\d+")) {
                current = resolve(current.get("items"));
            } else {
                current = resolve(current.path("properties").get(segment));
            }
        }
        return current;
    }

    private static String type(JsonNode schema) {
        if (schema == null) {
            return "";
        }
        JsonNode type = schema.get("type");
        if (type == null) {
            return schema.has("enum") ? "string" : "";
        }
        if (type.isArray()) {
            for (JsonNode one : type) {
                if (!one.asText().equals("null")) {
                    return one.asText();
                }
            }
            return "";
        }
        return type.asText();
    }

    /** Every property and array item of a body, as JSON pointers, up to three levels deep. */
    private static List<String> pointers(JsonNode node, String prefix) {
        List<String> pointers = new ArrayList<>();
        if (prefix.split("/").length > 4) {
            return pointers;
        }
        if (node.isObject()) {
            node.fields().forEachRemaining(field -> {
                String pointer = prefix + "/" + field.getKey();
                pointers.add(pointer);
                pointers.addAll(pointers(field.getValue(), pointer));
            });
        } else if (node.isArray() && node.size() > 0) {
            String pointer = prefix + "/0";
            pointers.add(pointer);
            pointers.addAll(pointers(node.get(0), pointer));
        }
        return pointers;
    }

    /** The body with the value at {@code pointer} replaced by raw JSON text, which may be JSON no parser keeps. */
    private static String replaced(ObjectNode body, String pointer, String raw) {
        ObjectNode copy = body.deepCopy();
        String parent = pointer.substring(0, pointer.lastIndexOf('/'));
        String last = pointer.substring(pointer.lastIndexOf('/') + 1);
        JsonNode container = parent.isEmpty() ? copy : copy.at(parent);
        if (container instanceof ObjectNode object) {
            object.put(last, SLOT);
        } else if (container instanceof ArrayNode array) {
            array.set(Integer.parseInt(last), array.textNode(SLOT));
        }
        return copy.toString().replace("\"" + SLOT + "\"", raw);
    }

    private static String removed(ObjectNode body, String pointer) {
        ObjectNode copy = body.deepCopy();
        String parent = pointer.substring(0, pointer.lastIndexOf('/'));
        String last = pointer.substring(pointer.lastIndexOf('/') + 1);
        JsonNode container = parent.isEmpty() ? copy : copy.at(parent);
        if (container instanceof ObjectNode object) {
            object.remove(last);
        } else if (container instanceof ArrayNode array) {
            array.remove(Integer.parseInt(last));
        }
        return copy.toString();
    }

    private static String quote(String text) {
        return "\"" + text + "\"";
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] concat(byte[]... parts) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (byte[] part : parts) {
            out.writeBytes(part);
        }
        return out.toByteArray();
    }

    private static String abbreviate(String text) {
        if (text == null) {
            return "null";
        }
        String shown = text.length() > 60 ? text.substring(0, 40) + "...(" + text.length() + " chars)" : text;
        return shown.replace("\n", "\\n");
    }

    private static List<String[]> without(List<String[]> headers, String name) {
        return headers.stream().filter(h -> h != null && !h[0].equalsIgnoreCase(name)).toList();
    }

    private static List<String[]> with(List<String[]> headers, String name, String value) {
        List<String[]> changed = new ArrayList<>(without(headers, name));
        changed.add(new String[]{name, value});
        return changed;
    }

    private static String header(List<String[]> headers, String name) {
        return headers.stream().filter(h -> h != null && h[0].equalsIgnoreCase(name)).map(h -> h[1]).findFirst()
                .orElse(null);
    }

    /** The well-formed request of an operation, from which each probe changes one thing. */
    private record Request(String op, String method, String path, List<String[]> headers, byte[] body) {

        Probe with(String what, List<String[]> headers, byte[] body) {
            return new Probe(op, what, method, path, headers, body, Expect.ANY, null);
        }

        Probe at(String what, String target, List<String[]> headers, byte[] body) {
            return new Probe(op, what, method, target, headers, body, Expect.ANY, null);
        }

        Probe query(String what, String query, List<String[]> headers, byte[] body, Expect expect, String name) {
            return new Probe(op, what, method, path + "?" + query, headers, body, expect, name);
        }

        Probe body(String what, List<String[]> headers, byte[] body, Expect expect, String pointer) {
            return new Probe(op, what, method, path, headers, body, expect, pointer);
        }
    }
}
