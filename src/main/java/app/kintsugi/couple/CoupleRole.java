package app.kintsugi.couple;

import com.fasterxml.jackson.annotation.JsonValue;

import app.kintsugi.platform.Vocabulary;

/** In what capacity the caller sees a couple. */
public enum CoupleRole implements Vocabulary {
    /** One of the two partners, current or former. */
    PARTNER("partner"),
    /** A counselor under a grant in force. */
    COUNSELOR("counselor");

    private final String json;

    CoupleRole(String json) {
        this.json = json;
    }

    @JsonValue
    @Override
    public String json() {
        return json;
    }
}
