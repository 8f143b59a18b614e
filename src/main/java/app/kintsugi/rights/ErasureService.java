package app.kintsugi.rights;

import java.time.Instant;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Tuple;
import jakarta.transaction.Transactional;

import app.kintsugi.couple.Departures;
import app.kintsugi.platform.Timestamps;
import app.kintsugi.platform.crypto.IntimateText;
import app.kintsugi.platform.problem.Problems;
import app.kintsugi.platform.security.Callers;

/**
 * Erases a person's account in one transaction: they leave their couple as leaving always works, everything they wrote
 * is deleted (or, where the other partner's own data needs the row, emptied of their words), their marks on the other's
 * items are withdrawn, and their profile is anonymised under an identity no token carries, so that the same login later
 * starts a new, empty profile. A couple whose partners are all erased loses its data key.
 */
@ApplicationScoped
@Transactional
class ErasureService {

    static final String PHRASE = "erase my account";
    static final String FORMER = "Former partner";
    static final String ERASED_ISSUER = "urn:kintsugi:erased";

    private final EntityManager em;
    private final Departures departures;
    private final IntimateText intimate;
    private final Instance<PersonalData> features;

    ErasureService(EntityManager em, Departures departures, IntimateText intimate, Instance<PersonalData> features) {
        this.em = em;
        this.departures = departures;
        this.intimate = intimate;
        this.features = features;
    }

    ErasureReceipt erase(Callers caller, ErasureRequest request) {
        if (request == null || request.confirm() == null || !PHRASE.equals(request.confirm().strip())) {
            throw Problems.validation("/confirm", "confirmation-required",
                    "To erase your account, send confirm with exactly the words: " + PHRASE + ".");
        }
        Instant now = Timestamps.now();
        // The row lock makes a second erasure of the same person wait, then find nothing: it answers an empty receipt.
        List<Tuple> found = Sql.rows(em, """
                select id from profile where issuer = :issuer and subject = :subject for update""",
                Map.of("issuer", caller.issuer(), "subject", caller.subject()));
        Map<String, Integer> counts = new LinkedHashMap<>();
        if (found.isEmpty()) {
            // Never had a profile, or erased already: nothing is created just to be erased.
            return new ErasureReceipt(now, 0, 0, counts);
        }
        UUID me = Sql.uuid(found.get(0).get("id"));

        // Every couple the person was in, locked in one order first, so that a partner erasing at the same moment,
        // or the retention purge (which skips locked couples), waits instead of interleaving.
        Sql.rows(em, "select c.id from couple c join partner p on p.couple_id = c.id where p.profile_id = :me"
                + " order by c.id for update of c", Map.of("me", me));
        int left = departures.leaveCurrentCouple(me).isPresent() ? 1 : 0;
        em.flush();
        List<Stay> stays = Stay.of(em, me, now);
        Sql.update(em, "insert into profile_erasure (profile_id, erased_at) values (:me, :now)",
                Map.of("me", me, "now", now));

        features.stream().sorted(Comparator.comparing(feature -> feature.getClass().getName()))
                .forEach(feature -> counts.putAll(feature.erase(me, stays, now)));
        counts.put("exports", Sql.update(em, "delete from data_export where profile_id = :me", Map.of("me", me)));
        // The other partners' exports may hold what the person shared with them: they go, and can be asked for again.
        if (!stays.isEmpty()) {
            Sql.update(em, "delete from data_export where profile_id in (select p.profile_id from partner p"
                    + " where p.couple_id in (:couples) and p.profile_id <> :me)",
                    Map.of("me", me, "couples", Stay.ids(stays)));
        }
        // What only this person chose about their membership goes too (their choice of touch exercises, a pause).
        Sql.update(em, "update partner set touch_opt_in = false, paused_at = null where profile_id = :me",
                Map.of("me", me));
        // Stored answers may hold what the person wrote (a letter, a note); failed code attempts are keyed to them too.
        Map<String, Object> key = Map.of("caller", caller.key());
        counts.put("idempotencyRecords", Sql.update(em, "delete from idempotency_record where caller = :caller", key));
        Sql.update(em, "delete from code_attempt where caller = :caller", key);

        int shredded = 0;
        for (Stay stay : stays) {
            boolean everyoneErased = Sql.rows(em, """
                    select 1 as one from partner p where p.couple_id = :couple
                    and not exists (select 1 from profile_erasure x where x.profile_id = p.profile_id)""",
                    Map.of("couple", stay.coupleId())).isEmpty();
            if (everyoneErased) {
                intimate.shred(stay.coupleId());
                shredded++;
            }
        }

        Sql.update(em, """
                update profile set issuer = :issuer, subject = :subject, display_name = :name, time_zone = 'UTC',
                       locale = 'en', updated_at = :now, version = version + 1
                where id = :me""",
                Map.of("issuer", ERASED_ISSUER, "subject", me.toString(), "name", FORMER, "now", now, "me", me));
        return new ErasureReceipt(now, left, shredded, counts);
    }
}
