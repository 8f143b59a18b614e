package app.kintsugi.platform.paging;

import java.util.List;
import java.util.Optional;

/**
 * A validated {@code limit} and decoded {@code cursor}: what a keyset query needs to fetch one page.
 *
 * @param limit
 *            how many items the caller wants, 1 to {@link #MAX_LIMIT}
 * @param after
 *            the sort key of the last item of the previous page; empty for the first page
 */
public record PageRequest(int limit, Optional<List<String>> after) {

    public static final int DEFAULT_LIMIT = 20;
    public static final int MAX_LIMIT = 100;

    /** How many rows to fetch: one more than asked, to learn whether another page follows. */
    public int fetchSize() {
        return limit + 1;
    }
}
