package app.kintsugi.platform.i18n;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The phase an admin moves a translation to. */
@Schema(description = "`published` to serve the translation (refused while it is stale), `draft` to withdraw it.")
public record TranslationPhaseChange(@Schema(required = true) TranslationPhase status) {
}
