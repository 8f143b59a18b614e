package app.kintsugi.jar;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.fasterxml.jackson.annotation.JsonInclude;

@Schema(description = "A page of the jar's slips, newest first.")
@JsonInclude(JsonInclude.Include.NON_NULL)
public record JarSlipPage(@Schema(required = true) List<JarSlipView> items,
        @Schema(description = "Pass as `cursor` for the next page; absent on the last page.") String nextCursor) {
}
