package app.kintsugi.agreement;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import app.kintsugi.couple.CoupleAccess;
import app.kintsugi.platform.Timestamps;
import app.kintsugi.platform.crypto.IntimateText;
import app.kintsugi.platform.paging.Keyset;
import app.kintsugi.platform.paging.Page;
import app.kintsugi.platform.paging.PageRequest;
import app.kintsugi.platform.paging.Paging;
import app.kintsugi.platform.problem.ProblemException;
import app.kintsugi.platform.problem.Problems;
import app.kintsugi.platform.problem.ShortTexts;
import app.kintsugi.platform.security.Callers;
import app.kintsugi.profile.People;

/**
 * Concerns about agreements: a partner names, in a few words, something about an agreement they want to talk over; a
 * conversation follows, and its note resolves the concern. Concerns belong to the two partners; counselors never read
 * them.
 */
@ApplicationScoped
class ConcernService {

    static final String BODY = "agreement_concern.body";
    static final int MAX_TEXT = 280;
    private static final String LIST = "agreement-concerns";

    private final CoupleAccess access;
    private final IntimateText intimate;
    private final People people;
    private final Paging paging;

    ConcernService(CoupleAccess access, IntimateText intimate, People people, Paging paging) {
        this.access = access;
        this.intimate = intimate;
        this.people = people;
        this.paging = paging;
    }

    @Transactional
    ConcernView raise(Callers caller, String coupleId, String agreementId, NewConcern body) {
        CoupleAccess.Membership membership = access.currentPartner(caller, coupleId);
        CoupleAccess.State state = access.lockedState(membership.coupleId());
        AgreementService.requireBothPresent(state);
        Reading reading = Reading.partner(membership, state);
        Agreement agreement = AgreementService.find(reading, agreementId);
        if (body == null) {
            throw Problems.validation("", "required", "Send the concern as a JSON object.");
        }
        String text = body.text() == null ? "" : Normalizer.normalize(body.text().strip(), Normalizer.Form.NFC);
        ShortTexts.paragraphs("/text", "A concern", text, MAX_TEXT).ifPresent(error -> {
            throw Problems.validation(List.of(error));
        });

        AgreementConcern concern = new AgreementConcern();
        concern.id = UUID.randomUUID();
        concern.agreementId = agreement.id;
        concern.coupleId = agreement.coupleId;
        concern.raisedBy = membership.profileId();
        concern.body = intimate.seal(agreement.coupleId, BODY, text);
        concern.raisedAt = Timestamps.now();
        concern.persist();
        AgreementConcern.flush();
        return views(List.of(concern), reading).get(0);
    }

    @Transactional
    ConcernPage list(Callers caller, String coupleId, String agreementId, Optional<Boolean> open, String limit,
            String cursor) {
        Reading reading = reading(caller, coupleId);
        Agreement agreement = AgreementService.find(reading, agreementId);
        Map<String, Object> params = reading.readerParams();
        params.put("agreement", agreement.id);
        StringBuilder filter = new StringBuilder("c.agreementId = :agreement").append(reading.concernFilter());
        open.ifPresent(wanted -> filter.append(wanted ? " and c.resolvedAt is null" : " and c.resolvedAt is not null"));
        PageRequest request = paging.request(LIST, limit, cursor);
        Keyset keyset = Keyset.newestFirst(filter.toString(), params, "c.raisedAt", request);
        List<AgreementConcern> rows = AgreementConcern.<AgreementConcern>find("from AgreementConcern c where "
                + keyset.query(), keyset.params()).page(0, request.fetchSize()).list();
        Page<AgreementConcern> page = paging.page(LIST, request, rows,
                concern -> Keyset.key(concern.raisedAt, concern.id));
        return new ConcernPage(views(page.items(), reading), page.nextCursor());
    }

    @Transactional
    ConcernView get(Callers caller, String coupleId, String agreementId, String concernId) {
        Reading reading = reading(caller, coupleId);
        Agreement agreement = AgreementService.find(reading, agreementId);
        return views(List.of(find(reading, agreement, concernId)), reading).get(0);
    }

    /**
     * Either partner marks a concern talked through, naming the conversation note of that talk. Naming another note
     * later replaces the link and keeps the first time it was resolved.
     */
    @Transactional
    ConcernView resolve(Callers caller, String coupleId, String agreementId, String concernId,
            ConcernResolution body) {
        CoupleAccess.Membership membership = access.currentPartner(caller, coupleId);
        CoupleAccess.State state = access.lockedState(membership.coupleId());
        AgreementService.requireBothPresent(state);
        Reading reading = Reading.partner(membership, state);
        Agreement agreement = AgreementService.find(reading, agreementId);
        AgreementConcern concern = find(reading, agreement, concernId);
        if (body == null || body.conversationNoteId() == null) {
            throw Problems.validation("/conversationNoteId", "required", "conversationNoteId is required: the note "
                    + "of the conversation in which you talked it through.");
        }
        if (!noteExists(body.conversationNoteId(), agreement.coupleId)) {
            throw Problems.validation("/conversationNoteId", "unknown-note",
                    "This couple has no conversation note with this id.");
        }
        if (concern.resolvedAt == null) {
            concern.resolvedAt = Timestamps.now();
            concern.resolvedBy = membership.profileId();
        }
        concern.conversationNoteId = body.conversationNoteId();
        AgreementConcern.flush();
        return views(List.of(concern), reading).get(0);
    }

    // ---------------------------------------------------------------------------------------------------------------

    /** A partner reading concerns: current or former, never a counselor. */
    private Reading reading(Callers caller, String coupleId) {
        CoupleAccess.Membership membership = access.partner(caller, coupleId);
        return Reading.partner(membership, access.state(membership.coupleId()));
    }

    private static AgreementConcern find(Reading reading, Agreement agreement, String concernId) {
        return CoupleAccess.parse(concernId)
                .flatMap(id -> AgreementConcern.find("id = ?1 and agreementId = ?2", id, agreement.id)
                        .<AgreementConcern>firstResultOptional())
                .filter(reading::sees).orElseThrow(ConcernService::notFound);
    }

    /** Conversation notes are their own feature; a concern only checks that the note is this couple's. */
    private static boolean noteExists(UUID noteId, UUID coupleId) {
        Number count = (Number) AgreementConcern.getEntityManager()
                .createNativeQuery("select count(*) from conversation_note where id = :id and couple_id = :couple")
                .setParameter("id", noteId).setParameter("couple", coupleId).getSingleResult();
        return count.longValue() > 0;
    }

    private List<ConcernView> views(List<AgreementConcern> concerns, Reading reading) {
        List<UUID> ids = new ArrayList<>();
        concerns.forEach(concern -> {
            ids.add(concern.raisedBy);
            if (concern.resolvedBy != null) {
                ids.add(concern.resolvedBy);
            }
        });
        Map<UUID, String> names = people.displayNames(reading.named(ids));
        return concerns.stream().map(concern -> new ConcernView(concern.id, concern.agreementId,
                intimate.open(concern.coupleId, BODY, concern.body), concern.raisedBy,
                Reading.nameOf(names, concern.raisedBy),
                concern.raisedBy.equals(reading.readerId()), concern.raisedAt, concern.resolvedAt != null,
                concern.resolvedBy, concern.resolvedBy == null ? null : Reading.nameOf(names, concern.resolvedBy),
                concern.resolvedAt, concern.conversationNoteId)).toList();
    }

    private static ProblemException notFound() {
        return Problems.notFound("This agreement has no concern with this id that you can see.");
    }
}
