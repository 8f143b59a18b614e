package app.kintsugi.practice;

import com.fasterxml.jackson.annotation.JsonValue;

import app.kintsugi.platform.Vocabulary;

/** Who leads the plan's partnerA turns: the partner opening the session, or the other one. */
public enum FirstLead implements Vocabulary {
    /** The caller leads the partnerA turns. */
    ME("me"),
    /** The other partner leads the partnerA turns. */
    PARTNER("partner");

    private final String json;

    FirstLead(String json) {
        this.json = json;
    }

    @JsonValue
    @Override
    public String json() {
        return json;
    }

    public static FirstLead of(String json) {
        return Vocabulary.parse(FirstLead.class, json).orElseThrow();
    }
}
