package app.kintsugi.agreement;

import com.fasterxml.jackson.annotation.JsonValue;

import app.kintsugi.platform.Vocabulary;

/** What an agreement is about. */
public enum AgreementTopic implements Vocabulary {
    /** Phones, computers and the messages on them: what is open to the other, and when. */
    DEVICES_AND_MESSAGES("devicesAndMessages"),
    /** Accounts, follows, posts and direct messages. */
    SOCIAL_MEDIA("socialMedia"),
    /** Whether, how and how often either partner is in touch with a third person. */
    THIRD_PERSON_CONTACT("thirdPersonContact"),
    /** What each tells the other, how soon and through which channel. */
    DISCLOSURE("disclosure"),
    /** The pace at which physical closeness returns. */
    PHYSICAL_PACE("physicalPace"),
    /** Anything else the two want to agree on. */
    OTHER("other");

    private final String json;

    AgreementTopic(String json) {
        this.json = json;
    }

    @JsonValue
    @Override
    public String json() {
        return json;
    }

    public static AgreementTopic of(String json) {
        return Vocabulary.parse(AgreementTopic.class, json).orElseThrow();
    }
}
