package app.kintsugi.practice;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** How the session felt to the caller; private unless they share it. */
@Schema(description = "How the session felt to you. Private to you unless you share it.")
public record FeedbackInput(
        @Schema(description = "How safe you felt, 1 (not at all) to 5 (completely).", required = true, minimum = "1", maximum = "5") Integer feltSafe,
        @Schema(description = "How close you felt, 1 to 5.", required = true, minimum = "1", maximum = "5") Integer feltClose,
        @Schema(description = "It was too much. Recommendations then stay gentle for a while, without saying whose feedback it was.", required = true) Boolean tooMuch,
        @Schema(description = "A short note for yourself, at most 1000 characters. Stored encrypted.", maxLength = 1000) String note,
        @Schema(description = "Let your partner read it.", defaultValue = "false") Boolean shareWithPartner,
        @Schema(description = "Let a counselor with the sessions scope read it.", defaultValue = "false") Boolean shareWithCounselor) {
}
