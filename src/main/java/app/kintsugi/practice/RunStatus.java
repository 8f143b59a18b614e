package app.kintsugi.practice;

import com.fasterxml.jackson.annotation.JsonValue;

import app.kintsugi.platform.Vocabulary;

/** Where a practice run stands. Only one run is active or paused at a time; the other three are final. */
public enum RunStatus implements Vocabulary {
    /** Under way: the couple practises the exercise on the days of the run. */
    ACTIVE("active"),
    /** Set aside for now, without a reason and without penalty. */
    PAUSED("paused"),
    /** Finished: ended by the couple, or its last day has passed. */
    COMPLETED("completed"),
    /** Ended early. Adapting or skipping what does not fit is part of the practice. */
    ABANDONED("abandoned"),
    /** A run a counselor assigned that the couple chose not to do. */
    DECLINED("declined");

    private final String json;

    RunStatus(String json) {
        this.json = json;
    }

    @JsonValue
    @Override
    public String json() {
        return json;
    }

    public static RunStatus of(String json) {
        return Vocabulary.parse(RunStatus.class, json).orElseThrow();
    }
}
