package app.kintsugi.exercise;

import java.time.Instant;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One entry of an exercise's version history. */
@Schema(description = "A version of an exercise.")
public record VersionSummary(@Schema(required = true) int version,
        @Schema(description = "The title this version had.", required = true) String title,
        @Schema(required = true) Instant createdAt,
        @Schema(description = "Whether this is the exercise's current version.", required = true) boolean current) {
}
