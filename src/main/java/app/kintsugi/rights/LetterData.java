package app.kintsugi.rights;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Tuple;

/**
 * Repair letters: every letter the person wrote, drafts included, and the other partner's shared letters that reached
 * them.
 */
@ApplicationScoped
class LetterData implements PersonalData {

    private final EntityManager em;
    private final Texts texts;

    LetterData(EntityManager em, Texts texts) {
        this.em = em;
        this.texts = texts;
    }

    private static final String COLUMNS = """
            select id, couple_id, author_id, title, body, status, follows_id, created_at, updated_at, shared_at,
                   read_aloud_at
            from repair_letter""";

    @Override
    public Map<String, List<Map<String, Object>>> export(UUID me, List<Stay> stays) {
        List<Map<String, Object>> letters = new ArrayList<>();
        for (Tuple row : Sql.rows(em, COLUMNS + " where author_id = :me order by created_at", Map.of("me", me))) {
            letters.add(letter(row, true));
        }
        Stay.lasting(stays).ifPresent(stay -> {
            for (Tuple row : Sql.rows(em, COLUMNS + "\n" + """
                    where couple_id = :couple and author_id <> :me and status = 'shared' order by created_at""",
                    Map.of("couple", stay.coupleId(), "me", me))) {
                if (stay.reached(Sql.instant(row.get("shared_at")))) {
                    letters.add(letter(row, false));
                }
            }
        });
        return Items.sections("letters", letters);
    }

    private Map<String, Object> letter(Tuple row, boolean yours) {
        Object coupleId = row.get("couple_id");
        return Items.of("id", row.get("id"), "coupleId", coupleId, "yours", yours, "status", row.get("status"),
                "title", texts.open(coupleId, Texts.LETTER_TITLE, row.get("title")),
                "body", texts.open(coupleId, Texts.LETTER_BODY, row.get("body")), "follows", row.get("follows_id"),
                "createdAt", Sql.at(row.get("created_at")), "updatedAt", yours ? Sql.at(row.get("updated_at")) : null,
                "sharedAt", Sql.at(row.get("shared_at")), "readAloudAt", Sql.at(row.get("read_aloud_at")));
    }

    @Override
    public Map<String, Integer> erase(UUID me, List<Stay> stays, Instant now) {
        // A letter follows only its own author's letters, so one statement takes a whole chain.
        return Items.counts("letters", Sql.update(em, "delete from repair_letter where author_id = :me",
                Map.of("me", me)));
    }
}
