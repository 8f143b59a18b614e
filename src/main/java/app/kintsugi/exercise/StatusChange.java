package app.kintsugi.exercise;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The status an admin moves an exercise to. */
@Schema(description = "The new status: `published` (from draft or retired) or `retired` (from published).")
public record StatusChange(@Schema(required = true) ExerciseStatus status) {
}
