package app.kintsugi.couple;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.fasterxml.jackson.annotation.JsonInclude;

@Schema(name = "InvitationPage", description = "One page of invitations, newest first.")
@JsonInclude(JsonInclude.Include.NON_NULL)
public record InvitationPage(@Schema(required = true) List<InvitationView> items,
        @Schema(description = "Cursor of the next page; absent on the last page.") String nextCursor) {
}
