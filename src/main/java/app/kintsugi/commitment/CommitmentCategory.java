package app.kintsugi.commitment;

import com.fasterxml.jackson.annotation.JsonValue;

import app.kintsugi.platform.Vocabulary;

/**
 * What kind of commitment it is, each with a stable colour token for the colour-coded calendar. The tokens never
 * change; the hex values are a suggestion a front end may restyle.
 */
public enum CommitmentCategory implements Vocabulary {
    DAILY_CHECK_IN("dailyCheckIn", CategoryColour.SAGE, "#8FB59A",
            "A short daily check-in with each other."),
    WEEKLY_CONVERSATION("weeklyConversation", CategoryColour.SKY,
            "#7FA7D9", "A longer conversation once a week."),
    MONTHLY_BOUNDARY_REVIEW("monthlyBoundaryReview",
            CategoryColour.PLUM, "#9C7BB5",
            "Going over agreed boundaries each month."),
    ACT_OF_REPAIR("actOfRepair",
            CategoryColour.GOLD, "#D9B45A", "A concrete act that repairs trust."),
    RITUAL(
            "ritual", CategoryColour.CORAL, "#E08A78",
            "A shared ritual such as a walk or cooking together."),
    PERSONAL_PROMISE(
            "personalPromise", CategoryColour.SLATE, "#7D8A99",
            "A promise one partner makes, such as phones away at dinner.");

    private final String json;
    private final CategoryColour colour;
    private final String hex;
    private final String description;

    CommitmentCategory(String json, CategoryColour colour, String hex, String description) {
        this.json = json;
        this.colour = colour;
        this.hex = hex;
        this.description = description;
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

    public String description() {
        return description;
    }

    public static CommitmentCategory of(String json) {
        return Vocabulary.parse(CommitmentCategory.class, json).orElseThrow();
    }
}
