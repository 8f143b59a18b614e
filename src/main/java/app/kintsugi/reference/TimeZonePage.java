package app.kintsugi.reference;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.fasterxml.jackson.annotation.JsonInclude;

/** A page of time zones (a concrete type, so that generated clients get a typed list). */
@Schema(name = "TimeZonePage")
@JsonInclude(JsonInclude.Include.NON_NULL)
public record TimeZonePage(
        @Schema(required = true) List<TimeZoneView> items,
        @Schema(description = "Pass as `cursor` to get the next page; absent on the last page.") String nextCursor) {
}
