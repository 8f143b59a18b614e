package app.kintsugi.journal;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The author's choice of who may read an entry. */
@Schema(description = "Who besides the author may read the entry. Only the author chooses.")
public record VisibilityChoice(
        @Schema(required = true) Visibility visibility,
        @Schema(description = "Also let a counselor with the `sharedJournal` scope read it. Never for a private entry. Default false.") Boolean shareWithCounselor) {
}
