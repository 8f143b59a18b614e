package app.kintsugi.platform.idempotency;

import static app.kintsugi.support.ProblemAssertions.assertProblem;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import org.junit.jupiter.api.Test;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.restassured.response.ValidatableResponse;

import app.kintsugi.support.PlatformProbeResource;
import app.kintsugi.support.Tokens;

@QuarkusTest
@WithTestResource(OidcWiremockTestResource.class)
class IdempotencyTest {

    @Inject
    EntityManager em;

    private static ValidatableResponse post(String token, String key, String body) {
        var request = given().auth().oauth2(token).contentType("application/json").body(body);
        if (key != null) {
            request.header("Idempotency-Key", key);
        }
        return request.when().post("/v1/test-probes").then();
    }

    private static int created(String name) {
        var count = PlatformProbeResource.CREATED.get(name);
        return count == null ? 0 : count.get();
    }

    private static String thing(String name) {
        return "{\"name\":\"" + name + "\",\"hold\":false,\"reject\":false}";
    }

    @Test
    void aRetryReplaysTheFirstAnswerAndCreatesOnce() {
        String token = Tokens.person("user");
        String name = "n-" + UUID.randomUUID();
        String key = UUID.randomUUID().toString();

        var first = post(token, key, thing(name)).statusCode(201)
                .header("Idempotent-Replayed", nullValue())
                .body("serial", equalTo(1))
                .extract();
        post(token, key, thing(name)).statusCode(201)
                .header("Idempotent-Replayed", equalTo("true"))
                .header("Location", equalTo(first.header("Location")))
                .contentType("application/json")
                .body("name", equalTo(name))
                .body("serial", equalTo(1));
        assertEquals(1, created(name));
        assertEquals(1L, storedRecords(key));
    }

    @Test
    void withoutAKeyEveryRequestCreates() {
        String token = Tokens.person("user");
        String name = "n-" + UUID.randomUUID();
        post(token, null, thing(name)).statusCode(201);
        post(token, null, thing(name)).statusCode(201).body("serial", equalTo(2));
        assertEquals(2, created(name));
    }

    @Test
    void theSameKeyWithAnotherBodyIsRefused() {
        String token = Tokens.person("user");
        String key = UUID.randomUUID().toString();
        String name = "n-" + UUID.randomUUID();
        post(token, key, thing(name)).statusCode(201);
        assertProblem(post(token, key, thing(name + "-other")), 422, "validation-failed")
                .body("errors[0].field", equalTo("Idempotency-Key"))
                .body("errors[0].code", equalTo("idempotency-key-reused"));
        assertEquals(0, created(name + "-other"));
    }

    @Test
    void keysArePrivateToTheirCaller() {
        String key = UUID.randomUUID().toString();
        String name = "n-" + UUID.randomUUID();
        post(Tokens.person("user"), key, thing(name)).statusCode(201).body("serial", equalTo(1));
        // Another person using the same key neither gets the first answer nor a conflict.
        post(Tokens.person("user"), key, thing(name)).statusCode(201)
                .header("Idempotent-Replayed", nullValue())
                .body("serial", equalTo(2));
    }

    @Test
    void aKeyStillInFlightIsAConflict() throws Exception {
        String token = Tokens.person("user");
        String key = UUID.randomUUID().toString();
        String name = "n-" + UUID.randomUUID();
        String held = "{\"name\":\"" + name + "\",\"hold\":true,\"reject\":false}";
        PlatformProbeResource.gate = new CountDownLatch(1);
        PlatformProbeResource.entered = new CountDownLatch(1);
        try {
            var first = CompletableFuture.supplyAsync(() -> post(token, key, held).extract().statusCode());
            assertTrue(PlatformProbeResource.entered.await(20, TimeUnit.SECONDS), "the first request never started");

            assertProblem(post(token, key, held), 409, "idempotency-key-in-use");

            PlatformProbeResource.gate.countDown();
            assertEquals(201, first.get(20, TimeUnit.SECONDS));
        } finally {
            PlatformProbeResource.gate.countDown();
        }
        post(token, key, held).statusCode(201).header("Idempotent-Replayed", equalTo("true"));
        assertEquals(1, created(name));
    }

    @Test
    void aFailedRequestStoresNothingSoACorrectedRetryWorks() {
        String token = Tokens.person("user");
        String key = UUID.randomUUID().toString();
        String name = "n-" + UUID.randomUUID();
        assertProblem(post(token, key, "{\"name\":\"" + name + "\",\"hold\":false,\"reject\":true}"), 422,
                "validation-failed");
        assertEquals(0L, storedRecords(key));
        // The same key, now with a request that passes: it runs (the failure was not stored as "the answer").
        post(token, key, thing(name)).statusCode(201)
                .header("Idempotent-Replayed", nullValue())
                .body("serial", equalTo(1));
        assertEquals(1, created(name));
    }

    @Test
    void anExpiredKeyMayBeUsedAfresh() {
        String token = Tokens.person("user");
        String key = UUID.randomUUID().toString();
        String name = "n-" + UUID.randomUUID();
        post(token, key, thing(name)).statusCode(201);
        expire(key);
        post(token, key, thing(name)).statusCode(201)
                .header("Idempotent-Replayed", nullValue())
                .body("serial", equalTo(2));
        assertEquals(1L, storedRecords(key));
    }

    @Test
    void malformedKeysAreRefused() {
        String token = Tokens.person("user");
        assertProblem(post(token, "x".repeat(256), thing("n-" + UUID.randomUUID())), 400, "invalid-parameter")
                .body("errors[0].field", equalTo("Idempotency-Key"));
        assertProblem(post(token, "with space", thing("n-" + UUID.randomUUID())), 400, "invalid-parameter");
    }

    @Test
    void expiredRecordsArePurged() {
        String token = Tokens.person("user");
        String key = UUID.randomUUID().toString();
        post(token, key, thing("n-" + UUID.randomUUID())).statusCode(201);
        expire(key);
        purge();
        assertEquals(0L, storedRecords(key));
    }

    @Inject
    IdempotencyPurge purge;

    void purge() {
        purge.purge();
    }

    @Transactional
    long storedRecords(String key) {
        return ((Number) em.createNativeQuery("select count(*) from idempotency_record where idempotency_key = :k")
                .setParameter("k", key).getSingleResult()).longValue();
    }

    @Transactional
    void expire(String key) {
        em.createNativeQuery("update idempotency_record set expires_at = now() - interval '1 minute' "
                + "where idempotency_key = :k").setParameter("k", key).executeUpdate();
    }
}
