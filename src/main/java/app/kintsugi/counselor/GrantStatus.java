package app.kintsugi.counselor;

import com.fasterxml.jackson.annotation.JsonValue;

/** Where a counselor grant stands. */
public enum GrantStatus {
    AWAITING_CONSENT("awaiting-consent"),
    ACTIVE("active"),
    REVOKED("revoked"),
    EXPIRED("expired");

    private final String json;

    GrantStatus(String json) {
        this.json = json;
    }

    @JsonValue
    public String json() {
        return json;
    }
}
