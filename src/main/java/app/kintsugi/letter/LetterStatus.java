package app.kintsugi.letter;

import com.fasterxml.jackson.annotation.JsonValue;

import app.kintsugi.platform.Vocabulary;

/** A letter is a draft until its author shares it; sharing is final. */
public enum LetterStatus implements Vocabulary {
    /** Its author's alone; can be edited. */
    DRAFT("draft"),
    /** The partner can read it; it can no longer change. */
    SHARED("shared");

    private final String json;

    LetterStatus(String json) {
        this.json = json;
    }

    @JsonValue
    @Override
    public String json() {
        return json;
    }

    public static LetterStatus of(String json) {
        return Vocabulary.parse(LetterStatus.class, json).orElseThrow();
    }
}
