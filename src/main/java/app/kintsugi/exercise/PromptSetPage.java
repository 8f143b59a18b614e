package app.kintsugi.exercise;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.fasterxml.jackson.annotation.JsonInclude;

import app.kintsugi.platform.paging.Page;

/** A page of prompt sets, in their curated order. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record PromptSetPage(@Schema(required = true) List<PromptSetView> items,
        @Schema(description = "Absent on the last page.") String nextCursor) {

    static PromptSetPage of(Page<PromptSetView> page) {
        return new PromptSetPage(page.items(), page.nextCursor());
    }
}
