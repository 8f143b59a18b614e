package app.kintsugi.helpline;

import com.fasterxml.jackson.annotation.JsonValue;

import app.kintsugi.platform.Vocabulary;

/** What kind of help a support resource offers. */
public enum SupportResourceKind implements Vocabulary {
    /** Immediate help in a crisis, such as suicidal thoughts or danger at home. */
    CRISIS_LINE("crisisLine"),
    /** A telephone line to talk things through. */
    HOTLINE("hotline"),
    /** Help by text message or chat, for when a call could be overheard. */
    TEXT_LINE("textLine"),
    /** A directory to find a counselor or therapist. */
    COUNSELING_DIRECTORY("counselingDirectory"),
    /** Groups of people in the same situation. */
    SUPPORT_GROUP("supportGroup"),
    /** Information and self-help on the web. */
    WEBSITE("website");

    private final String json;

    SupportResourceKind(String json) {
        this.json = json;
    }

    @JsonValue
    @Override
    public String json() {
        return json;
    }

    public static SupportResourceKind of(String json) {
        return Vocabulary.parse(SupportResourceKind.class, json).orElseThrow();
    }
}
