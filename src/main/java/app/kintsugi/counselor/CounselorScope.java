package app.kintsugi.counselor;

import java.util.Arrays;
import java.util.Optional;

import com.fasterxml.jackson.annotation.JsonValue;

/**
 * What a counselor may read or do in a couple, as both partners agreed. A scope never opens a partner's private items:
 * those stay private whoever asks.
 */
public enum CounselorScope {
    /** Trust tracker, streaks, trends and milestones. */
    PROGRESS("progress"),
    /** Journal entries a partner shared with the couple. */
    SHARED_JOURNAL("sharedJournal"),
    /** Practice runs and timed sessions. */
    SESSIONS("sessions"),
    /** Commitments, their calendar and the jar. */
    COMMITMENTS("commitments"),
    /** Boundary agreements. */
    AGREEMENTS("agreements"),
    /** Suggest exercises to the couple. */
    ASSIGN_EXERCISES("assignExercises");

    private final String json;

    CounselorScope(String json) {
        this.json = json;
    }

    @JsonValue
    public String json() {
        return json;
    }

    public static Optional<CounselorScope> of(String json) {
        return Arrays.stream(values()).filter(scope -> scope.json.equals(json)).findFirst();
    }
}
