package app.kintsugi.platform.security;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

import jakarta.json.JsonString;

import org.eclipse.microprofile.jwt.JsonWebToken;

import io.quarkus.security.identity.SecurityIdentity;

/**
 * Who is calling, as the token says: the issuer and subject pair that identifies a person across any OIDC provider, and
 * the claims a first profile is filled from.
 */
public record Callers(String issuer, String subject, Set<String> roles, JsonWebToken token) {

    public static Callers of(SecurityIdentity identity) {
        if (!(identity.getPrincipal() instanceof JsonWebToken jwt) || jwt.getSubject() == null) {
            throw new IllegalStateException("The caller has no bearer token with a subject");
        }
        Set<String> roles = new TreeSet<>(identity.getRoles());
        return new Callers(jwt.getIssuer(), jwt.getSubject(), roles, jwt);
    }

    /** A stable, opaque key for the caller that holds neither the subject nor the issuer in clear. */
    public String key() {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            digest.update(String.valueOf(issuer).getBytes(StandardCharsets.UTF_8));
            digest.update((byte) '\n');
            digest.update(subject.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is unavailable", e);
        }
    }

    /** A string claim of the token, if present. */
    public Optional<String> claim(String name) {
        Object value = token.getClaim(name);
        if (value instanceof JsonString json) {
            return Optional.of(json.getString());
        }
        return value instanceof String text ? Optional.of(text) : Optional.empty();
    }
}
