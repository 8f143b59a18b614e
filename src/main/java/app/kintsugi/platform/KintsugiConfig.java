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
}
