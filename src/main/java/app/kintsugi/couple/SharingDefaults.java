package app.kintsugi.couple;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "SharingDefaults", description = "How the caller's new items start out; the other partner never sees this setting.")
public record SharingDefaults(
        @Schema(description = "True: items the caller creates start private, until they choose to share each one.", required = true, examples = "false") Boolean newItemsPrivateByDefault) {
}
