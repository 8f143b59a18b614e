package app.kintsugi.counselor;

import com.fasterxml.jackson.annotation.JsonValue;

import app.kintsugi.platform.Vocabulary;

/**
 * What kind of data a counselor read, as the access log shows it: the couple's overview, or the data of one scope. The
 * log stores the word; each scope reads under its own {@link CounselorScope#json() word}.
 */
public enum DataKind implements Vocabulary {
    /** The couple's overview: names, status, the scopes allowed. */
    COUPLE("couple"),
    PROGRESS(CounselorScope.PROGRESS),
    SHARED_JOURNAL(CounselorScope.SHARED_JOURNAL),
    SESSIONS(
            CounselorScope.SESSIONS),
    COMMITMENTS(CounselorScope.COMMITMENTS),
    AGREEMENTS(
            CounselorScope.AGREEMENTS),
    ASSIGN_EXERCISES(CounselorScope.ASSIGN_EXERCISES);

    private final String json;

    DataKind(String json) {
        this.json = json;
    }

    DataKind(CounselorScope scope) {
        this(scope.json());
    }

    @JsonValue
    @Override
    public String json() {
        return json;
    }

    /** The kind a stored word names; every word the service writes is one. */
    static DataKind of(String json) {
        return Vocabulary.parse(DataKind.class, json)
                .orElseThrow(() -> new IllegalStateException("Unknown data kind in the access log: " + json));
    }
}
