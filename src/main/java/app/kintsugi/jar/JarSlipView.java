package app.kintsugi.jar;

import java.time.Instant;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.fasterxml.jackson.annotation.JsonInclude;

/** A slip in the jar, as either partner sees it. */
@Schema(description = "A slip in the couple's jar. Both partners see every slip: the jar is shared.")
@JsonInclude(JsonInclude.Include.NON_NULL)
public record JarSlipView(@Schema(required = true) UUID id,
        @Schema(required = true) UUID authorId,
        @Schema(required = true) String authorName,
        @Schema(description = "Whether the reader wrote it.", required = true) boolean yours,
        @Schema(required = true) String text,
        @Schema(required = true) Instant createdAt) {
}
