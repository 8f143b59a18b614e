package app.kintsugi.platform.paging;

import java.util.List;
import java.util.function.Function;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * One page of a list: its items and, unless this is the last page, the opaque cursor of the next one.
 *
 * <p>
 * Resources answer a concrete subclass-free record per item type in the spec (see the feature's {@code ...Page}
 * schema); this generic record is the shape they all share.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Page<T>(List<T> items, String nextCursor) {

    public <R> Page<R> map(Function<T, R> mapper) {
        return new Page<>(items.stream().map(mapper).toList(), nextCursor);
    }
}
