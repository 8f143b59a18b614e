package app.kintsugi.platform.crypto;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.junit.jupiter.api.Test;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.smallrye.config.EnvConfigSource;
import io.smallrye.config.SmallRyeConfig;
import io.smallrye.config.SmallRyeConfigBuilder;

import app.kintsugi.platform.KintsugiConfig;

@QuarkusTest
@WithTestResource(OidcWiremockTestResource.class)
class IntimateTextTest {

    private static final String NOTE = "session_feedback.note";
    private static final String SECRET = "I was scared to tell you — and I'm telling you now.";

    @Inject
    IntimateText text;

    @Inject
    MasterKeyRing ring;

    @Inject
    EntityManager em;

    @Test
    void sealedTextOpensForTheSameCoupleAndPurposeOnly() {
        UUID couple = newCouple();
        byte[] sealed = text.seal(couple, NOTE, SECRET);
        assertEquals(SECRET, text.open(couple, NOTE, sealed));
        assertEquals("", text.open(couple, NOTE, text.seal(couple, NOTE, "")));
        assertNull(text.seal(couple, NOTE, null));
        assertNull(text.open(couple, NOTE, null));

        byte[] again = text.seal(couple, NOTE, SECRET);
        assertFalse(Arrays.equals(sealed, again), "each seal draws a fresh nonce");
        assertEquals(SECRET, text.open(couple, NOTE, again));

        UUID other = newCouple();
        text.seal(other, NOTE, "the other couple has a data key too");
        assertUnopenable(other, NOTE, sealed);
        assertUnopenable(couple, "journal_entry.body", sealed);
    }

    @Test
    void anyChangedByteIsDetected() {
        UUID couple = newCouple();
        byte[] sealed = text.seal(couple, NOTE, SECRET);
        for (int index : new int[]{0, 1, 12, 13, sealed.length / 2, sealed.length - 1}) {
            byte[] altered = sealed.clone();
            altered[index] ^= 0x01;
            assertUnopenable(couple, NOTE, altered);
        }
        assertUnopenable(couple, NOTE, Arrays.copyOf(sealed, sealed.length - 1));
        assertUnopenable(couple, NOTE, Arrays.copyOf(sealed, 20));
    }

    @Test
    void theDatabaseHoldsNeitherTheTextNorARawKey() {
        UUID couple = newCouple();
        byte[] sealed = text.seal(couple, NOTE, SECRET);
        byte[] plain = SECRET.getBytes(StandardCharsets.UTF_8);
        assertEquals(1 + 12 + plain.length + 16, sealed.length);
        assertEquals(1, sealed[0]);
        assertFalse(contains(sealed, plain));

        Object[] row = keyRow(couple);
        assertEquals("test2", row[0]);
        byte[] wrapped = (byte[]) row[1];
        assertEquals(12 + 32 + 16, wrapped.length, "nonce, wrapped 32-byte key, tag");
        byte[] raw = ring.unwrap("test2", couple, wrapped);
        assertEquals(32, raw.length);
        assertFalse(contains(wrapped, raw));
        // The wrapping is bound to the couple: the same bytes do not unwrap for another one.
        assertThrows(IllegalStateException.class, () -> ring.unwrap("test2", UUID.randomUUID(), wrapped));
    }

    @Test
    void shreddingTheDataKeyMakesEverythingSealedUnreadable() {
        UUID couple = newCouple();
        byte[] sealed = text.seal(couple, NOTE, SECRET);
        text.shred(couple);
        assertEquals(0L, count("select count(*) from couple_data_key where couple_id = ?1", couple));
        assertUnopenable(couple, NOTE, sealed);

        // Sealing again starts a new key, which does not bring the old text back.
        byte[] fresh = text.seal(couple, NOTE, "a new beginning");
        assertEquals("a new beginning", text.open(couple, NOTE, fresh));
        assertUnopenable(couple, NOTE, sealed);
    }

    @Test
    void shreddingInsideATransactionAlsoForgetsTheKeyThatTransactionUnwrapped() {
        UUID couple = newCouple();
        byte[] sealed = text.seal(couple, NOTE, SECRET);
        QuarkusTransaction.requiringNew().run(() -> {
            assertEquals(SECRET, text.open(couple, NOTE, sealed));
            text.shred(couple);
            assertUnopenable(couple, NOTE, sealed);
        });
    }

    @Test
    void keysUnderAnOlderMasterKeyStillOpenAndRewrapMovesThemToTheActiveOne() {
        UUID couple = newCouple();
        byte[] raw = new byte[32];
        new SecureRandom().nextBytes(raw);
        MasterKeyRing.Wrapped old = ring.wrap("test1", couple, raw);
        QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery("""
                insert into couple_data_key (couple_id, master_key_id, wrapped_key, created_at)
                values (?1, ?2, ?3, now())""")
                .setParameter(1, couple)
                .setParameter(2, old.masterKeyId())
                .setParameter(3, old.bytes())
                .executeUpdate());

        byte[] sealed = text.seal(couple, NOTE, SECRET);
        assertEquals(SECRET, text.open(couple, NOTE, sealed));
        assertEquals("test1", keyRow(couple)[0], "sealing uses the existing key as it is");

        long notActive = count("select count(*) from couple_data_key where master_key_id <> ?1", "test2");
        assertTrue(notActive >= 1);
        assertEquals(notActive, text.rewrapAll());
        assertEquals(0L, count("select count(*) from couple_data_key where master_key_id <> ?1", "test2"));

        Object[] row = keyRow(couple);
        assertEquals("test2", row[0]);
        assertFalse(Arrays.equals(old.bytes(), (byte[]) row[1]));
        assertArrayEquals(raw, ring.unwrap("test2", couple, (byte[]) row[1]), "the data key itself is unchanged");
        assertEquals(SECRET, text.open(couple, NOTE, sealed));
        assertEquals(0, text.rewrapAll());
    }

    @Test
    void aKeyWrappedByAnUnknownOrRelabelledMasterKeyDoesNotOpen() {
        UUID couple = newCouple();
        byte[] sealed = text.seal(couple, NOTE, SECRET);
        setMasterKeyId(couple, "retired9");
        IllegalStateException unknown = assertUnopenable(couple, NOTE, sealed);
        assertTrue(unknown.getMessage().contains("retired9"), unknown.getMessage());

        // Wrapped by test2 but labelled test1: an error, never a misread.
        setMasterKeyId(couple, "test1");
        assertUnopenable(couple, NOTE, sealed);

        setMasterKeyId(couple, "test2");
        assertEquals(SECRET, text.open(couple, NOTE, sealed));
    }

    @Test
    void concurrentFirstSealsAgreeOnOneDataKey() throws Exception {
        UUID couple = newCouple();
        CountDownLatch firstInserted = new CountDownLatch(1);
        CountDownLatch releaseFirst = new CountDownLatch(1);
        ExecutorService threads = Executors.newFixedThreadPool(2);
        try {
            CompletableFuture<byte[]> first = CompletableFuture.supplyAsync(() -> QuarkusTransaction.requiringNew()
                    .call(() -> {
                        byte[] sealed = text.seal(couple, NOTE, "first");
                        firstInserted.countDown();
                        // Holds its uncommitted key while the second transaction tries to insert one.
                        releaseFirst.await(10, TimeUnit.SECONDS);
                        return sealed;
                    }), threads);
            assertTrue(firstInserted.await(10, TimeUnit.SECONDS));
            CompletableFuture<byte[]> second = CompletableFuture.supplyAsync(() -> QuarkusTransaction.requiringNew()
                    .call(() -> text.seal(couple, NOTE, "second")), threads);
            Thread.sleep(300);
            assertFalse(second.isDone(), "the second insert waits for the first transaction");
            releaseFirst.countDown();

            assertEquals("first", text.open(couple, NOTE, first.get(10, TimeUnit.SECONDS)));
            assertEquals("second", text.open(couple, NOTE, second.get(10, TimeUnit.SECONDS)));
            assertEquals(1L, count("select count(*) from couple_data_key where couple_id = ?1", couple));
        } finally {
            threads.shutdownNow();
        }
    }

    // --- The master key ring, on its own ------------------------------------------------------------------------

    private static final String KEY_A = Base64.getEncoder().encodeToString(new byte[32]);
    private static final String SHORT_KEY = Base64.getEncoder().encodeToString("only-sixteen-byt".getBytes());

    @Test
    void theRingRejectsKeysThatAreNotThirtyTwoBytesOfBase64() {
        IllegalStateException shortKey = assertThrows(IllegalStateException.class,
                () -> new MasterKeyRing(Map.of("k1", KEY_A, "k2", SHORT_KEY), "k1"));
        assertTrue(shortKey.getMessage().contains("'k2' decodes to 16 bytes"), shortKey.getMessage());
        assertFalse(shortKey.getMessage().contains(SHORT_KEY));

        IllegalStateException notBase64 = assertThrows(IllegalStateException.class,
                () -> new MasterKeyRing(Map.of("k1", "s3cr3t!value"), "k1"));
        assertFalse(notBase64.getMessage().contains("s3cr3t"), notBase64.getMessage());
        assertFalse(notBase64.getMessage().contains("!"), notBase64.getMessage());

        assertThrows(IllegalStateException.class, () -> new MasterKeyRing(Map.of("Key-1", KEY_A), "Key-1"));
    }

    @Test
    void theRingRequiresTheActiveKeyToBeConfigured() {
        IllegalStateException missing = assertThrows(IllegalStateException.class,
                () -> new MasterKeyRing(Map.of("k1", KEY_A), "k2"));
        assertTrue(missing.getMessage().contains("'k2'"), missing.getMessage());
        assertTrue(missing.getMessage().contains("KINTSUGI_CRYPTO_MASTER_KEYS_K2"), missing.getMessage());
        assertFalse(missing.getMessage().contains(KEY_A));
        assertThrows(IllegalStateException.class, () -> new MasterKeyRing(Map.of(), "k1"));
        assertThrows(IllegalStateException.class, () -> new MasterKeyRing(Map.of("k1", KEY_A), " "));
        IllegalStateException badId = assertThrows(IllegalStateException.class,
                () -> new MasterKeyRing(Map.of("k1", KEY_A), "k_1"));
        assertTrue(badId.getMessage().contains("lower-case letters and digits"), badId.getMessage());
        assertEquals("k1", new MasterKeyRing(Map.of("k1", KEY_A), "k1").activeId());
    }

    @Test
    void productionNamesMasterKeysByEnvironmentVariablesAlone() {
        String k7 = Base64.getEncoder().encodeToString(new byte[32]);
        SmallRyeConfig config = new SmallRyeConfigBuilder()
                .withSources(new EnvConfigSource(Map.of(
                        "KINTSUGI_CRYPTO_MASTER_KEYS_K7", k7,
                        "KINTSUGI_CRYPTO_MASTER_KEYS_2024A", KEY_A,
                        "KINTSUGI_CRYPTO_ACTIVE_MASTER_KEY", "k7",
                        "KINTSUGI_PAGING_CURSOR_SECRET", "cursor-secret-for-this-test-only-0123456789"), 300))
                .withMapping(KintsugiConfig.class)
                .build();
        KintsugiConfig kintsugi = config.getConfigMapping(KintsugiConfig.class);
        assertEquals(Map.of("k7", k7, "2024a", KEY_A), kintsugi.crypto().masterKeys());
        MasterKeyRing fromEnvironment = new MasterKeyRing(kintsugi);
        assertEquals("k7", fromEnvironment.activeId());
        UUID couple = UUID.randomUUID();
        byte[] raw = new byte[32];
        raw[0] = 42;
        assertArrayEquals(raw, fromEnvironment.unwrap("2024a", couple, fromEnvironment.wrap("2024a", couple, raw)
                .bytes()));
        assertFalse(fromEnvironment.toString().contains(k7));
    }

    // --- Helpers ------------------------------------------------------------------------------------------------

    private IllegalStateException assertUnopenable(UUID couple, String purpose, byte[] sealed) {
        IllegalStateException failure = assertThrows(IllegalStateException.class,
                () -> text.open(couple, purpose, sealed));
        String message = String.valueOf(failure.getMessage());
        assertFalse(message.contains(SECRET) || message.contains("scared"), "the message shows the text: " + message);
        return failure;
    }

    private UUID newCouple() {
        UUID id = UUID.randomUUID();
        QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery("""
                insert into couple (id, time_zone, program_starts_on, created_at)
                values (?1, 'Europe/Lisbon', current_date, now())""")
                .setParameter(1, id)
                .executeUpdate());
        return id;
    }

    private Object[] keyRow(UUID couple) {
        return QuarkusTransaction.requiringNew().call(() -> {
            @SuppressWarnings("unchecked")
            List<Object[]> rows = em.createNativeQuery(
                    "select master_key_id, wrapped_key from couple_data_key where couple_id = ?1", Object[].class)
                    .setParameter(1, couple)
                    .getResultList();
            assertEquals(1, rows.size());
            return rows.get(0);
        });
    }

    private void setMasterKeyId(UUID couple, String masterKeyId) {
        QuarkusTransaction.requiringNew().run(() -> em
                .createNativeQuery("update couple_data_key set master_key_id = ?1 where couple_id = ?2")
                .setParameter(1, masterKeyId)
                .setParameter(2, couple)
                .executeUpdate());
    }

    private long count(String sql, Object parameter) {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) em.createNativeQuery(sql)
                .setParameter(1, parameter)
                .getSingleResult()).longValue());
    }

    private static boolean contains(byte[] haystack, byte[] needle) {
        outer : for (int i = 0; i + needle.length <= haystack.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (haystack[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return true;
        }
        return false;
    }
}
