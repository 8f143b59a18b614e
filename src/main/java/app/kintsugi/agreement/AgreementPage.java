package app.kintsugi.agreement;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.fasterxml.jackson.annotation.JsonInclude;

@Schema(description = "A page of agreements, newest first.")
@JsonInclude(JsonInclude.Include.NON_NULL)
public record AgreementPage(@Schema(required = true) List<AgreementView> items,
        @Schema(description = "Pass as `cursor` for the next page; absent on the last page.") String nextCursor) {
}
