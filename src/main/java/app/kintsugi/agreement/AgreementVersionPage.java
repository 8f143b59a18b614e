package app.kintsugi.agreement;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.fasterxml.jackson.annotation.JsonInclude;

@Schema(description = "A page of an agreement's versions, newest first.")
@JsonInclude(JsonInclude.Include.NON_NULL)
public record AgreementVersionPage(@Schema(required = true) List<AgreementVersionView> items,
        @Schema(description = "Pass as `cursor` for the next page; absent on the last page.") String nextCursor) {
}
