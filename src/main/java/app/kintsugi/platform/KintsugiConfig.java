package app.kintsugi.platform;

import java.time.Duration;

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

    interface Paging {
        /**
         * Secret that signs list cursors; at least 32 characters, the same on every replica. Required in production
         * ({@code KINTSUGI_CURSOR_SECRET}).
         */
        @Size(min = 32)
        String cursorSecret();
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
}
