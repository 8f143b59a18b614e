package app.kintsugi.practice;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.fasterxml.jackson.annotation.JsonValue;

import app.kintsugi.platform.Vocabulary;

/** Where a turn of a session's schedule stands. */
@Schema(description = "Where a turn of a session's schedule stands.")
public enum TurnState implements Vocabulary {
    /** Its time has run. */
    DONE("done"),
    /** Under way now, or where the paused session will go on. */
    CURRENT("current"),
    /** Still to come. */
    UPCOMING("upcoming"),
    /** Not reached before the session ended. */
    SKIPPED("skipped");

    private final String json;

    TurnState(String json) {
        this.json = json;
    }

    @JsonValue
    @Override
    public String json() {
        return json;
    }
}
