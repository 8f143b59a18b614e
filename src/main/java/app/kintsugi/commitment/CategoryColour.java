package app.kintsugi.commitment;

import com.fasterxml.jackson.annotation.JsonValue;

import app.kintsugi.platform.Vocabulary;

/** The stable colour token of each commitment category, for the colour-coded calendar. Tokens never change. */
public enum CategoryColour implements Vocabulary {
    SAGE("sage"),
    SKY("sky"),
    PLUM("plum"),
    GOLD("gold"),
    CORAL("coral"),
    SLATE("slate");

    private final String json;

    CategoryColour(String json) {
        this.json = json;
    }

    @JsonValue
    @Override
    public String json() {
        return json;
    }
}
