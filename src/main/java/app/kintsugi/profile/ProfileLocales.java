package app.kintsugi.profile;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

import jakarta.enterprise.context.ApplicationScoped;

/**
 * The profile locales lately read, kept for half a minute so that negotiating a language costs no statement on every
 * read. A change made on this replica is seen at once; another replica sees it within the half minute. A locale is a
 * preference, not content, and nothing here is logged.
 */
@ApplicationScoped
class ProfileLocales {

    static final long TTL_NANOS = 30_000_000_000L;
    private static final int CAPACITY = 10_000;

    private record Kept(Optional<String> locale, long readAt) {
    }

    private final Map<String, Kept> kept = new ConcurrentHashMap<>();

    Optional<String> get(String issuer, String subject, Supplier<Optional<String>> read) {
        String key = key(issuer, subject);
        long now = System.nanoTime();
        Kept found = kept.get(key);
        if (found != null && now - found.readAt() <= TTL_NANOS) {
            return found.locale();
        }
        Optional<String> locale = read.get();
        if (kept.size() >= CAPACITY) {
            kept.clear();
        }
        kept.put(key, new Kept(locale, now));
        return locale;
    }

    void forget(String issuer, String subject) {
        kept.remove(key(issuer, subject));
    }

    private static String key(String issuer, String subject) {
        return issuer + '\n' + subject;
    }
}
