package app.kintsugi.rights;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The personal data one feature keeps about a person, for the export and the erasure of their account. Each feature's
 * tables have one implementation in this package; the export and the erasure find them all as CDI beans, so a new
 * feature that stores what people write (the pulse checks, say) joins both by adding one class here, touching nothing
 * else.
 */
interface PersonalData {

    /**
     * Sections of the export document, by name: what the person wrote in this feature, and what the other partner made
     * visible to them there, exactly as it was made visible. Every item carries its {@code coupleId} and whether the
     * person wrote it ({@code yours}).
     *
     * @param stays
     *            every couple the person is or was in
     */
    Map<String, List<Map<String, Object>>> export(UUID profileId, List<Stay> stays);

    /**
     * Destroys what the person wrote in this feature and withdraws their marks on the other partner's items, in the
     * caller's transaction; answers counts by kind for the receipt. Runs after the person left their couple and before
     * couples' data keys are shredded.
     */
    Map<String, Integer> erase(UUID profileId, List<Stay> stays, Instant now);
}
