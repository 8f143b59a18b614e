package app.kintsugi.practice;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.fasterxml.jackson.annotation.JsonValue;

import app.kintsugi.platform.Vocabulary;

/** Why an exercise is suggested. */
@Schema(description = "Why an exercise is suggested.")
public enum RecommendationReason implements Vocabulary {
    /** Never practised by the couple. */
    NEW_TO_YOU("newToYou"),
    /** Practised, but not within the recent window. */
    NOT_RECENT("notRecent"),
    /** At the couple's current pace. */
    MATCHES_PACE("matchesPace"),
    /** Gentler than the couple's current pace. */
    GENTLER_STEP("gentlerStep"),
    /** Everything allowed was practised recently; this one longest ago. */
    REVISIT("revisit");

    private final String json;

    RecommendationReason(String json) {
        this.json = json;
    }

    @JsonValue
    @Override
    public String json() {
        return json;
    }
}
