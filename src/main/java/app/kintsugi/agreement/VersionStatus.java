package app.kintsugi.agreement;

import com.fasterxml.jackson.annotation.JsonValue;

import app.kintsugi.platform.Vocabulary;

/** Where one version of an agreement stands; derived, never stored. */
public enum VersionStatus implements Vocabulary {
    /** Waiting for both partners to accept it; only the newest version can be pending. */
    PENDING("pending"),
    /** Accepted by both, and the one that counts now. */
    IN_FORCE("inForce"),
    /** Was in force until a later version took its place. */
    REPLACED("replaced"),
    /** Never took effect: a newer version was put on the table before both accepted it. */
    SUPERSEDED("superseded");

    private final String json;

    VersionStatus(String json) {
        this.json = json;
    }

    @JsonValue
    @Override
    public String json() {
        return json;
    }
}
