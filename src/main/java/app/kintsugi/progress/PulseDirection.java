package app.kintsugi.progress;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.fasterxml.jackson.annotation.JsonValue;

import app.kintsugi.platform.Vocabulary;

/** Which way a pulse rating moves between two windows: a direction to talk about, never a grade. */
@Schema(description = "Which way a rating moved: up (`higher`) or down (`lower`) by half a point or more, else `steady`.")
public enum PulseDirection implements Vocabulary {
    /** Up by half a point or more. */
    HIGHER("higher"),
    /** Within half a point either way. */
    STEADY("steady"),
    /** Down by half a point or more. */
    LOWER("lower");

    private final String json;

    PulseDirection(String json) {
        this.json = json;
    }

    @JsonValue
    @Override
    public String json() {
        return json;
    }
}
