package app.kintsugi.platform.crypto;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import java.util.function.LongSupplier;

import javax.crypto.SecretKey;

/**
 * Unwrapped couple data keys that {@link IntimateText#open} used lately, so that reading a journal entry or a page of
 * commitments does not read and unwrap the couple's {@code couple_data_key} row on every request.
 *
 * <p>
 * Why this is safe enough, and where it stops:
 * <ul>
 * <li>Bounded: at most {@link #MAX_KEYS} couples (least recently used out first), each for at most {@link #TTL_NANOS}
 * (60 s) after its row was read, whatever the traffic. An unwrapped key thus lives in this replica's heap for a minute
 * rather than one transaction; the master keys that unwrap every data key live there for the whole run anyway.</li>
 * <li>Only opening uses it. Sealing always reads the row, so nothing is ever sealed under a key that was shredded
 * meanwhile (text nobody could read again).</li>
 * <li>A key cached here that no longer opens a value (the couple's key was shredded and a new one made since) is
 * dropped and the row read again: a stale key costs one retry, never a wrong answer or a misread.</li>
 * <li>{@link IntimateText#shred} evicts the couple here at once. Another replica may still hold the key until its entry
 * expires, at most 60 s after shredding: within that window it could still open rows sealed before, if any were left
 * and anyone could still ask for them (erasure shreds once every partner is erased, the retention purge after deleting
 * the content). Documented in docs/security-and-privacy.md.</li>
 * </ul>
 */
final class DataKeyCache {

    static final int MAX_KEYS = 4096;
    static final long TTL_NANOS = 60_000_000_000L;

    private record Cached(SecretKey key, long readAt) {
    }

    private final LongSupplier clock;
    private final Map<UUID, Cached> keys = new LinkedHashMap<>(256, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<UUID, Cached> eldest) {
            return size() > MAX_KEYS;
        }
    };

    DataKeyCache() {
        this(System::nanoTime);
    }

    DataKeyCache(LongSupplier clock) {
        this.clock = clock;
    }

    /** The couple's key if it was read less than the TTL ago; null otherwise. */
    synchronized SecretKey get(UUID coupleId) {
        Cached cached = keys.get(coupleId);
        if (cached == null) {
            return null;
        }
        if (clock.getAsLong() - cached.readAt() >= TTL_NANOS) {
            keys.remove(coupleId);
            return null;
        }
        return cached.key();
    }

    /** Remembers a key just read from its row. */
    synchronized void put(UUID coupleId, SecretKey key) {
        keys.put(coupleId, new Cached(key, clock.getAsLong()));
    }

    /** Forgets the couple's key: after shredding, or when it no longer opens what it should. */
    synchronized void evict(UUID coupleId) {
        keys.remove(coupleId);
    }

    synchronized int size() {
        return keys.size();
    }
}
