package app.kintsugi.exercise;

import com.fasterxml.jackson.annotation.JsonValue;

import app.kintsugi.platform.Vocabulary;

/** How often an exercise is meant to be repeated. */
public enum Cadence implements Vocabulary {
    /** Every day. */
    DAILY("daily"),
    /** Once a week. */
    WEEKLY("weekly"),
    /** Once a month. */
    MONTHLY("monthly"),
    /** Whenever it is needed. */
    AS_NEEDED("asNeeded");

    private final String json;

    Cadence(String json) {
        this.json = json;
    }

    @JsonValue
    @Override
    public String json() {
        return json;
    }

    public static Cadence of(String json) {
        return Vocabulary.parse(Cadence.class, json).orElseThrow();
    }
}
