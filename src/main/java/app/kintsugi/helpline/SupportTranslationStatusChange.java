package app.kintsugi.helpline;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The status an admin moves a translation to. */
@Schema(description = "The new status of the translation: `published` (readers of the language get it) or `draft` (taken back).")
public record SupportTranslationStatusChange(@Schema(required = true) SupportTranslationStatus status) {
}
