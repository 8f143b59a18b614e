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
 * Commitments and their check-offs. The person's own are theirs; while the couple lasts both partners see every
 * commitment of the couple and how each occurrence went (adjustments included), so those come too; after the end each
 * former partner keeps what they created and the marks they made.
 */
@ApplicationScoped
class CommitmentData implements PersonalData {

    private final EntityManager em;
    private final Texts texts;

    CommitmentData(EntityManager em, Texts texts) {
        this.em = em;
        this.texts = texts;
    }

    private static final String COLUMNS = """
            select id, couple_id, created_by, owner_id, category, title, detail, status, conversation_note_id,
                   closed_on, created_at, updated_at
            from commitment""";

    private static final String CHECKS = """
            select k.commitment_id, c.couple_id, k.occurs_on, k.state, k.adjustment, k.marked_by, k.marked_at,
                   k.acknowledged_by, k.acknowledged_at
            from commitment_check k join commitment c on c.id = k.commitment_id""";

    @Override
    public Map<String, List<Map<String, Object>>> export(UUID me, List<Stay> stays) {
        List<Map<String, Object>> commitments = new ArrayList<>();
        for (Tuple row : Sql.rows(em, COLUMNS + " where created_by = :me order by created_at", Map.of("me", me))) {
            commitments.add(commitment(row, me));
        }
        List<Map<String, Object>> checks = new ArrayList<>();
        for (Tuple row : Sql.rows(em, CHECKS + " where k.marked_by = :me order by k.occurs_on", Map.of("me", me))) {
            checks.add(check(row, me));
        }
        Stay.lasting(stays).ifPresent(stay -> {
            Map<String, Object> params = Map.of("couple", stay.coupleId(), "me", me);
            for (Tuple row : Sql.rows(em,
                    COLUMNS + " where couple_id = :couple and created_by <> :me order by created_at",
                    params)) {
                commitments.add(commitment(row, me));
            }
            for (Tuple row : Sql.rows(em, CHECKS + "\n" + """
                    where c.couple_id = :couple and k.marked_by <> :me order by k.occurs_on""", params)) {
                checks.add(check(row, me));
            }
        });
        return Items.sections("commitments", commitments, "commitmentChecks", checks);
    }

    private Map<String, Object> commitment(Tuple row, UUID me) {
        Object coupleId = row.get("couple_id");
        List<Map<String, Object>> schedules = Sql
                .rows(em,
                        """
                                select cadence, array_to_string(weekdays, ',') as weekdays, day_of_month, local_time, duration_minutes, starts_on, ends_on, effective_from
                                from commitment_schedule where commitment_id = :id order by effective_from""",
                        Map.of("id", row.get("id")))
                .stream()
                .map(schedule -> Items.of("cadence", schedule.get("cadence"),
                        "weekdays", Sql.list(schedule.get("weekdays")),
                        "dayOfMonth", schedule.get("day_of_month"),
                        "localTime", schedule.get("local_time") == null ? null : schedule.get("local_time").toString(),
                        "durationMinutes", schedule.get("duration_minutes"),
                        "startsOn", Sql.on(schedule.get("starts_on")), "endsOn", Sql.on(schedule.get("ends_on")),
                        "effectiveFrom", Sql.on(schedule.get("effective_from"))))
                .toList();
        Object owner = row.get("owner_id");
        return Items.of("id", row.get("id"), "coupleId", coupleId, "yours", me.equals(row.get("created_by")),
                "shared", owner == null, "ownedByYou", owner == null ? null : me.equals(owner),
                "category", row.get("category"),
                "title", texts.open(coupleId, Texts.COMMITMENT_TITLE, row.get("title")),
                "detail", texts.open(coupleId, Texts.COMMITMENT_DETAIL, row.get("detail")),
                "status", row.get("status"), "conversationNoteId", row.get("conversation_note_id"),
                "closedOn", Sql.on(row.get("closed_on")), "createdAt", Sql.at(row.get("created_at")),
                "updatedAt", Sql.at(row.get("updated_at")), "schedules", schedules);
    }

    private Map<String, Object> check(Tuple row, UUID me) {
        Object coupleId = row.get("couple_id");
        return Items.of("commitmentId", row.get("commitment_id"), "coupleId", coupleId,
                "yours", me.equals(row.get("marked_by")), "occursOn", Sql.on(row.get("occurs_on")),
                "state", row.get("state"),
                "adjustment", texts.open(coupleId, Texts.CHECK_ADJUSTMENT, row.get("adjustment")),
                "markedAt", Sql.at(row.get("marked_at")),
                "acknowledgedByYou", row.get("acknowledged_by") == null ? null : me.equals(row.get("acknowledged_by")),
                "acknowledgedAt", Sql.at(row.get("acknowledged_at")));
    }

    @Override
    public Map<String, Integer> erase(UUID me, List<Stay> stays, Instant now) {
        Map<String, Object> params = Map.of("me", me);
        int acknowledgements = Sql.update(em, """
                update commitment_check set acknowledged_by = null, acknowledged_at = null
                where acknowledged_by = :me and marked_by <> :me""", params);
        int checks = Sql.update(em, "delete from commitment_check where marked_by = :me", params);
        // Schedules and any remaining checks go with their commitment (on delete cascade).
        int own = Sql.update(em, "delete from commitment where owner_id = :me", params);
        // A shared commitment carries the other partner's check-offs and adjustments, which are theirs: the row stays,
        // and the words go where the person wrote the current ones (either partner may reword a shared commitment).
        int blanked = 0;
        for (Tuple row : Sql.rows(em,
                "select id, couple_id from commitment where worded_by = :me and owner_id is null",
                params)) {
            UUID coupleId = Sql.uuid(row.get("couple_id"));
            blanked += Sql.update(em, "update commitment set title = :title, detail = null where id = :id",
                    Map.of("title", texts.tombstone(coupleId, Texts.COMMITMENT_TITLE), "id", row.get("id")));
        }
        return Items.counts("commitments", own, "sharedCommitmentsBlanked", blanked, "commitmentChecks", checks,
                "commitmentAcknowledgementsWithdrawn", acknowledgements);
    }
}
