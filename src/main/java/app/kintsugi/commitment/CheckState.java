package app.kintsugi.commitment;

import com.fasterxml.jackson.annotation.JsonValue;

import app.kintsugi.platform.Vocabulary;

/** How an occurrence went, as the partner who marked it said. */
public enum CheckState implements Vocabulary {
    KEPT("kept"),
    PARTLY_KEPT("partlyKept"),
    MISSED("missed");

    private final String json;

    CheckState(String json) {
        this.json = json;
    }

    @JsonValue
    @Override
    public String json() {
        return json;
    }

    public static CheckState of(String json) {
        return Vocabulary.parse(CheckState.class, json).orElseThrow();
    }
}
