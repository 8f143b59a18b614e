package app.kintsugi.platform.i18n;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.fasterxml.jackson.annotation.JsonValue;

import app.kintsugi.platform.Vocabulary;

/** Where an admin has put a translation: written for review, or published to readers. */
@Schema(description = "`draft`: written, waiting for review, never served; `published`: served to readers of the language while it is not stale.")
public enum TranslationPhase implements Vocabulary {
    /** Written, waiting for review. */
    DRAFT("draft"),
    /** Served to readers while not stale. */
    PUBLISHED("published");

    private final String json;

    TranslationPhase(String json) {
        this.json = json;
    }

    @JsonValue
    @Override
    public String json() {
        return json;
    }

    public static TranslationPhase of(String json) {
        return Vocabulary.parse(TranslationPhase.class, json).orElseThrow();
    }
}
