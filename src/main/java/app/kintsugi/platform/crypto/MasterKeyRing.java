package app.kintsugi.platform.crypto;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.regex.Pattern;

import javax.crypto.Cipher;
import javax.crypto.SecretKey;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

import jakarta.inject.Inject;
import jakarta.inject.Singleton;

import io.quarkus.runtime.Startup;

import app.kintsugi.platform.KintsugiConfig;

/**
 * The master keys from configuration, by id, and the one new data keys are wrapped with.
 *
 * <p>
 * Several keys are held at once so that a master key can be rotated without downtime: add the new key everywhere first,
 * then make it the active one, then re-wrap ({@link IntimateText#rewrapAll()}), and only then remove the old key. Built
 * at startup, so that a missing or malformed key stops the application before it serves anything rather than on the
 * first journal entry. No message ever shows a key, only its id.
 */
@Startup
@Singleton
class MasterKeyRing {

    /**
     * Ids travel through environment variable names ({@code KINTSUGI_CRYPTO_MASTER_KEYS_<ID>}), which are lower-cased
     * and lose every other character on the way back, so only lower-case letters and digits survive intact.
     */
    static final Pattern KEY_ID = Pattern.compile("[a-z0-9]{1,32}");

    static final int KEY_BYTES = 32;
    static final int NONCE_BYTES = 12;
    static final int TAG_BITS = 128;
    private static final String CIPHER = "AES/GCM/NoPadding";

    private final Map<String, SecretKey> keys;
    private final String activeId;
    private final SecureRandom random = new SecureRandom();

    @Inject
    MasterKeyRing(KintsugiConfig config) {
        this(config.crypto().masterKeys(), config.crypto().activeMasterKey());
    }

    MasterKeyRing(Map<String, String> encodedKeys, String activeId) {
        Map<String, SecretKey> decoded = new TreeMap<>();
        for (Map.Entry<String, String> entry : encodedKeys.entrySet()) {
            String id = entry.getKey();
            if (!KEY_ID.matcher(id).matches()) {
                throw new IllegalStateException("Master key id '" + id + "' is not 1 to 32 lower-case letters and"
                        + " digits (kintsugi.crypto.master-keys)");
            }
            byte[] bytes;
            try {
                bytes = Base64.getDecoder().decode(entry.getValue().strip());
            } catch (IllegalArgumentException e) {
                // The decoder's message quotes the offending character, which belongs to the key: not chained.
                throw new IllegalStateException("Master key '" + id + "' is not valid base64");
            }
            if (bytes.length != KEY_BYTES) {
                int length = bytes.length;
                Arrays.fill(bytes, (byte) 0);
                throw new IllegalStateException("Master key '" + id + "' decodes to " + length + " bytes; it must be "
                        + KEY_BYTES + " (for example: openssl rand -base64 32)");
            }
            decoded.put(id, new SecretKeySpec(bytes, "AES"));
            Arrays.fill(bytes, (byte) 0);
        }
        if (activeId == null || activeId.isBlank()) {
            throw new IllegalStateException("No active master key is named (kintsugi.crypto.active-master-key)");
        }
        if (!KEY_ID.matcher(activeId).matches()) {
            throw new IllegalStateException("The active master key id '" + activeId + "' is not 1 to 32 lower-case"
                    + " letters and digits (kintsugi.crypto.active-master-key)");
        }
        if (!decoded.containsKey(activeId)) {
            throw new IllegalStateException("The active master key '" + activeId + "' is not among the configured"
                    + " master keys " + decoded.keySet() + "; set KINTSUGI_CRYPTO_MASTER_KEYS_"
                    + activeId.toUpperCase(java.util.Locale.ROOT) + " to its base64 value");
        }
        this.keys = Map.copyOf(decoded);
        this.activeId = activeId;
    }

    String activeId() {
        return activeId;
    }

    /** A data key wrapped by a master key, and that key's id. */
    record Wrapped(String masterKeyId, byte[] bytes) {
    }

    /** Wraps with the active master key. */
    Wrapped wrap(UUID coupleId, byte[] dataKey) {
        return wrap(activeId, coupleId, dataKey);
    }

    /**
     * Wraps with a named master key: nonce, then ciphertext and tag. Binding the couple and the master key id as
     * associated data means a wrapped key copied onto another couple's row, or relabelled, does not unwrap.
     */
    Wrapped wrap(String masterKeyId, UUID coupleId, byte[] dataKey) {
        SecretKey master = key(masterKeyId);
        byte[] nonce = new byte[NONCE_BYTES];
        random.nextBytes(nonce);
        try {
            Cipher cipher = Cipher.getInstance(CIPHER);
            cipher.init(Cipher.ENCRYPT_MODE, master, new GCMParameterSpec(TAG_BITS, nonce));
            cipher.updateAAD(aad(coupleId, masterKeyId));
            byte[] sealed = cipher.doFinal(dataKey);
            return new Wrapped(masterKeyId,
                    ByteBuffer.allocate(NONCE_BYTES + sealed.length).put(nonce).put(sealed).array());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("A data key could not be wrapped with master key '" + masterKeyId + "'",
                    e);
        }
    }

    /** The raw data key; the caller should clear the array once it has made a key of it. */
    byte[] unwrap(String masterKeyId, UUID coupleId, byte[] wrapped) {
        SecretKey master = key(masterKeyId);
        if (wrapped == null || wrapped.length <= NONCE_BYTES) {
            throw new IllegalStateException("The data key of couple " + coupleId + " is truncated");
        }
        try {
            Cipher cipher = Cipher.getInstance(CIPHER);
            cipher.init(Cipher.DECRYPT_MODE, master, new GCMParameterSpec(TAG_BITS, wrapped, 0, NONCE_BYTES));
            cipher.updateAAD(aad(coupleId, masterKeyId));
            return cipher.doFinal(wrapped, NONCE_BYTES, wrapped.length - NONCE_BYTES);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("The data key of couple " + coupleId + " does not unwrap with master key '"
                    + masterKeyId + "'", e);
        }
    }

    private SecretKey key(String masterKeyId) {
        SecretKey key = keys.get(masterKeyId);
        if (key == null) {
            throw new IllegalStateException("Master key '" + masterKeyId + "' is not configured; keep every key that"
                    + " still wraps data keys until IntimateText.rewrapAll() has moved them to the active key");
        }
        return key;
    }

    private static byte[] aad(UUID coupleId, String masterKeyId) {
        byte[] id = masterKeyId.getBytes(StandardCharsets.UTF_8);
        return ByteBuffer.allocate(16 + id.length)
                .putLong(coupleId.getMostSignificantBits())
                .putLong(coupleId.getLeastSignificantBits())
                .put(id)
                .array();
    }

    @Override
    public String toString() {
        return "MasterKeyRing" + keys.keySet() + " active=" + activeId;
    }
}
