package app.kintsugi.progress;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.fasterxml.jackson.annotation.JsonValue;

import app.kintsugi.platform.Vocabulary;
import app.kintsugi.platform.i18n.Texts;

/**
 * The milestones progress records, each once per couple. The words are stored in {@code couple_milestone.key} and are
 * part of the contract: apps celebrate each key once, so a word never changes. Each has a name people read, in the
 * bundle {@code texts} ({@code milestone.<key>}), said in the reader's language when answered and never stored.
 */
@Schema(description = "A milestone: `first-heart-day`; `seven-hearts-in-a-row` (paused days skipped); `thirty-heart-days`; `hundred-heart-days`; `first-week-read-together` (a journal week both partners read); `first-seven-day-run` (a seven-day practice run brought to its end); `first-agreement-reaccepted` (both accepted a second or later version of an agreement).")
public enum MilestoneKey implements Vocabulary {
    /** The first day on which both partners showed up. */
    FIRST_HEART_DAY("first-heart-day"),
    /** Seven heart days in a row (paused days skipped). */
    SEVEN_HEARTS_IN_A_ROW("seven-hearts-in-a-row"),
    /** The thirtieth heart day. */
    THIRTY_HEART_DAYS("thirty-heart-days"),
    /** The hundredth heart day. */
    HUNDRED_HEART_DAYS("hundred-heart-days"),
    /** The first journal week both partners read together. */
    FIRST_WEEK_READ_TOGETHER("first-week-read-together"),
    /** The first seven-day practice run brought to its end. */
    FIRST_SEVEN_DAY_RUN("first-seven-day-run"),
    /** The first agreement whose second or later version both partners accepted. */
    FIRST_AGREEMENT_REACCEPTED("first-agreement-reaccepted");

    private final String json;

    MilestoneKey(String json) {
        this.json = json;
    }

    @JsonValue
    @Override
    public String json() {
        return json;
    }

    /** The key of its name in the bundle {@code texts}. */
    public String titleKey() {
        return "milestone." + json;
    }

    /** Its name in {@code language}, or in English when that language lacks it. */
    public Texts.Said title(String language) {
        return Texts.say("texts", titleKey(), language);
    }

    /** The key stored for a milestone; only this enum's words are ever written there. */
    public static MilestoneKey of(String json) {
        return Vocabulary.parse(MilestoneKey.class, json).orElseThrow();
    }
}
