package app.kintsugi.platform.crypto;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;

import javax.crypto.SecretKey;
import javax.crypto.spec.SecretKeySpec;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.api.Test;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;

/**
 * The short-lived cache of unwrapped data keys that opening text uses: bounded in size and age, evicted by shredding,
 * and never the cause of a wrong answer when a couple's key changed behind it.
 */
@QuarkusTest
@WithTestResource(OidcWiremockTestResource.class)
class DataKeyCacheTest {

    private static final String NOTE = "journal_entry.body";

    @Inject
    IntimateText text;

    @Inject
    EntityManager em;

    @Inject
    SessionFactory sessionFactory;

    private static SecretKey key(int seed) {
        byte[] raw = new byte[32];
        raw[0] = (byte) seed;
        return new SecretKeySpec(raw, "AES");
    }

    @Test
    void aKeyIsForgottenSixtySecondsAfterItWasRead() {
        AtomicLong now = new AtomicLong(1_000);
        DataKeyCache cache = new DataKeyCache(now::get);
        UUID couple = UUID.randomUUID();
        SecretKey key = key(1);
        cache.put(couple, key);
        now.addAndGet(DataKeyCache.TTL_NANOS - 1);
        assertSame(key, cache.get(couple));
        now.incrementAndGet();
        assertNull(cache.get(couple), "60 s after it was read");
        assertEquals(0, cache.size());
    }

    @Test
    void atMostSoManyCouplesAreKeptTheLeastRecentlyUsedGoFirst() {
        DataKeyCache cache = new DataKeyCache(() -> 0L);
        UUID first = UUID.randomUUID();
        UUID second = UUID.randomUUID();
        cache.put(first, key(1));
        cache.put(second, key(2));
        cache.get(first);
        for (int i = 0; i < DataKeyCache.MAX_KEYS - 1; i++) {
            cache.put(UUID.randomUUID(), key(3));
        }
        assertEquals(DataKeyCache.MAX_KEYS, cache.size());
        assertNull(cache.get(second), "the least recently used couple went out");
        assertEquals(key(1), cache.get(first));
        cache.evict(first);
        assertNull(cache.get(first));
    }

    @Test
    void openingAgainReadsNoKeyRow() {
        UUID couple = newCouple();
        byte[] sealed = text.seal(couple, NOTE, "We walked by the river.");
        text.open(couple, NOTE, sealed);
        Statistics statistics = sessionFactory.getStatistics();
        statistics.clear();
        assertEquals("We walked by the river.", text.open(couple, NOTE, sealed));
        assertEquals(0, statistics.getPrepareStatementCount(), "the key came from the cache");
    }

    @Test
    void aKeyShreddedAndMadeAnewElsewhereIsNeverUsedForTheNewText() {
        UUID couple = newCouple();
        byte[] old = text.seal(couple, NOTE, "before");
        assertEquals("before", text.open(couple, NOTE, old));

        // Another replica shreds the key (this one's cache is not told) and a new key is made with new text.
        QuarkusTransaction.requiringNew().run(() -> em
                .createNativeQuery("delete from couple_data_key where couple_id = ?1").setParameter(1, couple)
                .executeUpdate());
        byte[] fresh = text.seal(couple, NOTE, "after");

        // The cached old key does not open the new text: it is dropped and the new key read.
        assertEquals("after", text.open(couple, NOTE, fresh));
        // And the old text, now under a key that is gone, does not open from memory either.
        assertThrows(IllegalStateException.class, () -> text.open(couple, NOTE, old));
    }

    @Test
    void shreddingForgetsTheKeyHereAtOnce() {
        UUID couple = newCouple();
        byte[] sealed = text.seal(couple, NOTE, "gone soon");
        assertEquals("gone soon", text.open(couple, NOTE, sealed));
        text.shred(couple);
        assertThrows(IllegalStateException.class, () -> text.open(couple, NOTE, sealed));
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
}
