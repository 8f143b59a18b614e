package app.kintsugi.journal;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** How the partner acknowledges an entry. */
@Schema(description = "How the partner acknowledges the entry; `seen` when absent.")
public record Acknowledging(Reaction reaction) {
}
