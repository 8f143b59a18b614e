package app.kintsugi.journal;

import com.fasterxml.jackson.annotation.JsonValue;

import app.kintsugi.platform.Vocabulary;

/** The questions a couple talks over when they read a week of the journal together. */
public enum ProgressQuestion implements Vocabulary {
    FELT_BETTER("feltBetter", "What has felt a little easier between us lately?"),
    NOTICED_CHANGE("noticedChange",
            "What have you seen change in the two of us this week?");

    private final String json;
    private final String text;

    ProgressQuestion(String json, String text) {
        this.json = json;
        this.text = text;
    }

    @JsonValue
    @Override
    public String json() {
        return json;
    }

    public String text() {
        return text;
    }

    public static ProgressQuestion of(String json) {
        return Vocabulary.parse(ProgressQuestion.class, json).orElseThrow();
    }
}
