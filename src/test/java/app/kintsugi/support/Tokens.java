package app.kintsugi.support;

import java.nio.charset.StandardCharsets;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.smallrye.jwt.build.Jwt;
import io.smallrye.jwt.build.JwtClaimsBuilder;

/**
 * Real signed access tokens for tests, verified by the application exactly as production tokens are: signature against
 * the test identity provider's keys, issuer, audience, expiry, roles at {@code realm_access/roles}.
 */
public final class Tokens {

    public static final String ISSUER = "https://server.example.com";
    public static final String AUDIENCE = "https://service.example.com";
    private static final String SIGNING_KEY = "privateKey.jwk";

    private Tokens() {
    }

    /** A fresh person with the given roles; every call is a different subject. */
    public static String person(String... roles) {
        return sign(claims("user-" + UUID.randomUUID(), roles));
    }

    /** A token for a known subject, so that several calls act as the same person. */
    public static String subject(String subject, String... roles) {
        return sign(claims(subject, roles));
    }

    public static JwtClaimsBuilder claims(String subject, String... roles) {
        return Jwt.issuer(ISSUER)
                .audience(AUDIENCE)
                .subject(subject)
                .claim("realm_access", Map.of("roles", List.of(roles)))
                .issuedAt(Instant.now())
                .expiresIn(300);
    }

    public static String sign(JwtClaimsBuilder claims) {
        return claims.jws().keyId("1").sign(SIGNING_KEY);
    }

    /** Signed correctly in form, but with a key the identity provider never published. */
    public static String signedByStranger(JwtClaimsBuilder claims) {
        try {
            var generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            return claims.jws().keyId("1").sign(generator.generateKeyPair().getPrivate());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The classic forgery: {@code alg: none} and no signature at all. */
    public static String unsigned(String subject, String... roles) {
        Base64.Encoder encoder = Base64.getUrlEncoder().withoutPadding();
        String header = encoder.encodeToString("{\"alg\":\"none\",\"typ\":\"JWT\"}".getBytes(StandardCharsets.UTF_8));
        String roleList = String.join("\",\"", roles);
        String json = "{\"iss\":\"" + ISSUER + "\",\"aud\":\"" + AUDIENCE + "\",\"sub\":\"" + subject
                + "\",\"exp\":" + Instant.now().plusSeconds(300).getEpochSecond()
                + ",\"realm_access\":{\"roles\":[\"" + roleList + "\"]}}";
        String payload = encoder.encodeToString(json.getBytes(StandardCharsets.UTF_8));
        return header + "." + payload + ".";
    }
}
