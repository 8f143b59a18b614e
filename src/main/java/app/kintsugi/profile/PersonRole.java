package app.kintsugi.profile;

import java.util.Optional;

import com.fasterxml.jackson.annotation.JsonValue;

import app.kintsugi.platform.Vocabulary;
import app.kintsugi.platform.security.Roles;

/** A role of a person, as their profile shows it: the roles of the token that this API knows for people. */
public enum PersonRole implements Vocabulary {
    /** Takes part in a couple's program. */
    USER(Roles.USER),
    /** Accompanies couples under grants both partners consented to. */
    COUNSELOR(Roles.COUNSELOR),
    /** Curates the exercise catalogue. */
    ADMIN(Roles.ADMIN);

    private final String json;

    PersonRole(String json) {
        this.json = json;
    }

    @JsonValue
    @Override
    public String json() {
        return json;
    }

    /** The person role a token role names, if it is one. */
    static Optional<PersonRole> of(String role) {
        return Vocabulary.parse(PersonRole.class, role);
    }
}
