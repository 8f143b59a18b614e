package app.kintsugi.progress;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.fasterxml.jackson.annotation.JsonValue;

import app.kintsugi.platform.Vocabulary;

/** Why a couple may deserve a counselor's attention, computed only from what the couple shares with them. */
@Schema(description = "`noActivity14Days`: neither partner showed up in the last 14 days. `safetyDrop`: a partner's latest safety rating shared with the counselor is 3 or more below their previous shared one.")
public enum AttentionFlag implements Vocabulary {
    /** Neither partner showed up in the last 14 days. */
    NO_ACTIVITY_14_DAYS("noActivity14Days"),
    /** A partner's latest shared safety rating is 3 or more below their previous shared one. */
    SAFETY_DROP("safetyDrop");

    private final String json;

    AttentionFlag(String json) {
        this.json = json;
    }

    @JsonValue
    @Override
    public String json() {
        return json;
    }
}
