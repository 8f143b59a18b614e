package app.kintsugi.couple;

import com.fasterxml.jackson.annotation.JsonValue;

/** Where an invitation stands. */
public enum InvitationStatus {
    OPEN,
    ACCEPTED,
    REVOKED,
    EXPIRED;

    @JsonValue
    public String json() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
