package app.kintsugi.reliability.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.security.interfaces.RSAPublicKey;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import io.smallrye.jwt.build.Jwt;

import app.kintsugi.support.Tokens;

/**
 * A tiny OpenID provider in the test's JVM: discovery document and JWKS, nothing else (the API only verifies bearer
 * tokens). Keys are RSA pairs generated here; tokens are signed with smallrye-jwt-build as {@code support/Tokens} signs
 * them. It can be stopped (the port then refuses connections) and started again on the same port.
 */
public final class IdentityProvider implements AutoCloseable {

    public static final String REALM_PATH = "/realms/kintsugi";

    private final int port;
    private final Map<String, KeyPair> keys = new LinkedHashMap<>();
    private final List<String> published = new ArrayList<>();
    private final AtomicLong requests = new AtomicLong();
    private HttpServer server;

    private IdentityProvider(int port) {
        this.port = port;
    }

    /** Started, publishing one key, {@code k1}. */
    public static IdentityProvider start() {
        IdentityProvider provider = new IdentityProvider(Ports.free());
        provider.key("k1", true);
        provider.up();
        return provider;
    }

    /** The issuer's base URL, for {@code quarkus.oidc.auth-server-url}. */
    public String url() {
        return "http://127.0.0.1:" + port + REALM_PATH;
    }

    /** Creates a key pair under this id; published in the JWKS or held back (a rotation the API has not seen). */
    public synchronized void key(String kid, boolean publish) {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            keys.put(kid, generator.generateKeyPair());
            if (publish) {
                published.add(kid);
            }
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    public synchronized void publish(String kid) {
        if (!published.contains(kid)) {
            published.add(kid);
        }
    }

    /** A user token for the subject, signed with the key {@code kid}, valid for an hour. */
    public String token(String kid, String subject, String... roles) {
        KeyPair pair;
        synchronized (this) {
            pair = keys.get(kid);
        }
        return Jwt.issuer(Tokens.ISSUER)
                .audience(Tokens.AUDIENCE)
                .subject(subject)
                .claim("realm_access", Map.of("roles", List.of(roles.length == 0 ? new String[]{"user"} : roles)))
                .issuedAt(Instant.now())
                .expiresIn(3600)
                .jws().keyId(kid).sign(pair.getPrivate());
    }

    public String token(String subject) {
        return token("k1", subject, "user");
    }

    /** How many HTTP requests the provider answered (discovery and keys). */
    public long requests() {
        return requests.get();
    }

    public synchronized void up() {
        try {
            server = HttpServer.create(new InetSocketAddress("127.0.0.1", port), 50);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.createContext(REALM_PATH + "/.well-known/openid-configuration",
                exchange -> answer(exchange, discovery()));
        server.createContext(REALM_PATH + "/protocol/openid-connect/certs", exchange -> answer(exchange, jwks()));
        server.start();
    }

    /** Stops listening: connections to the port are refused from now on. */
    public synchronized void down() {
        if (server != null) {
            server.stop(0);
            server = null;
        }
    }

    @Override
    public void close() {
        down();
    }

    private String discovery() {
        String base = url() + "/protocol/openid-connect";
        return "{\"issuer\":\"" + Tokens.ISSUER + "\",\"jwks_uri\":\"" + base + "/certs\",\"token_endpoint\":\"" + base
                + "/token\",\"authorization_endpoint\":\"" + base + "/auth\","
                + "\"id_token_signing_alg_values_supported\":[\"RS256\"],\"response_types_supported\":[\"code\"],"
                + "\"subject_types_supported\":[\"public\"]}";
    }

    private synchronized String jwks() {
        Base64.Encoder encoder = Base64.getUrlEncoder().withoutPadding();
        List<String> entries = new ArrayList<>();
        for (String kid : published) {
            RSAPublicKey key = (RSAPublicKey) keys.get(kid).getPublic();
            entries.add("{\"kty\":\"RSA\",\"use\":\"sig\",\"alg\":\"RS256\",\"kid\":\"" + kid + "\",\"n\":\""
                    + encoder.encodeToString(unsigned(key.getModulus().toByteArray())) + "\",\"e\":\""
                    + encoder.encodeToString(unsigned(key.getPublicExponent().toByteArray())) + "\"}");
        }
        return "{\"keys\":[" + String.join(",", entries) + "]}";
    }

    private static byte[] unsigned(byte[] bytes) {
        if (bytes.length > 1 && bytes[0] == 0) {
            byte[] trimmed = new byte[bytes.length - 1];
            System.arraycopy(bytes, 1, trimmed, 0, trimmed.length);
            return trimmed;
        }
        return bytes;
    }

    private void answer(HttpExchange exchange, String json) throws IOException {
        requests.incrementAndGet();
        byte[] body = json.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", "application/json");
        exchange.sendResponseHeaders(200, body.length);
        try (var out = exchange.getResponseBody()) {
            out.write(body);
        }
    }
}
