package app.kintsugi.platform;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.validation.constraints.Size;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Kintsugi's own settings ({@code kintsugi.*}); every one is listed with its environment variable in the README. */
@ConfigMapping(prefix = "kintsugi")
public interface KintsugiConfig {

    Paging paging();

    Idempotency idempotency();

    Codes codes();

    Couples couples();

    Counselors counselors();

    Crypto crypto();

    Retention retention();

    Exports exports();

    RateLimit rateLimit();

    Http http();

    Database database();

    interface Http {
        /**
         * How long after its first byte a request's line and headers must all have arrived; a connection that takes
         * longer (or sends nothing at all) is closed ({@code KINTSUGI_HTTP_HEADER_TIMEOUT}).
         */
        @WithDefault("PT10S")
        Duration headerTimeout();
    }

    interface Database {
        /** What a 503 during a database outage tells clients to wait ({@code Retry-After}, whole seconds). */
        @WithDefault("PT2S")
        Duration retryAfter();
    }

    interface Paging {
        /**
         * Secret that signs list cursors; at least 32 characters, the same on every replica. Required in production
         * ({@code KINTSUGI_CURSOR_SECRET}).
         */
        @Size(min = 32)
        String cursorSecret();

        /**
         * Secrets that signed cursors before the current one, still accepted (never used to sign) so that rotating the
         * secret breaks no page a client is walking ({@code KINTSUGI_PAGING_PREVIOUS_CURSOR_SECRETS}, comma-separated).
         */
        Optional<List<@Size(min = 32) String>> previousCursorSecrets();
    }

    interface Idempotency {
        /** How long a stored answer can be replayed for the same {@code Idempotency-Key}. */
        @WithDefault("PT24H")
        Duration retention();
    }

    interface Codes {
        /** How many codes that match nothing one caller may try within {@link #failureWindow()}. */
        @WithDefault("5")
        @jakarta.validation.constraints.Min(1)
        int maxFailures();

        /** The sliding window failures are counted in. */
        @WithDefault("PT15M")
        Duration failureWindow();
    }

    interface Couples {
        /** How long an invitation code can be accepted. */
        @WithDefault("PT72H")
        Duration invitationLifetime();
    }

    interface Counselors {
        /** How long a counselor's link code can be submitted by a partner. */
        @WithDefault("P7D")
        Duration linkLifetime();

        /** How long a grant lasts when the partner who submits the code names no expiry. */
        @WithDefault("P90D")
        Duration grantLifetime();

        /** The longest expiry a partner may choose for a grant. */
        @WithDefault("P365D")
        Duration grantMaxLifetime();
    }

    interface Crypto {
        /**
         * Master keys by id: each id (1 to 32 lower-case letters and digits, stored with every data key it wraps) maps
         * to the base64 of 32 random bytes. Production sets one environment variable per key,
         * {@code KINTSUGI_CRYPTO_MASTER_KEYS_<ID>}; a key stays configured until no data key is wrapped by it.
         */
        Map<String, String> masterKeys();

        /** The id of the master key that wraps new data keys ({@code KINTSUGI_CRYPTO_ACTIVE_MASTER_KEY}). */
        String activeMasterKey();
    }

    interface Retention {
        /**
         * How long after a couple ended its content is kept before it is purged: the data key shredded and what the
         * partners wrote and did deleted ({@code KINTSUGI_RETENTION_ENDED_COUPLE_CONTENT}).
         */
        @WithDefault("P90D")
        Duration endedCoupleContent();

        /** How often the purge runs on each replica, as a Quarkus scheduler interval ({@code 1h}, {@code 30m}). */
        @WithDefault("1h")
        String every();

        /** The most couples one run purges, each in its own transaction; the next run takes the rest. */
        @WithDefault("100")
        @jakarta.validation.constraints.Min(1)
        int batch();
    }

    interface Exports {
        /**
         * How long a prepared export can be downloaded before its file is deleted ({@code KINTSUGI_EXPORT_RETENTION}).
         */
        @WithDefault("P7D")
        Duration retention();

        /** How often each replica picks up pending exports left behind and deletes expired files. */
        @WithDefault("10s")
        String sweepEvery();
    }

    interface RateLimit {
        /** Whether requests to {@code /v1} are rate limited at all ({@code KINTSUGI_RATE_LIMIT_ENABLED}). */
        @WithDefault("true")
        boolean enabled();

        /**
         * Addresses (CIDR blocks, e.g. {@code 10.0.0.0/8}, {@code 2001:db8::/32}, or single addresses) of the reverse
         * proxies in front of the API. Only when the direct peer is one of them is {@code X-Forwarded-For} read to find
         * the client; otherwise the socket peer is the client ({@code KINTSUGI_RATE_LIMIT_TRUSTED_PROXIES}).
         */
        Optional<List<String>> trustedProxies();

        /**
         * Token buckets by name: at least {@code subject} (each authenticated subject, every request),
         * {@code anonymous} (each client address without a valid token) and {@code expensive} (each subject, on the
         * operations that compute or create much: progress summaries, exports, invitation and counselor codes).
         */
        Map<String, Budget> budgets();

        interface Budget {
            /** Requests a full bucket allows at once; it refills evenly, {@code capacity} per {@code period}. */
            @jakarta.validation.constraints.Min(1)
            long capacity();

            /** The time in which a bucket refills completely (ISO-8601, e.g. {@code PT1M}). */
            Duration period();
        }
    }
}
