package app.kintsugi.commitment;

import com.fasterxml.jackson.annotation.JsonValue;

import app.kintsugi.platform.Vocabulary;

/** A day of the week as recurrences name it, in lower case. */
public enum Weekday implements Vocabulary {
    MONDAY("monday"),
    TUESDAY("tuesday"),
    WEDNESDAY("wednesday"),
    THURSDAY("thursday"),
    FRIDAY("friday"),
    SATURDAY(
            "saturday"),
    SUNDAY("sunday");

    private final String json;

    Weekday(String json) {
        this.json = json;
    }

    @JsonValue
    @Override
    public String json() {
        return json;
    }

    /** The weekday of an ISO day number, 1 for Monday to 7 for Sunday. */
    static Weekday ofIso(int day) {
        return values()[day - 1];
    }
}
