package app.kintsugi.rights;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The downloaded export's shape. The worker writes the manifest and the profile from these records; the sections after
 * them come from each feature's {@link PersonalData} as they are. This record is the contract's description of the
 * whole document and is never built: a feature that adds a section lists it here too, or the conformance harness
 * refuses the download that carries it. Items are described loosely, as maps, since their fields depend on the section.
 */
@Schema(name = "ExportDocument", description = """
        A person's data as one JSON document: the `manifest`, the `profile`, then one section per kind of data, each a \
        list of items: `couples`, `invitations`, `calendarFeeds`, `counselorConsents`, `counselorReads`, \
        `counselorLinks`, `counselorGrants`, `agreementVersions`, `agreementConcerns`, `commitments`, \
        `commitmentChecks`, `conversationNotes`, `sessionFeedback`, `jarSlips`, `jarDraws`, `journalEntries`, \
        `journalWeekReadMarks`, `letters`, `pulseCheckIns`. Every section is present, empty when there is nothing in \
        it; `manifest.counts` counts each. New sections may appear without a change of `formatVersion`: read those \
        you know and keep the rest. Each item's fields depend on its section and mirror what the API answers for it, with         times in UTC and days in the couple's time zone; most carry `coupleId` and `yours`, whether the person wrote or         made it. Values that are not set are left out, never written as null.""")
public record ExportDocument(@Schema(required = true) Manifest manifest, @Schema(required = true) Profile profile,
        @Schema(required = true) List<Map<String, Object>> couples,
        @Schema(required = true) List<Map<String, Object>> invitations,
        @Schema(required = true) List<Map<String, Object>> calendarFeeds,
        @Schema(required = true) List<Map<String, Object>> counselorConsents,
        @Schema(required = true) List<Map<String, Object>> counselorReads,
        @Schema(required = true) List<Map<String, Object>> counselorLinks,
        @Schema(required = true) List<Map<String, Object>> counselorGrants,
        @Schema(required = true) List<Map<String, Object>> agreementVersions,
        @Schema(required = true) List<Map<String, Object>> agreementConcerns,
        @Schema(required = true) List<Map<String, Object>> commitments,
        @Schema(required = true) List<Map<String, Object>> commitmentChecks,
        @Schema(required = true) List<Map<String, Object>> conversationNotes,
        @Schema(required = true) List<Map<String, Object>> sessionFeedback,
        @Schema(required = true) List<Map<String, Object>> jarSlips,
        @Schema(required = true) List<Map<String, Object>> jarDraws,
        @Schema(required = true) List<Map<String, Object>> journalEntries,
        @Schema(required = true) List<Map<String, Object>> journalWeekReadMarks,
        @Schema(required = true) List<Map<String, Object>> letters,
        @Schema(required = true) List<Map<String, Object>> pulseCheckIns) {

    /** What the document is. */
    @Schema(name = "ExportManifest", description = "What the document is and what it holds.")
    public record Manifest(
            @Schema(description = "Always `kintsugi-personal-data`.", required = true, examples = "kintsugi-personal-data") String format,
            @Schema(description = "The document's format; raised when a section changes shape.", required = true, minimum = "1") int formatVersion,
            @Schema(required = true) UUID exportId,
            @Schema(description = "The person's profile id.", required = true) UUID personId,
            @Schema(required = true) Instant generatedAt,
            @Schema(description = "How many items each section holds, by section name; `profile` is 1.", required = true) Map<String, Integer> counts,
            @Schema(description = "What the document holds, in a few sentences.", required = true) String about) {
    }

    /** The person's own profile. */
    @Schema(name = "ExportProfile", description = "The person's profile as stored.")
    public record Profile(@Schema(required = true) UUID id, @Schema(required = true) String displayName,
            @Schema(description = "An IANA time zone id.", required = true) String timeZone,
            @Schema(required = true) String locale, @Schema(required = true) Instant createdAt,
            @Schema(required = true) Instant updatedAt) {
    }

}
