package app.kintsugi.rights;

import java.time.Instant;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.fasterxml.jackson.annotation.JsonInclude;

/** An export as its requester sees it. */
@Schema(description = "An export of the caller's data: its status, and when it can be downloaded.")
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ExportView(@Schema(required = true) UUID id, @Schema(required = true) ExportStatus status,
        @Schema(required = true) Instant requestedAt,
        @Schema(description = "When the file was ready; absent until then.") Instant readyAt,
        @Schema(description = "When the download ends and the file is deleted; absent until ready.") Instant expiresAt,
        @Schema(description = "Where to download the file while it is ready; absent otherwise.") String download) {
}
