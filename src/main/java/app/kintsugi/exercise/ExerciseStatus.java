package app.kintsugi.exercise;

import com.fasterxml.jackson.annotation.JsonValue;

import app.kintsugi.platform.Vocabulary;

/** Where an exercise stands: drafts are seen by admins only; retired ones stay readable where they were practised. */
public enum ExerciseStatus implements Vocabulary {
    /** Being written; invisible to everyone but admins. */
    DRAFT("draft"),
    /** In the catalogue. */
    PUBLISHED("published"),
    /** Out of the catalogue; history that used it still shows it. */
    RETIRED("retired");

    private final String json;

    ExerciseStatus(String json) {
        this.json = json;
    }

    @JsonValue
    @Override
    public String json() {
        return json;
    }

    public static ExerciseStatus of(String json) {
        return Vocabulary.parse(ExerciseStatus.class, json).orElseThrow();
    }
}
