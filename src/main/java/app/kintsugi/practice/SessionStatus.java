package app.kintsugi.practice;

import com.fasterxml.jackson.annotation.JsonValue;

import app.kintsugi.platform.Vocabulary;

/** Where a timed session stands. A pause is never a failure; completed and stopped are final. */
public enum SessionStatus implements Vocabulary {
    /** The timer runs. */
    RUNNING("running"),
    /** Paused by either partner, at any moment and without a reason. */
    PAUSED("paused"),
    /** Finished, with the actual durations recorded. */
    COMPLETED("completed"),
    /** Ended before the plan's end. It still counts as practice. */
    STOPPED("stopped");

    private final String json;

    SessionStatus(String json) {
        this.json = json;
    }

    @JsonValue
    @Override
    public String json() {
        return json;
    }

    public static SessionStatus of(String json) {
        return Vocabulary.parse(SessionStatus.class, json).orElseThrow();
    }
}
