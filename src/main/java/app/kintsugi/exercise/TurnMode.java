package app.kintsugi.exercise;

import com.fasterxml.jackson.annotation.JsonValue;

import app.kintsugi.platform.Vocabulary;

/** What happens during a turn. */
public enum TurnMode implements Vocabulary {
    /** The lead speaks; the other listens without interrupting. */
    SPEAKING("speaking"),
    /** The lead says back what they heard. */
    REFLECTING("reflecting"),
    /** No words. */
    SILENCE("silence"),
    /** The lead offers non-sexual touch; the other says what feels safe. */
    TOUCH("touch"),
    /** Writing, each on their own. */
    WRITING("writing"),
    /** The lead reads aloud. */
    READING("reading"),
    /** Slow breathing. */
    BREATHING("breathing"),
    /** Doing something together. */
    ACTIVITY("activity");

    private final String json;

    TurnMode(String json) {
        this.json = json;
    }

    @JsonValue
    @Override
    public String json() {
        return json;
    }

    public static TurnMode of(String json) {
        return Vocabulary.parse(TurnMode.class, json).orElseThrow();
    }
}
