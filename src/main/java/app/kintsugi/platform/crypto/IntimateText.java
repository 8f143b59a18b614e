package app.kintsugi.platform.crypto;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

import javax.crypto.Cipher;
import javax.crypto.SecretKey;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Status;
import jakarta.transaction.TransactionSynchronizationRegistry;
import jakarta.transaction.Transactional;

import app.kintsugi.platform.Timestamps;

/**
 * Encryption at rest for what partners write to each other: journal entries, feedback notes, letters.
 *
 * <p>
 * Each couple has its own AES-256 data key, kept in {@code couple_data_key} only wrapped by a master key from
 * configuration ({@link MasterKeyRing}). A database dump alone therefore reveals no text, a master key can be rotated
 * by re-wrapping a few hundred bytes per couple instead of re-encrypting every row, and deleting one couple's data key
 * ({@link #shred(UUID)}) makes everything they wrote unreadable, backups included.
 *
 * <p>
 * A sealed value is one format byte ({@code 1}), a random 12-byte nonce, and the AES-GCM ciphertext with its 16-byte
 * tag. The couple id and a purpose naming the column (such as {@code "session_feedback.note"}) are authenticated with
 * it, so a value copied to another couple's row or into another column does not open.
 *
 * <p>
 * Database work joins the caller's transaction, so a data key created while sealing commits or rolls back with the row
 * that holds the sealed text.
 */
@ApplicationScoped
public class IntimateText {

    private static final byte FORMAT = 1;
    private static final int TAG_BYTES = MasterKeyRing.TAG_BITS / 8;
    private static final String CIPHER = "AES/GCM/NoPadding";

    private final EntityManager em;
    private final MasterKeyRing ring;
    private final TransactionSynchronizationRegistry transactions;
    private final SecureRandom random = new SecureRandom();
    /** Keys that opened text lately, for {@link #open} only: bounded, at most 60 s old, evicted by {@link #shred}. */
    private final DataKeyCache recent = new DataKeyCache();

    IntimateText(EntityManager em, MasterKeyRing ring, TransactionSynchronizationRegistry transactions) {
        this.em = em;
        this.ring = ring;
        this.transactions = transactions;
    }

    /** Encrypts text for one couple and one purpose; creates the couple's data key the first time. */
    @Transactional
    public byte[] seal(UUID coupleId, String purpose, String plaintext) {
        if (plaintext == null) {
            return null;
        }
        byte[] aad = aad(coupleId, purpose);
        SecretKey key = dataKey(coupleId, true);
        byte[] nonce = new byte[MasterKeyRing.NONCE_BYTES];
        random.nextBytes(nonce);
        try {
            Cipher cipher = Cipher.getInstance(CIPHER);
            cipher.init(Cipher.ENCRYPT_MODE, key, new GCMParameterSpec(MasterKeyRing.TAG_BITS, nonce));
            cipher.updateAAD(aad);
            byte[] ciphertext = cipher.doFinal(plaintext.getBytes(StandardCharsets.UTF_8));
            return ByteBuffer.allocate(1 + nonce.length + ciphertext.length)
                    .put(FORMAT)
                    .put(nonce)
                    .put(ciphertext)
                    .array();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Text for couple " + coupleId + " (" + purpose + ") could not be sealed",
                    e);
        }
    }

    /**
     * Decrypts what {@link #seal} produced for the same couple and purpose.
     *
     * @throws IllegalStateException
     *             when the value was sealed for another couple or purpose, was altered, or its data key is gone
     *             (shredded) or wrapped by a master key no longer configured
     */
    public String open(UUID coupleId, String purpose, byte[] sealed) {
        if (sealed == null) {
            return null;
        }
        byte[] aad = aad(coupleId, purpose);
        if (sealed.length < 1 + MasterKeyRing.NONCE_BYTES + TAG_BYTES || sealed[0] != FORMAT) {
            throw new IllegalStateException("Text for couple " + coupleId + " (" + purpose + ") is not in a known"
                    + " sealed format");
        }
        SecretKey recentKey = recent.get(coupleId);
        if (recentKey != null) {
            try {
                return decrypt(recentKey, aad, sealed);
            } catch (GeneralSecurityException e) {
                // Perhaps no longer the couple's key (shredded and made anew since): read the row, as without it.
                recent.evict(coupleId);
            }
        }
        SecretKey key = dataKey(coupleId, false);
        recent.put(coupleId, key);
        try {
            return decrypt(key, aad, sealed);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Text for couple " + coupleId + " (" + purpose + ") does not open: it was"
                    + " sealed for another couple or purpose, or altered", e);
        }
    }

    private static String decrypt(SecretKey key, byte[] aad, byte[] sealed) throws GeneralSecurityException {
        Cipher cipher = Cipher.getInstance(CIPHER);
        cipher.init(Cipher.DECRYPT_MODE, key,
                new GCMParameterSpec(MasterKeyRing.TAG_BITS, sealed, 1, MasterKeyRing.NONCE_BYTES));
        cipher.updateAAD(aad);
        int offset = 1 + MasterKeyRing.NONCE_BYTES;
        return new String(cipher.doFinal(sealed, offset, sealed.length - offset), StandardCharsets.UTF_8);
    }

    private static final byte ANSWER_FORMAT = 2;

    /**
     * Seals a stored answer that belongs to a caller rather than a couple (an idempotent request's answer, kept for
     * replays, may hold a letter or a note). It is sealed directly under the active master key, bound to the caller,
     * and carries that key's id so it still opens after a rotation while the old key is configured.
     */
    public byte[] sealAnswer(String caller, byte[] answer) {
        MasterKeyRing.Wrapped wrapped = ring.wrap(context(caller), answer);
        byte[] id = wrapped.masterKeyId().getBytes(StandardCharsets.US_ASCII);
        return ByteBuffer.allocate(2 + id.length + wrapped.bytes().length).put(ANSWER_FORMAT).put((byte) id.length)
                .put(id).put(wrapped.bytes()).array();
    }

    /**
     * Opens what {@link #sealAnswer} sealed for the same caller. An answer stored before answers were sealed (JSON,
     * never starting with the format byte) is returned as it is; such records expire with the idempotency retention.
     */
    public byte[] openAnswer(String caller, byte[] stored) {
        if (stored == null || stored.length < 2 || stored[0] != ANSWER_FORMAT) {
            return stored;
        }
        int idLength = stored[1];
        String id = new String(stored, 2, idLength, StandardCharsets.US_ASCII);
        byte[] wrapped = Arrays.copyOfRange(stored, 2 + idLength, stored.length);
        return ring.unwrap(id, context(caller), wrapped);
    }

    private static UUID context(String caller) {
        return UUID.nameUUIDFromBytes(("idempotent-answer\n" + caller).getBytes(StandardCharsets.UTF_8));
    }

    /**
     * Re-wraps every data key that is not under the active master key with it, the step of a rotation after which the
     * old master key can be removed from configuration. The data keys themselves, and so every sealed value, stay as
     * they are.
     *
     * @return how many data keys were re-wrapped
     */
    @Transactional
    public int rewrapAll() {
        String active = ring.activeId();
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("""
                select couple_id, master_key_id, wrapped_key from couple_data_key
                where master_key_id <> :active
                for update""", Object[].class)
                .setParameter("active", active)
                .getResultList();
        for (Object[] row : rows) {
            UUID coupleId = (UUID) row[0];
            byte[] raw = ring.unwrap((String) row[1], coupleId, (byte[]) row[2]);
            try {
                MasterKeyRing.Wrapped wrapped = ring.wrap(coupleId, raw);
                em.createNativeQuery("""
                        update couple_data_key set master_key_id = :masterKeyId, wrapped_key = :wrappedKey
                        where couple_id = :coupleId""")
                        .setParameter("masterKeyId", wrapped.masterKeyId())
                        .setParameter("wrappedKey", wrapped.bytes())
                        .setParameter("coupleId", coupleId)
                        .executeUpdate();
            } finally {
                Arrays.fill(raw, (byte) 0);
            }
        }
        return rows.size();
    }

    /**
     * Deletes the couple's data key: crypto-shredding. Whatever was sealed for the couple, in the database or in any
     * backup, can no longer be opened; sealing again afterwards starts a new key.
     */
    @Transactional
    public void shred(UUID coupleId) {
        Objects.requireNonNull(coupleId, "coupleId");
        em.createNativeQuery("delete from couple_data_key where couple_id = :coupleId")
                .setParameter("coupleId", coupleId)
                .executeUpdate();
        // This replica forgets the key at once, and again when the transaction ends: a read on another thread may
        // still find the row until the delete commits and cache it anew. Another replica forgets it when its cached
        // copy expires (DataKeyCache).
        recent.evict(coupleId);
        if (transactions.getTransactionStatus() == Status.STATUS_ACTIVE) {
            transactions.registerInterposedSynchronization(new jakarta.transaction.Synchronization() {
                @Override
                public void beforeCompletion() {
                }

                @Override
                public void afterCompletion(int status) {
                    recent.evict(coupleId);
                }
            });
        }
        Map<UUID, SecretKey> cache = transactionCache();
        if (cache != null) {
            cache.remove(coupleId);
        }
    }

    /**
     * The couple's data key, unwrapped, from its row. Kept for the rest of the current transaction, so that a page of
     * entries reads the key once; {@link #open} also keeps it for a short while across requests ({@link DataKeyCache}).
     */
    private SecretKey dataKey(UUID coupleId, boolean create) {
        Map<UUID, SecretKey> cache = transactionCache();
        SecretKey key = cache == null ? null : cache.get(coupleId);
        if (key != null) {
            return key;
        }
        Object[] row = findWrapped(coupleId);
        if (row == null && create) {
            insertNewKey(coupleId);
            // Whether this insert or a concurrent one won, the row now read is the key everyone uses.
            row = findWrapped(coupleId);
        }
        if (row == null) {
            throw new IllegalStateException("Couple " + coupleId + " has no data key: it was shredded, or nothing"
                    + " was ever sealed for it");
        }
        byte[] raw = ring.unwrap((String) row[0], coupleId, (byte[]) row[1]);
        key = new SecretKeySpec(raw, "AES");
        Arrays.fill(raw, (byte) 0);
        if (cache != null) {
            cache.put(coupleId, key);
        }
        return key;
    }

    private Object[] findWrapped(UUID coupleId) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery(
                "select master_key_id, wrapped_key from couple_data_key where couple_id = :coupleId", Object[].class)
                .setParameter("coupleId", coupleId)
                .getResultList();
        return rows.isEmpty() ? null : rows.get(0);
    }

    /**
     * Two requests may seal a first text for the same couple at once: each offers a fresh key, the database keeps
     * exactly one (the other insert does nothing once the first commits), and both then read that one.
     */
    private void insertNewKey(UUID coupleId) {
        byte[] raw = new byte[MasterKeyRing.KEY_BYTES];
        random.nextBytes(raw);
        try {
            MasterKeyRing.Wrapped wrapped = ring.wrap(coupleId, raw);
            em.createNativeQuery("""
                    insert into couple_data_key (couple_id, master_key_id, wrapped_key, created_at)
                    values (:coupleId, :masterKeyId, :wrappedKey, :createdAt)
                    on conflict (couple_id) do nothing""")
                    .setParameter("coupleId", coupleId)
                    .setParameter("masterKeyId", wrapped.masterKeyId())
                    .setParameter("wrappedKey", wrapped.bytes())
                    .setParameter("createdAt", Timestamps.now())
                    .executeUpdate();
        } finally {
            Arrays.fill(raw, (byte) 0);
        }
    }

    /** The current transaction's unwrapped keys, or null outside a transaction. */
    @SuppressWarnings("unchecked")
    private Map<UUID, SecretKey> transactionCache() {
        if (transactions.getTransactionStatus() != Status.STATUS_ACTIVE) {
            return null;
        }
        Map<UUID, SecretKey> cache = (Map<UUID, SecretKey>) transactions.getResource(IntimateText.class);
        if (cache == null) {
            cache = new HashMap<>();
            transactions.putResource(IntimateText.class, cache);
        }
        return cache;
    }

    private static byte[] aad(UUID coupleId, String purpose) {
        Objects.requireNonNull(coupleId, "coupleId");
        if (purpose == null || purpose.isBlank()) {
            throw new IllegalArgumentException("A purpose naming where the text is stored is required");
        }
        byte[] name = purpose.getBytes(StandardCharsets.UTF_8);
        return ByteBuffer.allocate(16 + name.length)
                .putLong(coupleId.getMostSignificantBits())
                .putLong(coupleId.getLeastSignificantBits())
                .put(name)
                .array();
    }
}
