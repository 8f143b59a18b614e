package app.kintsugi.rights;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Tuple;

/** Pulse check-ins: the person's own, and the other partner's that were shared with them and reached them. */
@ApplicationScoped
class PulseData implements PersonalData {

    private static final String COLUMNS = """
            select id, couple_id, day, safe, trusting, close, note, partner_since, counselor_since, created_at,
                   updated_at
            from pulse_check""";

    private final EntityManager em;
    private final Texts texts;

    PulseData(EntityManager em, Texts texts) {
        this.em = em;
        this.texts = texts;
    }

    @Override
    public Map<String, List<Map<String, Object>>> export(UUID me, List<Stay> stays) {
        List<Map<String, Object>> pulses = new ArrayList<>();
        for (Tuple row : Sql.rows(em, COLUMNS + " where profile_id = :me order by day", Map.of("me", me))) {
            Map<String, Object> item = item(row, true);
            item.put("sharedWithPartner", row.get("partner_since") != null);
            item.put("sharedWithCounselor", row.get("counselor_since") != null);
            pulses.add(item);
        }
        Stay.lasting(stays).ifPresent(stay -> {
            for (Tuple row : Sql.rows(em, COLUMNS + "\n" + """
                    where couple_id = :couple and profile_id <> :me and partner_since is not null order by day""",
                    Map.of("couple", stay.coupleId(), "me", me))) {
                if (stay.reached(Sql.instant(row.get("partner_since")))) {
                    pulses.add(item(row, false));
                }
            }
        });
        return Items.sections("pulseCheckIns", pulses);
    }

    private Map<String, Object> item(Tuple row, boolean yours) {
        Object coupleId = row.get("couple_id");
        return Items.of("id", row.get("id"), "coupleId", coupleId, "yours", yours, "day",
                String.valueOf(row.get("day")),
                "safe", Sql.number(row.get("safe")), "trusting", Sql.number(row.get("trusting")), "close",
                Sql.number(row.get("close")), "note", texts.open(coupleId, Texts.PULSE_NOTE, row.get("note")),
                "updatedAt", Sql.at(row.get("updated_at")));
    }

    @Override
    public Map<String, Integer> erase(UUID me, List<Stay> stays, Instant now) {
        return Items.counts("pulseCheckIns",
                Sql.update(em, "delete from pulse_check where profile_id = :me", Map.of("me", me)));
    }
}
