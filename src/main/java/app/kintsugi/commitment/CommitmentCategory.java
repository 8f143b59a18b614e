package app.kintsugi.commitment;

import com.fasterxml.jackson.annotation.JsonValue;

import app.kintsugi.platform.Vocabulary;
import app.kintsugi.platform.i18n.Texts;

/**
 * What kind of commitment it is, each with a stable colour token for the colour-coded calendar. The tokens never
 * change; the hex values are a suggestion a front end may restyle. Descriptions live in the bundle {@code texts}
 * ({@code category.<json>}), in the reader's language.
 */
public enum CommitmentCategory implements Vocabulary {
    DAILY_CHECK_IN("dailyCheckIn", CategoryColour.SAGE, "#8FB59A"),
    WEEKLY_CONVERSATION("weeklyConversation", CategoryColour.SKY, "#7FA7D9"),
    MONTHLY_BOUNDARY_REVIEW("monthlyBoundaryReview", CategoryColour.PLUM, "#9C7BB5"),
    ACT_OF_REPAIR("actOfRepair", CategoryColour.GOLD, "#D9B45A"),
    RITUAL("ritual", CategoryColour.CORAL, "#E08A78"),
    PERSONAL_PROMISE("personalPromise", CategoryColour.SLATE, "#7D8A99");

    private final String json;
    private final CategoryColour colour;
    private final String hex;

    CommitmentCategory(String json, CategoryColour colour, String hex) {
        this.json = json;
        this.colour = colour;
        this.hex = hex;
    }

    @JsonValue
    @Override
    public String json() {
        return json;
    }

    public CategoryColour colour() {
        return colour;
    }

    public String hex() {
        return hex;
    }

    /** The key of its description in the bundle {@code texts}. */
    public String descriptionKey() {
        return "category." + json;
    }

    /** Its description in {@code language}, or in English when that language lacks it. */
    public Texts.Said description(String language) {
        return Texts.say("texts", descriptionKey(), language);
    }

    public static CommitmentCategory of(String json) {
        return Vocabulary.parse(CommitmentCategory.class, json).orElseThrow();
    }
}
