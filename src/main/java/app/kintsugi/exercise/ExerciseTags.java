package app.kintsugi.exercise;

import jakarta.ws.rs.core.EntityTag;

import app.kintsugi.platform.http.ConditionalGet;
import app.kintsugi.platform.problem.Problems;

/**
 * Entity tags of one exercise: {@code "<revision>.<language>"}. The revision changes with every admin edit, so it
 * serves both {@code If-None-Match} (apps revalidating) and {@code If-Match} (admins editing); the language part keeps
 * the variants of one revision apart, and any of them matches for an edit.
 */
final class ExerciseTags {

    private ExerciseTags() {
    }

    static EntityTag of(long revision, String language) {
        return new EntityTag(revision + "." + language);
    }

    /** 428 without {@code If-Match}, 412 when it names another revision. */
    static void requireMatch(String ifMatch, long revision) {
        if (ifMatch == null || ifMatch.isBlank()) {
            throw Problems.preconditionRequired();
        }
        if (!names(ifMatch, revision)) {
            throw Problems.preconditionFailed();
        }
    }

    /** Whether {@code If-None-Match} names this revision in this language, compared weakly. */
    static boolean notModified(String ifNoneMatch, long revision, String language) {
        return ConditionalGet.matches(ifNoneMatch, of(revision, language));
    }

    /** If-Match compares strongly; any language of the revision matches, as an edit changes them all. */
    private static boolean names(String header, long revision) {
        for (String candidate : header.split(",")) {
            String tag = candidate.trim();
            if (tag.equals("*") || tag.startsWith("\"" + revision + ".") && tag.endsWith("\"")) {
                return true;
            }
        }
        return false;
    }
}
