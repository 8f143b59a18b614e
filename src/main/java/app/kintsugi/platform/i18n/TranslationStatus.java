package app.kintsugi.platform.i18n;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.fasterxml.jackson.annotation.JsonValue;

import app.kintsugi.platform.Vocabulary;

/** Where a translation stands. Only a published one that is not stale is ever served. */
@Schema(description = "`published`: served to readers; `draft`: written, not yet served; `stale`: its source text changed since it was written, so it is not served; `missing`: none exists.")
public enum TranslationStatus implements Vocabulary {
    /** Served to readers of the language. */
    PUBLISHED("published"),
    /** Written and waiting for review; readers get the source language. */
    DRAFT("draft"),
    /** The source changed after it was written; readers get the source language until it is revised. */
    STALE("stale"),
    /** Not written yet. */
    MISSING("missing");

    private final String json;

    TranslationStatus(String json) {
        this.json = json;
    }

    @JsonValue
    @Override
    public String json() {
        return json;
    }
}
