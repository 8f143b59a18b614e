package app.kintsugi.practice;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.fasterxml.jackson.annotation.JsonValue;

import app.kintsugi.platform.Vocabulary;

/** Why the pace is what it is. */
@Schema(description = "Why the pace is what it is.")
public enum PaceReason implements Vocabulary {
    /** Fewer than 3 sessions completed. */
    STARTING_OUT("startingOut"),
    /** 3 to 5 sessions completed. */
    BUILDING("building"),
    /** 6 or more sessions completed. */
    STEADY("steady"),
    /** A recent session felt like too much to someone; whose is never said. */
    EASING("easing");

    private final String json;

    PaceReason(String json) {
        this.json = json;
    }

    @JsonValue
    @Override
    public String json() {
        return json;
    }
}
