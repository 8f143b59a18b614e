package app.kintsugi.commitment;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "A commitment category and its colour.")
public record CategoryView(@Schema(required = true) CommitmentCategory category,
        @Schema(description = "Stable colour token.", required = true) String colour,
        @Schema(description = "A suggested colour for the token.", required = true) String hex,
        @Schema(required = true) String description) {

    @Schema(name = "CategoryPage", description = "The commitment categories; one page holds them all.")
    public record Page(@Schema(required = true) List<CategoryView> items,
            @Schema(description = "Always absent: the list is short.") String nextCursor) {
    }
}
