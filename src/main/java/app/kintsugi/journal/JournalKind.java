package app.kintsugi.journal;

import com.fasterxml.jackson.annotation.JsonValue;

import app.kintsugi.platform.Vocabulary;

/** What an entry is about. */
public enum JournalKind implements Vocabulary {
    /** Something the writer appreciated in the other or in the day. */
    APPRECIATION("appreciation"),
    /** Something that was hard, said without blame. */
    SOMETHING_HARD("somethingHard"),
    /** A moment when the two felt close. */
    CONNECTION("connection"),
    /** A small step of repair worth noticing. */
    TINY_WIN("tinyWin"),
    /** A step back, named so it can be talked about. */
    SETBACK("setback"),
    /** A thought about the way back, often an answer to a progress question. */
    REFLECTION("reflection");

    private final String json;

    JournalKind(String json) {
        this.json = json;
    }

    @JsonValue
    @Override
    public String json() {
        return json;
    }

    public static JournalKind of(String json) {
        return Vocabulary.parse(JournalKind.class, json).orElseThrow();
    }
}
