package app.kintsugi.platform.http;

import jakarta.ws.rs.core.EntityTag;

import app.kintsugi.platform.problem.Problems;

/**
 * Optimistic concurrency on versioned resources: the ETag is the row's version column, and every update must send it
 * back in {@code If-Match}.
 */
public final class ETags {

    private ETags() {
    }

    /** The strong entity tag of a resource at a version. */
    public static EntityTag of(long version) {
        return new EntityTag(Long.toString(version));
    }

    /**
     * Checks an {@code If-Match} header against the current version: absent is 428, no match is 412. A weak tag never
     * matches (RFC 9110 compares If-Match strongly); {@code *} matches any existing resource.
     */
    public static void requireMatch(String ifMatch, long currentVersion) {
        if (ifMatch == null || ifMatch.isBlank()) {
            throw Problems.preconditionRequired();
        }
        String current = '"' + Long.toString(currentVersion) + '"';
        for (String candidate : ifMatch.split(",")) {
            String tag = candidate.trim();
            if (tag.equals("*") || tag.equals(current)) {
                return;
            }
        }
        throw Problems.preconditionFailed();
    }
}
