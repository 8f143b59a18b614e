package app.kintsugi.commitment;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "How an occurrence went.")
public record CheckInput(@Schema(required = true) CheckState state,
        @Schema(description = "Optional: what you will adjust, up to 280 characters. Both partners read it; counselors do not.", maxLength = 280) String adjustment) {
}
