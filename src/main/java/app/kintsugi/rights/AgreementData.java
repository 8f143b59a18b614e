package app.kintsugi.rights;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Tuple;

/**
 * Boundary agreements. While the couple lasts both partners read every version and concern, so all of them come; after
 * the end a version both accepted stays with both (it was theirs together), and each keeps their own proposals and
 * concerns: the rule of the agreements' own Reading.
 */
@ApplicationScoped
class AgreementData implements PersonalData {

    private final EntityManager em;
    private final Texts texts;

    AgreementData(EntityManager em, Texts texts) {
        this.em = em;
        this.texts = texts;
    }

    @Override
    public Map<String, List<Map<String, Object>>> export(UUID me, List<Stay> stays) {
        List<Map<String, Object>> versions = new ArrayList<>();
        List<Map<String, Object>> concerns = new ArrayList<>();
        if (stays.isEmpty()) {
            return Items.sections("agreementVersions", versions, "agreementConcerns", concerns);
        }
        Set<Object> accepted = new HashSet<>();
        Sql.rows(em, "select version_id from agreement_acceptance where profile_id = :me", Map.of("me", me))
                .forEach(row -> accepted.add(row.get("version_id")));
        for (Stay stay : stays) {
            Map<String, Object> couple = Map.of("couple", stay.coupleId());
            for (Tuple row : Sql.rows(em, """
                    select v.id, v.agreement_id, a.topic, v.number, v.origin, v.title, v.terms, v.review_every_months,
                           v.proposed_by, v.proposed_at, v.in_force_from
                    from agreement_version v join agreement a on a.id = v.agreement_id
                    where a.couple_id = :couple order by a.created_at, v.number""", couple)) {
                boolean yours = me.equals(row.get("proposed_by"));
                if (stay.ended() && !yours && row.get("in_force_from") == null) {
                    continue;
                }
                versions.add(Items.of("id", row.get("id"), "coupleId", stay.coupleId(),
                        "agreementId", row.get("agreement_id"), "topic", row.get("topic"),
                        "number", Sql.number(row.get("number")), "origin", row.get("origin"), "yours", yours,
                        "title", texts.open(stay.coupleId(), Texts.AGREEMENT_TITLE, row.get("title")),
                        "terms", texts.open(stay.coupleId(), Texts.AGREEMENT_TERMS, row.get("terms")),
                        "reviewEveryMonths", Sql.number(row.get("review_every_months")),
                        "proposedAt", Sql.at(row.get("proposed_at")), "inForceFrom", Sql.at(row.get("in_force_from")),
                        "acceptedByYou", accepted.contains(row.get("id"))));
            }
            for (Tuple row : Sql.rows(em, """
                    select id, agreement_id, raised_by, body, raised_at, resolved_by, resolved_at, conversation_note_id
                    from agreement_concern where couple_id = :couple order by raised_at""", couple)) {
                boolean yours = me.equals(row.get("raised_by"));
                if (stay.ended() && !yours) {
                    continue;
                }
                concerns.add(Items.of("id", row.get("id"), "coupleId", stay.coupleId(),
                        "agreementId", row.get("agreement_id"), "yours", yours,
                        "text", texts.open(stay.coupleId(), Texts.CONCERN_BODY, row.get("body")),
                        "raisedAt", Sql.at(row.get("raised_at")), "resolvedAt", Sql.at(row.get("resolved_at")),
                        "conversationNoteId", row.get("conversation_note_id")));
            }
        }
        return Items.sections("agreementVersions", versions, "agreementConcerns", concerns);
    }

    /**
     * A version both partners accepted is shared history and the agreement's other rows point at it, so its row stays;
     * what goes is every text the person wrote. A reopening repeats the terms in force at that moment, so its words
     * belong to whoever wrote those terms: the walk below follows the versions in order to find out.
     */
    @Override
    public Map<String, Integer> erase(UUID me, List<Stay> stays, Instant now) {
        int erased = 0;
        if (!stays.isEmpty()) {
            Map<Object, UUID> termsInForceBy = new HashMap<>();
            for (Tuple row : Sql.rows(em, """
                    select v.id, v.agreement_id, a.couple_id, v.origin, v.proposed_by, v.in_force_from
                    from agreement_version v join agreement a on a.id = v.agreement_id
                    where a.couple_id in (:couples) order by v.agreement_id, v.number""",
                    Map.of("couples", Stay.ids(stays)))) {
                Object agreement = row.get("agreement_id");
                UUID wordsBy = "reopening".equals(row.get("origin"))
                        ? termsInForceBy.get(agreement)
                        : Sql.uuid(row.get("proposed_by"));
                if (row.get("in_force_from") != null) {
                    termsInForceBy.put(agreement, wordsBy);
                }
                if (me.equals(wordsBy)) {
                    UUID coupleId = Sql.uuid(row.get("couple_id"));
                    erased += Sql.update(em,
                            "update agreement_version set title = :title, terms = :terms where id = :id",
                            Map.of("title", texts.tombstone(coupleId, Texts.AGREEMENT_TITLE),
                                    "terms", texts.tombstone(coupleId, Texts.AGREEMENT_TERMS), "id", row.get("id")));
                }
            }
        }
        int concerns = Sql.update(em, "delete from agreement_concern where raised_by = :me", Map.of("me", me));
        return Items.counts("agreementVersionsErased", erased, "agreementConcerns", concerns);
    }
}
