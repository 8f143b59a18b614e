package app.kintsugi.couple;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Acceptance", description = "Accepting an invitation: the code, and the invitee's explicit consent.")
public record Acceptance(
        @Schema(description = "The invitation code as received.", required = true, examples = "7KQ2M-XD9PA-3RT8W-HN4CF") String code,
        @Schema(description = "Must be `true`: the invitee agrees to share a couple space with the partner who invited them.", required = true, examples = "true") Boolean consent) {
}
