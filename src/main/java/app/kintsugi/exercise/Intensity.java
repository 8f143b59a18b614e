package app.kintsugi.exercise;

import com.fasterxml.jackson.annotation.JsonValue;

import app.kintsugi.platform.Vocabulary;

/** How much an exercise asks of a couple emotionally; recommendations ramp from gentle to deep. */
public enum Intensity implements Vocabulary {
    /** Light; suits the first days and hard weeks. */
    GENTLE("gentle"),
    /** Asks for some openness. */
    MODERATE("moderate"),
    /** Touches the hurt itself. */
    DEEP("deep");

    private final String json;

    Intensity(String json) {
        this.json = json;
    }

    @JsonValue
    @Override
    public String json() {
        return json;
    }

    public static Intensity of(String json) {
        return Vocabulary.parse(Intensity.class, json).orElseThrow();
    }
}
