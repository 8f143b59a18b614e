package app.kintsugi.practice;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The caller's settings, and whether touch exercises are open to the couple. */
@Schema(description = "Your practice settings.")
public record PreferencesView(@Schema(description = "Your own choice.", required = true) boolean touchExercises,
        @Schema(description = "True only while both partners chose touch exercises.", required = true) boolean touchExercisesOpen) {
}
