package app.kintsugi.agreement;

import com.fasterxml.jackson.annotation.JsonValue;

import app.kintsugi.platform.Vocabulary;

/** How a version came about. */
public enum VersionOrigin implements Vocabulary {
    /** A partner proposed these terms; proposing counts as their acceptance. */
    PROPOSAL("proposal"),
    /** A partner reopened the terms in force, unchanged, so that both revisit and accept them again. */
    REOPENING("reopening");

    private final String json;

    VersionOrigin(String json) {
        this.json = json;
    }

    @JsonValue
    @Override
    public String json() {
        return json;
    }

    public static VersionOrigin of(String json) {
        return Vocabulary.parse(VersionOrigin.class, json).orElseThrow();
    }
}
