package app.kintsugi.reference;

import java.time.Instant;
import java.time.ZoneId;
import java.util.List;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import io.quarkus.security.Authenticated;

import app.kintsugi.platform.openapi.ProblemCatalog;
import app.kintsugi.platform.paging.PageRequest;
import app.kintsugi.platform.paging.Paging;

@Path("/v1/time-zones")
@Tag(name = "Reference data")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
class TimeZoneResource {

    private static final String LIST = "time-zones";

    private final Paging paging;

    TimeZoneResource(Paging paging) {
        this.paging = paging;
    }

    @GET
    @Operation(operationId = "listTimeZones", summary = "List the supported time zones", description = """
            The IANA time zones accepted by every field that names one (a profile's `timeZone`, later a couple's),
            sorted by id, in cursor pages. Offer these in a picker rather than the device's own list: device lists
            and ours can differ by a release of the time zone database.""")
    @APIResponse(responseCode = "200", description = "A page of time zones.", content = @Content(schema = @Schema(implementation = TimeZonePage.class), examples = @ExampleObject(name = "firstPage", value = ReferenceContract.TIME_ZONE_PAGE)))
    @APIResponse(responseCode = "400", ref = ProblemCatalog.BAD_LIST_REQUEST)
    public TimeZonePage list(
            @Parameter(description = "Page size, 1 to 100.", schema = @Schema(type = org.eclipse.microprofile.openapi.annotations.enums.SchemaType.INTEGER, minimum = "1", maximum = "100", defaultValue = "20")) @QueryParam("limit") String limit,
            @Parameter(description = "The `nextCursor` of the previous page, unchanged.") @QueryParam("cursor") String cursor) {
        PageRequest request = paging.request(LIST, limit, cursor);
        String after = request.after().map(key -> key.get(0)).orElse("");
        List<String> fetched = TimeZones.SUPPORTED.stream()
                .filter(id -> id.compareTo(after) > 0)
                .limit(request.fetchSize())
                .toList();
        Instant now = Instant.now();
        var page = paging.page(LIST, request, fetched, id -> List.of(id))
                .map(id -> new TimeZoneView(id,
                        ZoneId.of(id).getRules().getOffset(now).getId().replace("Z", "+00:00")));
        return new TimeZonePage(page.items(), page.nextCursor());
    }
}
