package app.kintsugi.counselor;

import java.util.Set;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "ConsentRequest", description = "The second partner's consent: the offered scopes they agree to.")
public record ConsentRequest(
        @Schema(description = "Some or all of the offered scopes.", required = true) Set<CounselorScope> scopes) {
}
