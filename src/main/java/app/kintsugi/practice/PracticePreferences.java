package app.kintsugi.practice;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A partner's own practice settings. */
@Schema(description = "Your own practice settings.")
public record PracticePreferences(
        @Schema(description = "Whether you choose to take part in touch exercises. Yours alone; change it any time.", required = true) Boolean touchExercises) {
}
