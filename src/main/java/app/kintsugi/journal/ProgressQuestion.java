package app.kintsugi.journal;

import com.fasterxml.jackson.annotation.JsonValue;

import app.kintsugi.platform.Vocabulary;
import app.kintsugi.platform.i18n.Texts;

/**
 * The questions a couple talks over when they read a week of the journal together. Their words live in the bundle
 * {@code texts} ({@code progressQuestion.<json>}), said in the reader's language.
 */
public enum ProgressQuestion implements Vocabulary {
    FELT_BETTER("feltBetter"),
    NOTICED_CHANGE("noticedChange");

    private final String json;

    ProgressQuestion(String json) {
        this.json = json;
    }

    @JsonValue
    @Override
    public String json() {
        return json;
    }

    /** The key of its words in the bundle {@code texts}. */
    public String textKey() {
        return "progressQuestion." + json;
    }

    /** Its words in {@code language}, or in English when that language lacks them. */
    public Texts.Said text(String language) {
        return Texts.say("texts", textKey(), language);
    }

    public static ProgressQuestion of(String json) {
        return Vocabulary.parse(ProgressQuestion.class, json).orElseThrow();
    }
}
