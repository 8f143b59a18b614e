package app.kintsugi.rights;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Tuple;

/** Conversation notes: the person's own, and while the couple lasts the other partner's (both read every note). */
@ApplicationScoped
class NoteData implements PersonalData {

    private final EntityManager em;
    private final Texts texts;

    NoteData(EntityManager em, Texts texts) {
        this.em = em;
        this.texts = texts;
    }

    private static final String COLUMNS = "select id, couple_id, author_id, summary, held_on, created_at from conversation_note";

    @Override
    public Map<String, List<Map<String, Object>>> export(UUID me, List<Stay> stays) {
        List<Map<String, Object>> notes = new ArrayList<>();
        Sql.rows(em, COLUMNS + " where author_id = :me order by created_at", Map.of("me", me))
                .forEach(row -> notes.add(note(row, true)));
        Stay.lasting(stays).ifPresent(stay -> Sql.rows(em, COLUMNS
                + " where couple_id = :couple and author_id <> :me order by created_at",
                Map.of("couple", stay.coupleId(), "me", me)).forEach(row -> notes.add(note(row, false))));
        return Items.sections("conversationNotes", notes);
    }

    private Map<String, Object> note(Tuple row, boolean yours) {
        Object coupleId = row.get("couple_id");
        return Items.of("id", row.get("id"), "coupleId", coupleId, "yours", yours,
                "summary", texts.open(coupleId, Texts.NOTE_SUMMARY, row.get("summary")),
                "heldOn", Sql.on(row.get("held_on")), "createdAt", Sql.at(row.get("created_at")));
    }

    @Override
    public Map<String, Integer> erase(UUID me, List<Stay> stays, Instant now) {
        // Commitments and concerns that pointed at a note lose only the link (on delete set null).
        return Items.counts("conversationNotes", Sql.update(em, "delete from conversation_note where author_id = :me",
                Map.of("me", me)));
    }
}
