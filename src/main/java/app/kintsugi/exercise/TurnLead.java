package app.kintsugi.exercise;

import com.fasterxml.jackson.annotation.JsonValue;

import app.kintsugi.platform.Vocabulary;

/** Who leads a turn: a partner by their role in the session, or both together. */
public enum TurnLead implements Vocabulary {
    /** The partner in role A (by default the one who opens the session). */
    PARTNER_A("partnerA"),
    /** The other partner. */
    PARTNER_B("partnerB"),
    /** Both at once. */
    TOGETHER("together");

    private final String json;

    TurnLead(String json) {
        this.json = json;
    }

    @JsonValue
    @Override
    public String json() {
        return json;
    }

    public static TurnLead of(String json) {
        return Vocabulary.parse(TurnLead.class, json).orElseThrow();
    }
}
