package app.kintsugi.journal;

import com.fasterxml.jackson.annotation.JsonValue;

import app.kintsugi.platform.Vocabulary;

/** Who besides its author may read an entry; only the author chooses. */
public enum Visibility implements Vocabulary {
    /** The author alone, until the author chooses otherwise. */
    PRIVATE("private"),
    /** The partner, from the moment it is written or shared. */
    PARTNER("partner"),
    /** The partner, once its week is revealed: at the end of the week, or when both marked it read. */
    REVEAL("reveal");

    private final String json;

    Visibility(String json) {
        this.json = json;
    }

    @JsonValue
    @Override
    public String json() {
        return json;
    }

    public static Visibility of(String json) {
        return Vocabulary.parse(Visibility.class, json).orElseThrow();
    }
}
