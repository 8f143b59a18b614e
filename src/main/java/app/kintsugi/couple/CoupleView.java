package app.kintsugi.couple;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.fasterxml.jackson.annotation.JsonInclude;

import app.kintsugi.counselor.CounselorScope;

@Schema(name = "Couple", description = """
        A couple's shared space as the caller may see it. After the couple ended, a former partner sees only
        themselves in `partners`: nothing of one reaches the other any more.""")
@JsonInclude(JsonInclude.Include.NON_NULL)
public record CoupleView(
        @Schema(required = true) UUID id,
        @Schema(description = "A name the partners gave their space; absent when they gave none.", examples = "Our fresh start") String name,
        @Schema(description = "IANA time zone in which the couple's days (`...On` dates) begin and end.", examples = "Europe/Lisbon", required = true) String timeZone,
        @Schema(description = "The day the program started, in the couple's time zone.", examples = "2026-11-23", required = true) LocalDate programStartsOn,
        @Schema(description = "`forming` (waiting for the second partner), `active`, `paused` (by a partner; nothing new is shared and progress stands still) or `ended` (final).", required = true) CoupleStatus status,
        @Schema(description = "`partner`, or `counselor` for a counselor under a grant in force.", required = true) CoupleRole yourRole,
        @Schema(description = "The partners in the order they joined; after the end, only the caller.", required = true) List<PartnerView> partners,
        @Schema(description = "Partners only (absent for a counselor): true while the caller holds a pause, which only they can lift. Nobody is ever told who paused.") Boolean pausedByYou,
        @Schema(description = "Partners only (absent for a counselor): whether items the caller creates start private. Turned on by stop-sharing.") Boolean newItemsPrivateByDefault,
        @Schema(description = "Counselors only (absent for a partner): what both partners allowed.") Set<CounselorScope> counselorScopes,
        @Schema(required = true) Instant createdAt,
        @Schema(description = "When a partner left, ending the couple; absent until then.") Instant endedAt) {
}
