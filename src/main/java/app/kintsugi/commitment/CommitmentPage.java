package app.kintsugi.commitment;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.fasterxml.jackson.annotation.JsonInclude;

@Schema(description = "A page of commitments, newest first.")
@JsonInclude(JsonInclude.Include.NON_NULL)
public record CommitmentPage(@Schema(required = true) List<CommitmentView> items,
        @Schema(description = "Pass as `cursor` for the next page; absent on the last page.") String nextCursor) {
}
