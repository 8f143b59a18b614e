package app.kintsugi.support.contract;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Checks one exchange against the committed contract and records which documented outcome it produced. See
 * {@code package-info.java} for what is checked and how to run it.
 */
public final class Conformance {

    /** Where every run of the suite records the outcomes it produced, one per line. */
    public static final Path EXCHANGES = Path.of("target/conformance/exchanges.txt");
    /** With {@code -Dcontract.report-only=true} violations are written here instead of failing the test. */
    public static final Path VIOLATIONS = Path.of("target/conformance/violations.txt");
    // Outside the kintsugi.* prefix: KintsugiConfig refuses unknown keys there, and a second Quarkus boot in the same JVM
    // (a test profile) reads system properties too.
    private static final String RUN_MARKER = "conformance.harness.run";
    private static final boolean REPORT_ONLY = Boolean.getBoolean("contract.report-only");
    private static final ObjectMapper JSON = new ObjectMapper();
    /**
     * Headers a client acts on: each one the server sends must be documented on the response that carries it. Transport
     * and caching headers every answer carries are described once, in the README, and are not listed.
     */
    private static final List<String> MEANINGFUL_HEADERS = List.of("ETag", "Location", "Retry-After",
            "Idempotent-Replayed", "Content-Language", "Deprecation", "Sunset", "Link", "RateLimit", "RateLimit-Policy",
            "Content-Disposition", "Content-Location", "Last-Modified", "Allow", "WWW-Authenticate");
    private static final ThreadLocal<Boolean> SUSPENDED = ThreadLocal.withInitial(() -> false);
    private static final Set<String> RECORDED = new HashSet<>();

    private Conformance() {
    }

    /** One request and its answer, as the harness sees them. */
    public record Exchange(String method, URI uri, String requestContentType, String requestBody, int status,
            String contentType, String body, java.util.function.Function<String, String> header) {
    }

    /**
     * Runs requests that are meant to leave the contract (a path no client should call, a probe resource of the test
     * suite) without checking them. Use it only for such requests; never to hide an undocumented answer.
     */
    public static <T> T unchecked(Supplier<T> requests) {
        boolean before = SUSPENDED.get();
        SUSPENDED.set(true);
        try {
            return requests.get();
        } finally {
            SUSPENDED.set(before);
        }
    }

    static boolean suspended() {
        return SUSPENDED.get();
    }

    /** Checks the exchange; records its outcome; fails (or, report-only, writes down) every violation. */
    public static void check(Exchange exchange) {
        check(exchange, true);
    }

    /** Checks an answer made up by the harness's own tests: it fails alike but is never recorded as produced. */
    static void checkUnrecorded(Exchange exchange) {
        check(exchange, false);
    }

    private static final ThreadLocal<Boolean> RECORDING = ThreadLocal.withInitial(() -> true);

    private static void check(Exchange exchange, boolean recording) {
        RECORDING.set(recording);
        try {
            checkNow(exchange);
        } finally {
            RECORDING.remove();
        }
    }

    private static void checkNow(Exchange exchange) {
        String path = exchange.uri().getRawPath();
        if (!path.startsWith("/v1/") || path.equals("/v1/test-probes") || path.startsWith("/v1/test-probes/")) {
            return; // operations endpoints and the suite's own probe resources are not part of the contract
        }
        List<String> violations = new ArrayList<>();
        ContractDocument contract = ContractDocument.get();
        Optional<ContractDocument.Operation> found = contract.find(exchange.method(), path);
        if (found.isEmpty()) {
            outsideOperations(exchange, contract, violations);
        } else {
            within(exchange, contract, found.get(), violations);
        }
        if (violations.isEmpty()) {
            return;
        }
        String message = exchange.method() + " " + exchange.uri() + " answered " + exchange.status() + ":\n  - "
                + String.join("\n  - ", violations);
        if (REPORT_ONLY && RECORDING.get()) {
            append(VIOLATIONS, message.replace("\n", " ") + "\n");
        } else {
            throw new AssertionError("The answer breaks the committed contract (openapi/openapi.json):\n" + message);
        }
    }

    private static void outsideOperations(Exchange exchange, ContractDocument contract, List<String> violations) {
        // No operation: the path is unknown (404) or the method is not one of the path's (405). Both are problems.
        int expected = contract.knowsPath(exchange.uri().getRawPath()) ? 405 : 404;
        if (exchange.status() != expected) {
            violations.add("no operation " + exchange.method() + " " + exchange.uri().getRawPath()
                    + " is documented, so " + expected + " was expected");
        }
        if (!isProblem(exchange.contentType())) {
            violations.add("a " + exchange.status() + " without an operation must be application/problem+json, not "
                    + exchange.contentType());
        }
        if (violations.isEmpty()) {
            record("- " + exchange.status());
        }
    }

    private static void within(Exchange exchange, ContractDocument contract, ContractDocument.Operation operation,
            List<String> violations) {
        int status = exchange.status();
        Optional<JsonNode> documented = contract.response(operation, status);
        if (documented.isEmpty()) {
            violations.add("status " + status + " is not documented on " + operation.id());
            return;
        }
        JsonNode response = documented.get();
        String mediaType = mediaType(exchange.contentType());
        JsonNode content = response.path("content");
        boolean hasBody = exchange.body() != null && !exchange.body().isEmpty();
        if (hasBody) {
            JsonNode media = content.get(mediaType);
            if (media == null) {
                violations.add("media type " + mediaType + " is not documented for " + status + " (documented: "
                        + names(content) + ")");
            } else if (isJson(mediaType) && media.has("schema")) {
                for (String error : validate(contract, media.get("schema"), exchange.body())) {
                    violations.add("body: " + error);
                }
            }
        } else if (content.size() > 0 && status != 304 && !"HEAD".equalsIgnoreCase(exchange.method())) {
            violations.add("no body, but " + status + " documents one (" + names(content) + ")");
        }
        headers(exchange, response, violations);
        String code = "";
        if (isProblem(mediaType)) {
            Optional<String> sent = codeOf(exchange);
            Set<String> codes = contract.problemCodes(response);
            code = sent.orElse("");
            if (sent.isEmpty()) {
                violations.add("a problem without a code");
            } else if (!codes.contains(sent.get())) {
                violations.add("problem code '" + sent.get() + "' is not documented for " + status + " on "
                        + operation.id() + " (documented: " + codes + ")");
            }
        }
        List<String> fieldCodes = fieldCodesOf(exchange);
        if (!code.isEmpty() && !fieldCodes.isEmpty()) {
            Set<String> documentedFields = contract.fieldCodes(response, code);
            for (String field : fieldCodes) {
                if (!documentedFields.contains(field)) {
                    violations.add("field code '" + field + "' of '" + code + "' is not documented for " + status
                            + " on " + operation.id() + " (documented: " + documentedFields + ")");
                }
            }
        }
        if (isProblem(mediaType) && problemStatus(exchange) != status) {
            violations.add("the problem's status member says " + problemStatus(exchange) + ", the answer " + status);
        }
        if (status >= 200 && status < 300) {
            request(exchange, contract, operation, violations);
        }
        if (violations.isEmpty()) {
            // Only an answer that met the contract counts as producing a documented outcome.
            String outcome = operation.id() + " " + status + (code.isEmpty() ? "" : " " + code);
            record(outcome);
            fieldCodes.forEach(field -> record(outcome + " " + field));
        }
    }

    private static List<String> fieldCodesOf(Exchange exchange) {
        List<String> codes = new ArrayList<>();
        if (isProblem(mediaType(exchange.contentType())) && exchange.body() != null && !exchange.body().isEmpty()) {
            try {
                JSON.readTree(exchange.body()).path("errors").forEach(error -> codes.add(error.path("code").asText()));
            } catch (IOException e) {
                // not JSON: the schema check has said so already
            }
        }
        return codes;
    }

    private static int problemStatus(Exchange exchange) {
        try {
            return JSON.readTree(exchange.body()).path("status").asInt(-1);
        } catch (IOException | RuntimeException e) {
            return -1;
        }
    }

    /** A request the server accepted must be one the contract allows, or clients are told less than they may do. */
    private static void request(Exchange exchange, ContractDocument contract, ContractDocument.Operation operation,
            List<String> violations) {
        Set<String> documented = new HashSet<>();
        for (JsonNode parameter : ContractDocument.iterable(operation.node().path("parameters"))) {
            JsonNode resolved = contract.resolve(parameter);
            if ("query".equals(resolved.path("in").asText())) {
                documented.add(resolved.path("name").asText());
            }
        }
        String query = exchange.uri().getRawQuery();
        if (query != null && !query.isEmpty()) {
            for (String pair : query.split("&")) {
                if (pair.isEmpty()) {
                    continue; // "?&limit=1": an empty pair between separators is no parameter
                }
                String name = java.net.URLDecoder.decode(pair.split("=", 2)[0], StandardCharsets.UTF_8);
                if (!documented.contains(name)) {
                    violations.add("the request's query parameter '" + name + "' is accepted but not documented");
                }
            }
        }
        String body = exchange.requestBody();
        if (body == null || body.isEmpty()) {
            return;
        }
        if (body.charAt(0) == '\ufeff') {
            body = body.substring(1); // RFC 8259 §8.1: a parser may ignore a byte order mark, and the server does
        }
        JsonNode requestBody = contract.resolve(operation.node().get("requestBody"));
        if (requestBody == null) {
            violations.add("a request body was accepted, but the operation documents none");
            return;
        }
        String mediaType = mediaType(exchange.requestContentType());
        JsonNode media = requestBody.path("content").get(mediaType);
        if (media == null) {
            violations.add("request media type " + mediaType + " is accepted but not documented (documented: "
                    + names(requestBody.path("content")) + ")");
        } else if (isJson(mediaType) && media.has("schema")) {
            for (String error : validate(contract, media.get("schema"), body)) {
                violations.add("accepted request body breaks its schema: " + error);
            }
        }
    }

    private static void headers(Exchange exchange, JsonNode response, List<String> violations) {
        JsonNode documented = response.path("headers");
        Set<String> names = new HashSet<>();
        documented.fieldNames().forEachRemaining(name -> names.add(name.toLowerCase(Locale.ROOT)));
        documented.fields().forEachRemaining(header -> {
            JsonNode resolved = ContractDocument.get().resolve(header.getValue());
            if (resolved.path("required").asBoolean(false) && exchange.header().apply(header.getKey()) == null) {
                violations.add("required header " + header.getKey() + " is missing");
            }
        });
        for (String header : MEANINGFUL_HEADERS) {
            if (exchange.header().apply(header) != null && !names.contains(header.toLowerCase(Locale.ROOT))) {
                violations.add("header " + header + " is sent but not documented on this response");
            }
        }
    }

    private static List<String> validate(ContractDocument contract, JsonNode schema, String json) {
        try {
            return contract.validate(schema, json);
        } catch (RuntimeException e) {
            return List.of("not JSON the schema can read: " + e.getMessage());
        }
    }

    private static Optional<String> codeOf(Exchange exchange) {
        if (!isProblem(mediaType(exchange.contentType())) || exchange.body() == null || exchange.body().isEmpty()) {
            return Optional.empty();
        }
        try {
            JsonNode body = JSON.readTree(exchange.body());
            return body.hasNonNull("code") ? Optional.of(body.get("code").asText()) : Optional.empty();
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    private static String names(JsonNode content) {
        List<String> names = new ArrayList<>();
        content.fieldNames().forEachRemaining(names::add);
        return String.join(", ", names);
    }

    static String mediaType(String contentType) {
        if (contentType == null || contentType.isBlank()) {
            return "";
        }
        return contentType.split(";")[0].trim().toLowerCase(Locale.ROOT);
    }

    private static boolean isJson(String mediaType) {
        return mediaType.equals("application/json") || mediaType.endsWith("+json");
    }

    private static boolean isProblem(String contentType) {
        return mediaType(contentType).equals("application/problem+json");
    }

    /** Records an outcome once per class loader; the file is emptied when a test JVM records its first outcome. */
    private static void record(String outcome) {
        if (!RECORDING.get()) {
            return;
        }
        synchronized (RECORDED) {
            if (!RECORDED.add(outcome)) {
                return;
            }
        }
        append(EXCHANGES, outcome + "\n");
    }

    private static synchronized void append(Path file, String text) {
        try {
            Files.createDirectories(file.getParent());
            // System properties are one per JVM, shared by every Quarkus class loader the suite creates.
            synchronized (System.getProperties()) {
                if (System.getProperty(RUN_MARKER) == null) {
                    System.setProperty(RUN_MARKER, "started");
                    Files.deleteIfExists(EXCHANGES);
                    Files.deleteIfExists(VIOLATIONS);
                }
                Files.writeString(file, text, StandardCharsets.UTF_8, StandardOpenOption.CREATE,
                        StandardOpenOption.APPEND);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
