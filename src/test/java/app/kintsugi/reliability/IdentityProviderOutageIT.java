package app.kintsugi.reliability;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.security.KeyPairGenerator;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import io.smallrye.jwt.build.Jwt;

import app.kintsugi.reliability.support.App;
import app.kintsugi.reliability.support.Closer;
import app.kintsugi.reliability.support.Histogram;
import app.kintsugi.reliability.support.Http;
import app.kintsugi.reliability.support.IdentityProvider;
import app.kintsugi.reliability.support.Latencies;
import app.kintsugi.reliability.support.Postgres;
import app.kintsugi.reliability.support.Report;
import app.kintsugi.reliability.support.Sleep;
import app.kintsugi.support.Tokens;

/**
 * The identity provider unreachable after the jar fetched its keys: tokens signed with a cached key keep working; a
 * token naming a key the jar never saw (the provider rotated while unreachable) fails closed, 401 problem+json, never a
 * 5xx, and quickly.
 */
class IdentityProviderOutageIT {

    static final int REQUESTS = 50;

    static Postgres postgres;
    static IdentityProvider identity;
    static App app;
    static Http http;

    @BeforeAll
    static void start() {
        postgres = Postgres.start();
        identity = IdentityProvider.start();
        identity.key("k2", false);
        identity.key("k3", false);
        app = App.start("identity-outage", postgres, identity, App.Settings.unthrottled());
        http = new Http();
    }

    @AfterAll
    static void stop() {
        Closer.close(http, app, identity, postgres);
    }

    record Run(Histogram statuses, Latencies latencies, long notProblem) {
    }

    static Run send(int count, java.util.function.IntFunction<String> token) {
        Histogram statuses = new Histogram();
        Latencies latencies = new Latencies();
        long notProblem = 0;
        for (int i = 0; i < count; i++) {
            Http.Answer answer = http.get(app.uri("/v1/me"), token.apply(i));
            statuses.add(answer.outcome());
            latencies.add(answer.millis());
            if (answer.status() >= 400 && !answer.header("Content-Type").orElse("").startsWith(
                    "application/problem+json")) {
                notProblem++;
            }
        }
        return new Run(statuses, latencies, notProblem);
    }

    static String line(Run run) {
        return String.format("%s, p50 %.1f ms, max %.1f ms, not problem+json: %d", run.statuses(),
                run.latencies().quantile(0.5), run.latencies().quantile(1.0), run.notProblem());
    }

    @Test
    void cachedKeysWorkNewKeysFailClosed() throws Exception {
        String known = "known-" + UUID.randomUUID();
        Run warm = send(5, i -> identity.token("k1", known, "user"));
        long providerRequestsBefore = identity.requests();

        identity.down();
        Run cached = send(REQUESTS, i -> identity.token("k1", i % 2 == 0 ? known : "fresh-" + UUID.randomUUID(),
                "user"));
        Run rotated = send(REQUESTS, i -> identity.token("k2", known, "user"));
        var stranger = KeyPairGenerator.getInstance("RSA");
        stranger.initialize(2048);
        var strangerKey = stranger.generateKeyPair().getPrivate();
        Run forged = send(REQUESTS, i -> Jwt.issuer(Tokens.ISSUER).audience(Tokens.AUDIENCE).subject(known)
                .claim("realm_access", Map.of("roles", List.of("user"))).issuedAt(Instant.now()).expiresIn(300)
                .jws().keyId("k1").sign(strangerKey));

        // Back up, having rotated to k2 meanwhile: how the jar picks up the new key, and how often an unknown kid
        // (k3, never published) makes it call the provider.
        identity.publish("k2");
        identity.up();
        Sleep.millis(500);
        long providerBeforeRotation = identity.requests();
        Run afterReturn = send(10, i -> identity.token("k2", known, "user"));
        long providerForRotation = identity.requests() - providerBeforeRotation;
        long providerBeforeUnknown = identity.requests();
        Run unknownKid = send(REQUESTS, i -> identity.token("k3", known, "user"));
        long providerForUnknown = identity.requests() - providerBeforeUnknown;

        new Report("identity-outage", "identity provider unreachable")
                .line("provider requests while up (discovery, JWKS)", providerRequestsBefore)
                .line("warm-up, provider up, key k1", line(warm))
                .line("provider down: cached key k1", line(cached))
                .line("provider down: new kid k2 (fail closed)", line(rotated))
                .line("provider down: kid k1, forged signature", line(forged))
                .line("provider back with k2: k2 tokens", line(afterReturn) + ", provider calls "
                        + providerForRotation)
                .line("provider back: never-published kid k3", line(unknownKid) + ", provider calls "
                        + providerForUnknown)
                .print();

        assertEquals(Map.of("200", 5L), warm.statuses().snapshot());
        assertEquals(Map.of("200", (long) REQUESTS), cached.statuses().snapshot(), "cached key refused");
        assertEquals(Map.of("401", (long) REQUESTS), rotated.statuses().snapshot(), "unknown kid not refused");
        assertEquals(Map.of("401", (long) REQUESTS), forged.statuses().snapshot(), "forged signature not refused");
        assertEquals(Map.of("401", (long) REQUESTS), unknownKid.statuses().snapshot(), "unknown kid not refused");
        assertEquals(0, rotated.notProblem() + forged.notProblem() + unknownKid.notProblem(),
                "401 without problem+json");
        assertEquals(0, afterReturn.statuses().serverErrorsOtherThan503() + afterReturn.statuses().get("503"));
    }
}
