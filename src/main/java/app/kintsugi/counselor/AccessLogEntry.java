package app.kintsugi.counselor;

import java.time.Instant;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "AccessLogEntry", description = "One read of the couple's data by a counselor: who, what kind, when. Never the content.")
public record AccessLogEntry(
        UUID id,
        PersonView counselor,
        UUID grantId,
        @Schema(description = "`couple` for the couple's overview, otherwise the scope read, such as `progress`.", examples = "progress") String dataKind,
        Instant accessedAt) {
}
