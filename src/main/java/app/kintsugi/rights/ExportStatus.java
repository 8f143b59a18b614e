package app.kintsugi.rights;

import com.fasterxml.jackson.annotation.JsonValue;

import app.kintsugi.platform.Vocabulary;

/** Where an export stands. */
public enum ExportStatus implements Vocabulary {
    /** Asked for; being prepared in the background. */
    PENDING("pending"),
    /** Can be downloaded until it expires. */
    READY("ready"),
    /** Could not be prepared; ask for a new one. */
    FAILED("failed"),
    /** Its download period ended and the file was deleted; ask for a new one. */
    EXPIRED("expired");

    private final String json;

    ExportStatus(String json) {
        this.json = json;
    }

    @JsonValue
    @Override
    public String json() {
        return json;
    }

    public static ExportStatus of(String json) {
        return Vocabulary.parse(ExportStatus.class, json).orElseThrow();
    }
}
