package app.kintsugi.commitment;

import com.fasterxml.jackson.annotation.JsonValue;

import app.kintsugi.platform.Vocabulary;

/** An occurrence as the calendar shows it. */
public enum OccurrenceState implements Vocabulary {
    /** Still to come. */
    UPCOMING("upcoming"),
    /** Today, not marked yet. */
    DUE("due"),
    /** Past and never marked: shown as such, never counted as kept. */
    UNMARKED("unmarked"),
    KEPT("kept"),
    PARTLY_KEPT("partlyKept"),
    MISSED("missed");

    private final String json;

    OccurrenceState(String json) {
        this.json = json;
    }

    @JsonValue
    @Override
    public String json() {
        return json;
    }

    public static OccurrenceState of(String json) {
        return Vocabulary.parse(OccurrenceState.class, json).orElseThrow();
    }
}
