package app.kintsugi.exercise;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.fasterxml.jackson.annotation.JsonInclude;

import app.kintsugi.platform.paging.Page;

/** A page of the catalogue. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ExercisePage(@Schema(required = true) List<ExerciseSummary> items,
        @Schema(description = "Absent on the last page.") String nextCursor) {

    static ExercisePage of(Page<ExerciseSummary> page) {
        return new ExercisePage(page.items(), page.nextCursor());
    }
}
