package app.kintsugi.support.contract;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;

import app.kintsugi.platform.security.Callers;
import app.kintsugi.support.Tokens;

/**
 * Walks every operation of the committed contract and produces, through the HTTP API, the outcomes every operation
 * shares: 401 without a token, 403 {@code forbidden} for a role the operation does not allow, 406 for an {@code Accept}
 * it cannot answer, 400 for an unknown query parameter, and for operations with a body 400 for broken JSON, 413, 415
 * and 422 for an unknown field; 404 for random ids on reads and deletes; 400 for {@code limit=0} on the lists it can
 * reach; for every POST the {@code Idempotency-Key} outcomes (400 malformed, 409 still in flight, 422 used for another
 * request). Each answer also passes through the conformance harness, so what the walk meets on the way (a 404 for a
 * random id, say) must be documented too.
 */
@QuarkusTest
@WithTestResource(OidcWiremockTestResource.class)
class ContractWalkTest {

    private static final List<String> ROLES = List.of("user", "counselor", "admin", "service");
    private static final String LARGE = "{\"text\":\"" + "x".repeat(70 * 1024) + "\"}";

    @Inject
    AgroalDataSource dataSource;

    private final List<String> failures = new ArrayList<>();

    private record Call(ContractDocument.Operation operation, String path, Set<String> roles, boolean body,
            String bodyType) {
    }

    @Test
    void everyOperationAnswersTheSharedOutcomesAsDocumented() throws SQLException {
        ContractDocument contract = ContractDocument.get();
        for (ContractDocument.Operation operation : contract.operations()) {
            Call call = call(contract, operation);
            String who = operation.id() + " (" + operation.method().toUpperCase() + " " + operation.template() + ")";
            String role = call.roles().isEmpty() ? "user" : call.roles().iterator().next();
            String token = Tokens.person(role);

            if (documents(operation, "401")) {
                expect(who, "no token", send(call, given(), ""), 401, "unauthorized");
            }
            if (!call.roles().isEmpty()) {
                // A role the operation does not list; a token with no role at all where it lists every role.
                String[] other = ROLES.stream().filter(listed -> !call.roles().contains(listed)).limit(1)
                        .toArray(String[]::new);
                expect(who, "roles " + List.of(other), send(call, as(Tokens.person(other)), ""), 403, "forbidden");
            }
            expect(who, "Accept: application/xml", send(call, as(token).accept("application/xml"), ""), 406,
                    "not-acceptable");
            expect(who, "unknown query parameter", send(call, as(token), "sort=newest"), 400,
                    "unknown-query-parameter");
            if (operation.template().contains("Id}") && documents(operation, "404")
                    && List.of("get", "delete").contains(operation.method())) {
                expect(who, "random ids", send(call, as(token), ""), 404, "not-found");
            }
            if (takes(contract, operation, "limit")) {
                limit(who, call);
            }
            if (call.body()) {
                expect(who, "broken JSON", sendBody(call, as(token), call.bodyType(), "{\"broken\":"), 400,
                        "malformed-json");
                expect(who, "text/plain body", sendBody(call, as(token), "text/plain", "hello"), 415,
                        "unsupported-media-type");
                expect(who, "70 KiB body", sendBody(call, as(token), call.bodyType(), LARGE), 413,
                        "payload-too-large");
                expect(who, "unknown field", sendBody(call, as(token), call.bodyType(), "{\"noSuchField\":1}"), 422,
                        "validation-failed");
            }
            if (operation.method().equals("post")) {
                idempotency(who, call, role);
            }
        }
        assertTrue(failures.isEmpty(), failures.size() + " shared outcomes were not as documented:\n  "
                + String.join("\n  ", failures));
    }

    /**
     * A bad page size is refused once the list itself is found: lists of no particular couple are asked as they are; a
     * couple's own lists are asked by a partner of a couple of the walk's, the others need a feature's test.
     */
    private void limit(String who, Call call) {
        String template = call.operation().template();
        if (!template.contains("{")) {
            String role = call.roles().isEmpty() ? "user" : call.roles().iterator().next();
            expect(who, "limit=0", send(call, as(Tokens.person(role)), "limit=0"), 400, "invalid-parameter");
        } else if (template.matches("/v1/couples/\\{coupleId}/[a-z-]+") && call.roles().contains("user")) {
            if (owner == null) {
                owner = Tokens.person("user");
                ownCouple = as(owner).contentType("application/json").body("{\"timeZone\":\"Europe/Lisbon\"}")
                        .post("/v1/couples").then().statusCode(201).extract().path("id");
            }
            Call own = new Call(call.operation(), template.replace("{coupleId}", ownCouple), call.roles(),
                    call.body(), call.bodyType());
            expect(who, "limit=0", send(own, as(owner), "limit=0"), 400, "invalid-parameter");
        }
    }

    private String owner;
    private String ownCouple;

    private void idempotency(String who, Call call, String role) throws SQLException {
        String subject = "walker-" + UUID.randomUUID();
        String token = Tokens.subject(subject, role);
        String caller = new Callers(Tokens.ISSUER, subject, Set.of(), null).key();
        String body = call.body() ? "{}" : null;

        expect(who, "malformed Idempotency-Key", sendBody(call, as(token).header("Idempotency-Key", "not a key"),
                call.bodyType(), body), 400, "invalid-parameter");

        String held = UUID.randomUUID().toString();
        try (Connection connection = dataSource.getConnection();
                PreparedStatement lock = connection
                        .prepareStatement("select pg_advisory_lock(hashtextextended(?, 0))")) {
            // What a first request with this key holds while it runs: the answer to a second one is a conflict.
            lock.setString(1, "idempotency\n" + caller + "\n" + held);
            lock.execute();
            try {
                expect(who, "Idempotency-Key in flight", sendBody(call, as(token).header("Idempotency-Key", held),
                        call.bodyType(), body), 409, "idempotency-key-in-use");
            } finally {
                try (PreparedStatement unlock = connection
                        .prepareStatement("select pg_advisory_unlock(hashtextextended(?, 0))")) {
                    unlock.setString(1, "idempotency\n" + caller + "\n" + held);
                    unlock.execute();
                }
            }
        }

        String used = UUID.randomUUID().toString();
        try (Connection connection = dataSource.getConnection();
                PreparedStatement stored = connection.prepareStatement("""
                        insert into idempotency_record (caller, idempotency_key, fingerprint, response_status,
                            response_headers, response_body, created_at, expires_at)
                        values (?, ?, 'another request', 201, '{}'::jsonb, null, now(), now() + interval '1 hour')
                        """)) {
            // What a first, different request with this key left behind.
            stored.setString(1, caller);
            stored.setString(2, used);
            stored.execute();
        }
        expect(who, "Idempotency-Key used for another request", sendBody(call,
                as(token).header("Idempotency-Key", used), call.bodyType(), body), 422, "validation-failed");
    }

    private void expect(String who, String what, Response response, int status, String code) {
        String sent = response.getContentType() != null && response.getContentType().contains("json")
                ? response.jsonPath().getString("code")
                : null;
        if (response.statusCode() != status || !code.equals(sent)) {
            failures.add(who + " with " + what + ": expected " + status + " " + code + ", got "
                    + response.statusCode() + " " + sent);
        }
    }

    private static RequestSpecification as(String token) {
        return given().auth().oauth2(token);
    }

    /** An operation that needs {@code If-Match} gets one, so that the body is what decides its answer. */
    private static RequestSpecification conditional(Call call, RequestSpecification request) {
        return documents(call.operation(), "428") ? request.header("If-Match", "\"0\"") : request;
    }

    private static Response send(Call call, RequestSpecification request, String query) {
        String body = call.body() ? "{}" : null;
        RequestSpecification spec = body == null ? request : request.contentType(call.bodyType()).body(body);
        return conditional(call, spec).when().request(call.operation().method().toUpperCase(),
                call.path() + (query.isEmpty() ? "" : "?" + query));
    }

    private static Response sendBody(Call call, RequestSpecification request, String contentType, String body) {
        RequestSpecification spec = body == null ? request : request.contentType(contentType).body(body);
        return conditional(call, spec).when().request(call.operation().method().toUpperCase(), call.path());
    }

    private static boolean takes(ContractDocument contract, ContractDocument.Operation operation, String query) {
        for (JsonNode parameter : ContractDocument.iterable(operation.node().path("parameters"))) {
            JsonNode resolved = contract.resolve(parameter);
            if ("query".equals(resolved.path("in").asText()) && query.equals(resolved.path("name").asText())) {
                return true;
            }
        }
        return false;
    }

    private static boolean documents(ContractDocument.Operation operation, String status) {
        return operation.node().path("responses").has(status);
    }

    private static Call call(ContractDocument contract, ContractDocument.Operation operation) {
        String path = operation.template();
        for (JsonNode parameter : ContractDocument.iterable(operation.node().path("parameters"))) {
            JsonNode resolved = contract.resolve(parameter);
            if ("path".equals(resolved.path("in").asText())) {
                String name = resolved.path("name").asText();
                path = path.replace("{" + name + "}", sample(name, contract.resolve(resolved.path("schema"))));
            }
        }
        Set<String> roles = new java.util.LinkedHashSet<>();
        operation.node().path("x-roles").forEach(role -> roles.add(role.asText()));
        JsonNode requestBody = contract.resolve(operation.node().get("requestBody"));
        String bodyType = "application/json";
        if (requestBody != null) {
            var types = requestBody.path("content").fieldNames();
            bodyType = types.hasNext() ? types.next() : bodyType;
        }
        return new Call(operation, path, roles, requestBody != null, bodyType);
    }

    private static String sample(String name, JsonNode schema) {
        String format = schema == null ? "" : schema.path("format").asText();
        if (format.equals("uuid")) {
            return UUID.randomUUID().toString();
        }
        if (format.equals("date")) {
            return "2026-01-05";
        }
        Map<String, String> known = Map.of("week", "2026-W02", "number", "1", "version", "1", "slug",
                "no-such-thing", "secret", "no-such-secret-0123456789abcdef", "day", "2026-01-05", "date",
                "2026-01-05");
        return known.getOrDefault(name, UUID.randomUUID().toString());
    }
}
