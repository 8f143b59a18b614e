package app.kintsugi.agreement;

import com.fasterxml.jackson.annotation.JsonValue;

import app.kintsugi.platform.Vocabulary;

/** Where an agreement stands; derived from its versions, never stored. */
public enum AgreementStatus implements Vocabulary {
    /** No version has been accepted by both partners yet. */
    PROPOSED("proposed"),
    /** A version both accepted is in force and nothing else is on the table. */
    IN_FORCE("inForce"),
    /** A version is in force while a newer one (a revision, or the same terms reopened) waits for both partners. */
    UNDER_REVIEW("underReview");

    private final String json;

    AgreementStatus(String json) {
        this.json = json;
    }

    @JsonValue
    @Override
    public String json() {
        return json;
    }
}
