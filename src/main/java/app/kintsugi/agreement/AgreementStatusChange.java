package app.kintsugi.agreement;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A partner's request to reopen an agreement. */
@Schema(description = "`underReview` reopens the agreement: the terms in force go back on the table, unchanged, for both partners to accept again or to revise. An agreement comes into force only through both partners' acceptances, so no other status can be set.")
public record AgreementStatusChange(@Schema(required = true) AgreementStatus status) {
}
