package app.kintsugi.journal;

import com.fasterxml.jackson.annotation.JsonValue;

import app.kintsugi.platform.Vocabulary;

/** How the partner acknowledges an entry. */
public enum Reaction implements Vocabulary {
    /** "I saw this." */
    SEEN("seen"),
    /** A tiny win, celebrated. */
    CELEBRATE("celebrate");

    private final String json;

    Reaction(String json) {
        this.json = json;
    }

    @JsonValue
    @Override
    public String json() {
        return json;
    }

    public static Reaction of(String json) {
        return Vocabulary.parse(Reaction.class, json).orElseThrow();
    }
}
