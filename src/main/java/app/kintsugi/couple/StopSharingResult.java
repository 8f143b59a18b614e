package app.kintsugi.couple;

import java.util.List;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "StopSharingResult", description = """
        What one stop-sharing call changed. A repeated call changes nothing and says so: empty lists and `false`.""")
public record StopSharingResult(
        @Schema(description = "Counselor grants revoked by withdrawing the caller's consent.", required = true) List<UUID> revokedCounselorGrants,
        @Schema(description = "Open invitations revoked.", required = true) List<UUID> revokedInvitations,
        @Schema(description = "True when this call paused the couple for the caller.", required = true) boolean paused,
        @Schema(description = "True when this call made the caller's new items private by default.", required = true) boolean madeNewItemsPrivate,
        @Schema(description = "The couple as it now is.", required = true) CoupleView couple) {
}
