package app.kintsugi.helpline;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.fasterxml.jackson.annotation.JsonValue;

import app.kintsugi.platform.Vocabulary;

/** Where an admin has put a translation of a support resource's description. */
@Schema(description = "`draft`: written, shown to admins only; `published`: shown to readers of the language while it is not stale.")
public enum SupportTranslationStatus implements Vocabulary {
    DRAFT("draft"),
    PUBLISHED("published");

    private final String json;

    SupportTranslationStatus(String json) {
        this.json = json;
    }

    @JsonValue
    @Override
    public String json() {
        return json;
    }

    static SupportTranslationStatus of(String json) {
        return Vocabulary.parse(SupportTranslationStatus.class, json).orElseThrow();
    }
}
