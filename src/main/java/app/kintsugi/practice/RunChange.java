package app.kintsugi.practice;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The status a partner moves a run to. */
@Schema(description = "The new status of the run.")
public record RunChange(@Schema(required = true) RunStatus status) {
}
