package app.kintsugi.platform.paging;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.ObjectMapper;

import app.kintsugi.platform.problem.ProblemException;

/**
 * Rotating the cursor secret: a replica with the new secret, and the old one listed as previous, still follows the
 * cursors handed out before; a cursor signed with a secret it does not know is refused as before.
 */
class CursorRotationTest {

    private static final String OLD = "the-cursor-secret-of-last-month-xxxxxxxx";
    private static final String NEW = "the-cursor-secret-of-this-month-yyyyyyyy";
    private static final String OTHER = "someone-elses-cursor-secret-zzzzzzzzzzzz";

    private static Paging paging(String current, List<String> previous) {
        return new Paging(current, previous, new ObjectMapper());
    }

    @Test
    void aCursorFromBeforeTheRotationIsStillFollowedAndNewOnesUseTheNewSecret() {
        String before = paging(OLD, List.of()).encode("journal", List.of("2026-12-01", "42"));
        Paging rotated = paging(NEW, List.of(OLD));
        assertEquals(List.of("2026-12-01", "42"), rotated.decode("journal", before));
        String after = rotated.encode("journal", List.of("2026-12-02", "43"));
        assertEquals(List.of("2026-12-02", "43"), paging(NEW, List.of()).decode("journal", after),
                "new cursors are signed with the current secret only");
        assertThrows(ProblemException.class, () -> paging(OLD, List.of()).decode("journal", after));
    }

    @Test
    void aCursorSignedWithAnUnknownSecretOrForAnotherListIsRefused() {
        String foreign = paging(OTHER, List.of()).encode("journal", List.of("x"));
        Paging rotated = paging(NEW, List.of(OLD));
        ProblemException refused = assertThrows(ProblemException.class, () -> rotated.decode("journal", foreign));
        assertEquals("invalid-parameter", refused.code());
        String before = paging(OLD, List.of()).encode("journal", List.of("x"));
        assertThrows(ProblemException.class, () -> rotated.decode("commitments", before));
    }
}
