package app.kintsugi.exercise;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.fasterxml.jackson.annotation.JsonInclude;

import app.kintsugi.platform.paging.Page;

/** A page of an exercise's versions, newest first. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record VersionPage(@Schema(required = true) List<VersionSummary> items,
        @Schema(description = "Absent on the last page.") String nextCursor) {

    static VersionPage of(Page<VersionSummary> page) {
        return new VersionPage(page.items(), page.nextCursor());
    }
}
