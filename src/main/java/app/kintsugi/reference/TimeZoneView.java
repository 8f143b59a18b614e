package app.kintsugi.reference;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One supported time zone. */
@Schema(name = "TimeZone")
public record TimeZoneView(
        @Schema(description = "IANA time zone id, as profiles and couples take it.", examples = "Pacific/Auckland", required = true) String id,
        @Schema(description = "Offset from UTC right now (it changes with daylight saving time).", examples = "+13:00", pattern = "^[+-]\\d{2}:\\d{2}$", required = true) String currentOffset) {
}
