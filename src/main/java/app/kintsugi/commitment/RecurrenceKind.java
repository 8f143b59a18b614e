package app.kintsugi.commitment;

import com.fasterxml.jackson.annotation.JsonValue;

import app.kintsugi.platform.Vocabulary;

/** How often a commitment comes round. */
public enum RecurrenceKind implements Vocabulary {
    /** Once, on the start date. */
    ONCE("once"),
    /** Every day. */
    DAILY("daily"),
    /** On the chosen days of the week. */
    WEEKDAYS("weekdays"),
    /** Every week, on the weekday of the start date. */
    WEEKLY("weekly"),
    /** Every month on a day; in shorter months on their last day. */
    MONTHLY("monthly");

    private final String json;

    RecurrenceKind(String json) {
        this.json = json;
    }

    @JsonValue
    @Override
    public String json() {
        return json;
    }

    public static RecurrenceKind of(String json) {
        return Vocabulary.parse(RecurrenceKind.class, json).orElseThrow();
    }
}
