package app.kintsugi.couple;

import com.fasterxml.jackson.annotation.JsonValue;

/**
 * Where a couple stands. {@code forming}: one partner, waiting for the other to accept an invitation. {@code active}:
 * two partners. {@code paused}: a partner paused; nothing new is shared and metrics stand still until that partner
 * resumes. {@code ended}: a partner left; final.
 */
public enum CoupleStatus {
    FORMING,
    ACTIVE,
    PAUSED,
    ENDED;

    @JsonValue
    public String json() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
