package app.kintsugi.commitment;

import com.fasterxml.jackson.annotation.JsonValue;

import app.kintsugi.platform.Vocabulary;

/** Where a commitment stands. */
public enum CommitmentStatus implements Vocabulary {
    ACTIVE("active"),
    /** Done with, as intended. */
    COMPLETED("completed"),
    /** Set aside. */
    RETIRED("retired");

    private final String json;

    CommitmentStatus(String json) {
        this.json = json;
    }

    @JsonValue
    @Override
    public String json() {
        return json;
    }

    public static CommitmentStatus of(String json) {
        return Vocabulary.parse(CommitmentStatus.class, json).orElseThrow();
    }
}
