package app.kintsugi.rights;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Tuple;

/**
 * The "trust me" jar: slips the person put in (and the other's still in the jar while the couple lasts), their own
 * draws.
 */
@ApplicationScoped
class JarData implements PersonalData {

    private final EntityManager em;
    private final Texts texts;

    JarData(EntityManager em, Texts texts) {
        this.em = em;
        this.texts = texts;
    }

    private static final String COLUMNS = "select id, couple_id, author_id, text, created_at, retired_at from jar_slip";

    @Override
    public Map<String, List<Map<String, Object>>> export(UUID me, List<Stay> stays) {
        List<Map<String, Object>> slips = new ArrayList<>();
        Sql.rows(em, COLUMNS + " where author_id = :me order by created_at", Map.of("me", me))
                .forEach(row -> slips.add(slip(row, true)));
        Optional<Stay> lasting = Stay.lasting(stays);
        lasting.ifPresent(stay -> Sql.rows(em, COLUMNS
                + " where couple_id = :couple and author_id <> :me and retired_at is null order by created_at",
                Map.of("couple", stay.coupleId(), "me", me)).forEach(row -> slips.add(slip(row, false))));
        List<Map<String, Object>> draws = new ArrayList<>();
        for (Tuple row : Sql.rows(em, """
                select d.id, d.couple_id, d.slip_id, d.drawn_on, d.cycle_number, d.drawn_at, d.done_at, s.author_id,
                       s.text
                from jar_draw d join jar_slip s on s.id = d.slip_id
                where d.profile_id = :me order by d.drawn_on""", Map.of("me", me))) {
            UUID coupleId = Sql.uuid(row.get("couple_id"));
            // The act's words, as the jar shows them: gone with a removed slip, and the other's after the end.
            boolean readable = me.equals(row.get("author_id"))
                    || lasting.map(stay -> stay.coupleId().equals(coupleId)).orElse(false);
            draws.add(Items.of("id", row.get("id"), "coupleId", coupleId, "slipId", row.get("slip_id"),
                    "drawnOn", Sql.on(row.get("drawn_on")), "cycle", Sql.number(row.get("cycle_number")),
                    "text", readable ? texts.open(coupleId, Texts.JAR_TEXT, row.get("text")) : null,
                    "drawnAt", Sql.at(row.get("drawn_at")), "doneAt", Sql.at(row.get("done_at"))));
        }
        return Items.sections("jarSlips", slips, "jarDraws", draws);
    }

    private Map<String, Object> slip(Tuple row, boolean yours) {
        Object coupleId = row.get("couple_id");
        return Items.of("id", row.get("id"), "coupleId", coupleId, "yours", yours,
                "text", texts.open(coupleId, Texts.JAR_TEXT, row.get("text")),
                "createdAt", Sql.at(row.get("created_at")), "removedAt", Sql.at(row.get("retired_at")));
    }

    @Override
    public Map<String, Integer> erase(UUID me, List<Stay> stays, Instant now) {
        // A slip's row stays for the other partner's draws that point at it (their day and done mark are theirs); its
        // text goes, exactly as when its author removes it from the jar.
        int slips = Sql.update(em, """
                update jar_slip set text = null, retired_at = coalesce(retired_at, :now), version = version + 1
                where author_id = :me and text is not null""", Map.of("me", me, "now", now));
        int draws = Sql.update(em, "delete from jar_draw where profile_id = :me", Map.of("me", me));
        return Items.counts("jarSlips", slips, "jarDraws", draws);
    }
}
