package app.kintsugi.journal;

import java.time.Instant;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The partner's acknowledgement of an entry. */
@Schema(description = "The partner's acknowledgement of an entry, shown to its author and to the partner who gave it.")
public record Acknowledgement(@Schema(required = true) UUID byId,
        @Schema(required = true) String byName,
        @Schema(required = true) Reaction reaction,
        @Schema(required = true) Instant at) {
}
