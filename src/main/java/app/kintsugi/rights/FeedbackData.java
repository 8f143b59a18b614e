package app.kintsugi.rights;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Tuple;

/** How sessions felt: the person's own feedback, and the other partner's that was shared with them and reached them. */
@ApplicationScoped
class FeedbackData implements PersonalData {

    private final EntityManager em;
    private final Texts texts;

    FeedbackData(EntityManager em, Texts texts) {
        this.em = em;
        this.texts = texts;
    }

    private static final String COLUMNS = """
            select id, session_id, couple_id, felt_safe, felt_close, too_much, note, shared_with_partner,
                   shared_with_counselor, shared_at, created_at, updated_at
            from session_feedback""";

    @Override
    public Map<String, List<Map<String, Object>>> export(UUID me, List<Stay> stays) {
        List<Map<String, Object>> feedback = new ArrayList<>();
        for (Tuple row : Sql.rows(em, COLUMNS + " where author_id = :me order by created_at", Map.of("me", me))) {
            Map<String, Object> item = item(row, true);
            item.put("sharedWithPartner", row.get("shared_with_partner"));
            item.put("sharedWithCounselor", row.get("shared_with_counselor"));
            item.put("updatedAt", Sql.at(row.get("updated_at")));
            feedback.add(item);
        }
        Stay.lasting(stays).ifPresent(stay -> {
            for (Tuple row : Sql.rows(em, COLUMNS + "\n" + """
                    where couple_id = :couple and author_id <> :me and shared_with_partner order by created_at""",
                    Map.of("couple", stay.coupleId(), "me", me))) {
                if (stay.reached(Sql.instant(row.get("shared_at")))) {
                    feedback.add(item(row, false));
                }
            }
        });
        return Items.sections("sessionFeedback", feedback);
    }

    private Map<String, Object> item(Tuple row, boolean yours) {
        Object coupleId = row.get("couple_id");
        return Items.of("id", row.get("id"), "coupleId", coupleId, "sessionId", row.get("session_id"), "yours", yours,
                "feltSafe", Sql.number(row.get("felt_safe")), "feltClose", Sql.number(row.get("felt_close")),
                "tooMuch", row.get("too_much"), "note", texts.open(coupleId, Texts.FEEDBACK_NOTE, row.get("note")),
                "createdAt", Sql.at(row.get("created_at")));
    }

    @Override
    public Map<String, Integer> erase(UUID me, List<Stay> stays, Instant now) {
        return Items.counts("sessionFeedback", Sql.update(em, "delete from session_feedback where author_id = :me",
                Map.of("me", me)));
    }
}
