package app.kintsugi.platform.paging;

import java.util.List;
import java.util.function.Function;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * One page of a list: its items and, unless this is the last page, the opaque cursor of the next one.
 *
 * <p>
 * Resources answer a concrete {@code ...Page} record per item type, so that the spec and generated clients get a typed
 * list; this generic record is what {@link Paging} builds them from.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Page<T>(List<T> items, String nextCursor) {

    public <R> Page<R> map(Function<T, R> mapper) {
        return new Page<>(items.stream().map(mapper).toList(), nextCursor);
    }
}
