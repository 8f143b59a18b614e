package app.kintsugi.platform.security;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.Optional;

/**
 * One-time codes people pass to each other (invitations, counselor links): 100 random bits written as 20 characters of
 * Crockford's base 32 in four groups, such as {@code 7KQ2M-XD9PA-3RT8W-HN4CF}. The alphabet has no I, L, O or U, so a
 * code read aloud or typed from paper survives; input is normalised (case, dashes, spaces, look-alike letters) before
 * it is hashed. Only the SHA-256 of a code is ever stored: at 100 bits a plain hash cannot be reversed by search.
 */
public final class SecretCodes {

    private static final char[] ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ".toCharArray();
    private static final int LENGTH = 20;
    private static final int GROUP = 5;
    private static final SecureRandom RANDOM = new SecureRandom();

    private SecretCodes() {
    }

    /** A fresh code, grouped for reading. */
    public static String generate() {
        StringBuilder code = new StringBuilder(LENGTH + LENGTH / GROUP);
        for (int i = 0; i < LENGTH; i++) {
            if (i > 0 && i % GROUP == 0) {
                code.append('-');
            }
            code.append(ALPHABET[RANDOM.nextInt(ALPHABET.length)]);
        }
        return code.toString();
    }

    /**
     * The hash a code is stored and looked up by; empty when the input cannot be a code at all (wrong length or a
     * character outside the alphabet), which callers treat exactly like an unknown code.
     */
    public static Optional<String> hash(String input) {
        if (input == null || input.length() > 64) {
            return Optional.empty();
        }
        StringBuilder normal = new StringBuilder(LENGTH);
        for (char c : input.toUpperCase(java.util.Locale.ROOT).toCharArray()) {
            switch (c) {
                case '-', ' ' -> {
                    // grouping only
                }
                case 'I', 'L' -> normal.append('1');
                case 'O' -> normal.append('0');
                default -> {
                    if (new String(ALPHABET).indexOf(c) < 0) {
                        return Optional.empty();
                    }
                    normal.append(c);
                }
            }
        }
        if (normal.length() != LENGTH) {
            return Optional.empty();
        }
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256")
                    .digest(normal.toString().getBytes(StandardCharsets.US_ASCII));
            return Optional.of(HexFormat.of().formatHex(digest));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is unavailable", e);
        }
    }
}
