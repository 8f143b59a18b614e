package app.kintsugi.commitment;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.fasterxml.jackson.annotation.JsonInclude;

@Schema(description = "A commitment category and its colour.")
public record CategoryView(@Schema(required = true) CommitmentCategory category,
        @Schema(description = "Stable colour token.", required = true) CategoryColour colour,
        @Schema(description = "A suggested colour for the token, as `#RRGGBB`.", required = true, pattern = "^#[0-9A-F]{6}$", examples = "#8FB59A") String hex,
        @Schema(required = true) String description) {

    @Schema(name = "CategoryPage", description = "The commitment categories; one page holds them all.")
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Page(@Schema(required = true) List<CategoryView> items,
            @Schema(description = "Always absent: the list is short.") String nextCursor) {
    }
}
