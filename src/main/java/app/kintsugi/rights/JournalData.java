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
 * The trust journal: the person's entries with their earlier wordings, the other partner's entries that reached them
 * (the rule of the journal's own Sight: visible from a moment that has come, before the couple's share cutoff, while
 * the couple lasts), their week read marks and the acknowledgements they gave.
 */
@ApplicationScoped
class JournalData implements PersonalData {

    private final EntityManager em;
    private final Texts texts;

    JournalData(EntityManager em, Texts texts) {
        this.em = em;
        this.texts = texts;
    }

    private static final String COLUMNS = """
            select e.id, e.couple_id, e.author_id, e.kind, e.written_on, e.body, e.answers_question, e.visibility,
                   e.visible_from, e.counselor_since, e.created_at, e.edited_at, e.acknowledged_by, e.acknowledged_at,
                   e.reaction
            from journal_entry e""";

    @Override
    public Map<String, List<Map<String, Object>>> export(UUID me, List<Stay> stays) {
        List<Map<String, Object>> entries = new ArrayList<>();
        Optional<Stay> lasting = Stay.lasting(stays);
        for (Tuple row : Sql.rows(em, COLUMNS + " where e.author_id = :me order by e.written_on, e.created_at",
                Map.of("me", me))) {
            UUID coupleId = Sql.uuid(row.get("couple_id"));
            List<Map<String, Object>> revisions = Sql.rows(em, """
                    select kind, written_on, body, written_at, replaced_at from journal_revision
                    where entry_id = :entry order by replaced_at""", Map.of("entry", row.get("id"))).stream()
                    .map(revision -> Items.of("kind", revision.get("kind"),
                            "writtenOn", Sql.on(revision.get("written_on")),
                            "text", texts.open(coupleId, Texts.JOURNAL_REVISION_BODY, revision.get("body")),
                            "writtenAt", Sql.at(revision.get("written_at")),
                            "replacedAt", Sql.at(revision.get("replaced_at"))))
                    .toList();
            // The other partner's acknowledgement reached the author under the same cutoff as anything shared.
            boolean acknowledgementSeen = lasting.filter(stay -> stay.coupleId().equals(coupleId))
                    .map(stay -> stay.reached(Sql.instant(row.get("acknowledged_at")))).orElse(false);
            Map<String, Object> entry = entry(row, coupleId, true);
            entry.put("visibility", row.get("visibility"));
            if (row.get("visible_from") != null) {
                entry.put("visibleFrom", Sql.at(row.get("visible_from")));
            }
            if (row.get("counselor_since") != null) {
                entry.put("sharedWithCounselorSince", Sql.at(row.get("counselor_since")));
            }
            if (acknowledgementSeen) {
                entry.put("acknowledgement", Items.of("reaction", row.get("reaction"),
                        "acknowledgedAt", Sql.at(row.get("acknowledged_at"))));
            }
            entry.put("revisions", revisions);
            entries.add(entry);
        }
        lasting.ifPresent(stay -> {
            for (Tuple row : Sql.rows(em, COLUMNS + "\n" + """
                     where e.couple_id = :couple and e.author_id <> :me and e.visible_from is not null
                    order by e.written_on, e.created_at""", Map.of("couple", stay.coupleId(), "me", me))) {
                if (!stay.reached(Sql.instant(row.get("visible_from")))) {
                    continue;
                }
                Map<String, Object> entry = entry(row, stay.coupleId(), false);
                if (me.equals(row.get("acknowledged_by"))) {
                    entry.put("yourAcknowledgement", Items.of("reaction", row.get("reaction"),
                            "acknowledgedAt", Sql.at(row.get("acknowledged_at"))));
                }
                entries.add(entry);
            }
        });
        List<Map<String, Object>> marks = Sql.rows(em, """
                select couple_id, week_starts_on, read_at from journal_week_read where profile_id = :me
                order by read_at""", Map.of("me", me)).stream()
                .map(row -> Items.of("coupleId", row.get("couple_id"), "weekStartsOn",
                        Sql.on(row.get("week_starts_on")),
                        "readAt", Sql.at(row.get("read_at"))))
                .toList();
        return Items.sections("journalEntries", entries, "journalWeekReadMarks", marks);
    }

    private Map<String, Object> entry(Tuple row, UUID coupleId, boolean yours) {
        return Items.of("id", row.get("id"), "coupleId", coupleId, "yours", yours, "kind", row.get("kind"),
                "writtenOn", Sql.on(row.get("written_on")),
                "text", texts.open(coupleId, Texts.JOURNAL_BODY, row.get("body")),
                "answersQuestion", row.get("answers_question"), "createdAt", Sql.at(row.get("created_at")),
                "editedAt", Sql.at(row.get("edited_at")));
    }

    @Override
    public Map<String, Integer> erase(UUID me, List<Stay> stays, Instant now) {
        Map<String, Object> params = Map.of("me", me);
        int acknowledgements = Sql.update(em, """
                update journal_entry set acknowledged_by = null, acknowledged_at = null, reaction = null
                where acknowledged_by = :me and author_id <> :me""", params);
        int revisions = Sql.update(em, """
                delete from journal_revision where entry_id in (select id from journal_entry where author_id = :me)""",
                params);
        int entries = Sql.update(em, "delete from journal_entry where author_id = :me", params);
        int marks = Sql.update(em, "delete from journal_week_read where profile_id = :me", params);
        return Items.counts("journalEntries", entries, "journalRevisions", revisions, "journalWeekReadMarks", marks,
                "journalAcknowledgementsWithdrawn", acknowledgements);
    }
}
