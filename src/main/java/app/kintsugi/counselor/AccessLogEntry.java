package app.kintsugi.counselor;

import java.time.Instant;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "AccessLogEntry", description = "One read of the couple's data by a counselor: who, what kind, when. Never the content.")
public record AccessLogEntry(
        @Schema(required = true) UUID id,
        @Schema(required = true) PersonView counselor,
        @Schema(description = "The grant the read was made under.", required = true) UUID grantId,
        @Schema(description = "`couple` for the couple's overview, otherwise the scope read, such as `progress`.", required = true) DataKind dataKind,
        @Schema(required = true) Instant accessedAt) {
}
