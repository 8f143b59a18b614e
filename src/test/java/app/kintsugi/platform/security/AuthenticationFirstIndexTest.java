package app.kintsugi.platform.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/**
 * The index that spares each request a scan of every operation: a path is filed where the templates it can match are,
 * whatever its ids hold.
 */
class AuthenticationFirstIndexTest {

    @Test
    void aPathAndTheTemplatesItMatchesShareAKey() {
        assertEquals(AuthenticationFirst.key("/v1/couples/{coupleId}"), AuthenticationFirst.key("/v1/couples/42"));
        assertEquals(AuthenticationFirst.key("/v1/couples/{coupleId}/journal-entries/{entryId}"),
                AuthenticationFirst.key("/v1/couples/a/journal-entries/b"));
        assertEquals(AuthenticationFirst.key("/v1/couples"), AuthenticationFirst.key("/v1/couples"));
        assertEquals("2:/v1/couples", AuthenticationFirst.key("/v1/couples"));
        assertEquals("3:/v1/couples", AuthenticationFirst.key("/v1/couples/x"));
        assertEquals("1:/v1", AuthenticationFirst.key("/v1"));
    }

    @Test
    void otherSegmentCountsOrPrefixesAreFiledElsewhere() {
        assertTrue(!AuthenticationFirst.key("/v1/couples/x/y").equals(AuthenticationFirst.key("/v1/couples/{id}")));
        assertTrue(!AuthenticationFirst.key("/v1/me").equals(AuthenticationFirst.key("/v1/couples")));
        assertTrue(AuthenticationFirst.pattern("/v1/couples/{coupleId}").matcher("/v1/couples/abc").matches());
        assertTrue(!AuthenticationFirst.pattern("/v1/couples/{coupleId}").matcher("/v1/couples/a/b").matches());
    }
}
