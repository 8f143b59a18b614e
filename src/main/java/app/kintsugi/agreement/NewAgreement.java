package app.kintsugi.agreement;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A new agreement with the terms its first version proposes. */
@Schema(description = "A new agreement: its topic and the terms of its first version, which the proposer accepts by proposing them.")
public record NewAgreement(
        @Schema(required = true) AgreementTopic topic,
        @Schema(description = "A short name for it, on one line: 1 to 80 characters.", required = true, maxLength = 80, examples = "Phones at the table") String title,
        @Schema(description = "What the two agree: what is shared, how often, through which channel, or at what pace. 1 to 2000 characters (Unicode code points after NFC normalization); line breaks allowed.", required = true, maxLength = 2000) String terms,
        @Schema(description = "How many months after it takes effect the two review it, 1 to 12. Default 1: monthly.", minimum = "1", maximum = "12", defaultValue = "1") Integer reviewEveryMonths) {
}
