package app.kintsugi.agreement;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** New terms proposed for an existing agreement. */
@Schema(description = "New terms for an agreement. They take effect once both partners accepted them; proposing counts as the proposer's acceptance. Until then the version in force stays in force.")
public record AgreementRevision(
        @Schema(description = "A new title, 1 to 80 characters; the newest version's title when absent.", maxLength = 80) String title,
        @Schema(description = "The terms as they would read, 1 to 2000 characters.", required = true, maxLength = 2000) String terms,
        @Schema(description = "Months between reviews once it takes effect, 1 to 12; the newest version's choice when absent.", minimum = "1", maximum = "12") Integer reviewEveryMonths) {
}
