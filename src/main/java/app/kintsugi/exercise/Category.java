package app.kintsugi.exercise;

import com.fasterxml.jackson.annotation.JsonValue;

import app.kintsugi.platform.Vocabulary;

/** What kind of practice an exercise is. */
public enum Category implements Vocabulary {
    /** Talking and listening in turns. */
    COMMUNICATION("communication"),
    /** Looking inward, often in writing. */
    REFLECTION("reflection"),
    /** Non-sexual physical closeness, only while both partners opted in. */
    TOUCH("touch"),
    /** A small shared routine that repeats. */
    RITUAL("ritual"),
    /** Acknowledging a hurt and what will change. */
    REPAIR("repair"),
    /** Reviewing agreements and promises. */
    ACCOUNTABILITY("accountability"),
    /** Calming the body when distress rises. */
    GROUNDING("grounding"),
    /** Being together without an agenda. */
    CONNECTION("connection");

    private final String json;

    Category(String json) {
        this.json = json;
    }

    @JsonValue
    @Override
    public String json() {
        return json;
    }

    public static Category of(String json) {
        return Vocabulary.parse(Category.class, json).orElseThrow();
    }
}
