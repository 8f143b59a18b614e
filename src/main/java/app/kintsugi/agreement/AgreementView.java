package app.kintsugi.agreement;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.fasterxml.jackson.annotation.JsonInclude;

/** An agreement as one reader may see it: what is in force, what is on the table, when it is reviewed. */
@Schema(description = "A boundary agreement: the version in force, the version waiting for acceptance, and the review date. `openConcerns` is shown to partners only.")
@JsonInclude(JsonInclude.Include.NON_NULL)
public record AgreementView(
        @Schema(required = true) UUID id,
        @Schema(required = true) AgreementTopic topic,
        @Schema(description = "`proposed` until both partners accepted a version; `inForce`; `underReview` while a newer version waits for both acceptances and the one in force still counts.", required = true) AgreementStatus status,
        @Schema(description = "The title of the version in force, or else of the pending one.", required = true) String title,
        @Schema(description = "The version both partners accepted last; absent while none was.") AgreementVersionView inForce,
        @Schema(description = "The version waiting for both acceptances; absent when nothing waits.") AgreementVersionView pending,
        @Schema(description = "The day of the next review in the couple's time zone: set when a version takes effect, absent before any did.") LocalDate reviewOn,
        @Schema(description = "Whether the review day has come (today in the couple's time zone or earlier). Stays true until a version takes effect again, by a revision or by both accepting the reopened terms.", required = true) boolean reviewDue,
        @Schema(description = "Concerns about it not yet talked through; shown to partners, absent for a counselor.") Integer openConcerns,
        @Schema(required = true) UUID createdById,
        @Schema(required = true) Instant createdAt,
        @Schema(required = true) Instant updatedAt) {
}
