package app.kintsugi.counselor;

import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Counselor", description = "A counselor, as partners see them.")
public record PersonView(UUID id, @Schema(examples = "Dr. Rivera") String displayName) {
}
