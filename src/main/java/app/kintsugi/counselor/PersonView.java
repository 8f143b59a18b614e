package app.kintsugi.counselor;

import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Counselor", description = "A counselor, as partners see them.")
public record PersonView(@Schema(required = true) UUID id,
        @Schema(description = "The name the counselor chose to show.", examples = "Dr. Rivera", required = true) String displayName) {
}
