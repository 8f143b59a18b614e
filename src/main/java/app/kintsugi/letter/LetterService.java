package app.kintsugi.letter;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import app.kintsugi.couple.CoupleAccess;
import app.kintsugi.couple.CoupleProblem;
import app.kintsugi.couple.CoupleStatus;
import app.kintsugi.platform.Timestamps;
import app.kintsugi.platform.crypto.IntimateText;
import app.kintsugi.platform.http.ETags;
import app.kintsugi.platform.paging.Keyset;
import app.kintsugi.platform.paging.Page;
import app.kintsugi.platform.paging.PageRequest;
import app.kintsugi.platform.paging.Paging;
import app.kintsugi.platform.problem.CommonProblem;
import app.kintsugi.platform.problem.Problem.FieldError;
import app.kintsugi.platform.problem.ProblemException;
import app.kintsugi.platform.problem.Problems;
import app.kintsugi.platform.problem.ShortTexts;
import app.kintsugi.platform.security.Callers;
import app.kintsugi.profile.People;

/**
 * Repair letters between the two partners. A draft is its author's alone; a shared letter is readable by the partner
 * and never changes again. Counselors never read letters. While the couple is paused a newly shared letter waits for
 * the pause to end; after the couple ends each former partner sees only their own letters.
 */
@ApplicationScoped
class LetterService {

    static final String TITLE = "repair_letter.title";
    static final String BODY = "repair_letter.body";
    private static final int MAX_BODY = 5000;

    private final CoupleAccess access;
    private final IntimateText intimate;
    private final People people;
    private final Paging paging;

    LetterService(CoupleAccess access, IntimateText intimate, People people, Paging paging) {
        this.access = access;
        this.intimate = intimate;
        this.people = people;
        this.paging = paging;
    }

    /** A letter with the version its ETag is made of. */
    record Versioned(LetterView view, long version) {
    }

    @Transactional
    Versioned create(Callers caller, String coupleId, LetterDraft draft) {
        CoupleAccess.Membership membership = access.currentPartner(caller, coupleId);
        check(draft);
        if (draft.follows() != null) {
            RepairLetter.<RepairLetter>find("id = ?1 and coupleId = ?2 and authorId = ?3 and status = 'shared'",
                    draft.follows(), membership.coupleId(), membership.profileId()).firstResultOptional()
                    .orElseThrow(() -> Problems.validation("/follows", "unknown-letter",
                            "A letter can follow only a shared letter of yours in this couple."));
        }
        Instant now = Timestamps.now();
        RepairLetter letter = new RepairLetter();
        letter.id = UUID.randomUUID();
        letter.coupleId = membership.coupleId();
        letter.authorId = membership.profileId();
        letter.status = LetterStatus.DRAFT.json();
        letter.followsId = draft.follows();
        letter.createdAt = now;
        letter.updatedAt = now;
        seal(letter, draft);
        letter.persist();
        RepairLetter.flush();
        return new Versioned(view(letter, membership.profileId()), letter.version);
    }

    /** The letters the caller may read: their own, and the partner's shared ones while the couple lasts. */
    @Transactional
    LetterPage list(Callers caller, String coupleId, String limit, String cursor) {
        CoupleAccess.Membership membership = access.partner(caller, coupleId);
        CoupleAccess.State state = access.state(membership.coupleId());
        Map<String, Object> params = new HashMap<>();
        params.put("couple", membership.coupleId());
        params.put("me", membership.profileId());
        String filter;
        if (state.status() == CoupleStatus.ENDED) {
            filter = "coupleId = :couple and authorId = :me";
        } else {
            filter = "coupleId = :couple and (authorId = :me or (status = 'shared' and sharedAt < :cutoff))";
            params.put("cutoff", state.shareCutoff());
        }
        PageRequest request = paging.request("letters", limit, cursor);
        Keyset keyset = Keyset.newestFirst(filter, params, "createdAt", request);
        List<RepairLetter> rows = RepairLetter.<RepairLetter>find(keyset.query(), keyset.params())
                .page(0, request.fetchSize()).list();
        Page<RepairLetter> page = paging.page("letters", request, rows,
                letter -> Keyset.key(letter.createdAt, letter.id));
        Map<UUID, String> names = people
                .displayNames(page.items().stream().map(letter -> letter.authorId).distinct().toList());
        return new LetterPage(page.items().stream()
                .map(letter -> view(letter, membership.profileId(), names.get(letter.authorId))).toList(),
                page.nextCursor());
    }

    @Transactional
    Versioned get(Callers caller, String coupleId, String letterId) {
        CoupleAccess.Membership membership = access.partner(caller, coupleId);
        RepairLetter letter = visible(membership, letterId);
        return new Versioned(view(letter, membership.profileId()), letter.version);
    }

    /** Rewrites a draft; the caller must send the ETag they read. */
    @Transactional
    Versioned edit(Callers caller, String coupleId, String letterId, String ifMatch, LetterDraft draft) {
        CoupleAccess.Membership membership = access.currentPartner(caller, coupleId);
        RepairLetter letter = own(membership, letterId);
        ETags.requireMatch(ifMatch, letter.version);
        if (letter.shared()) {
            throw LetterProblem.LETTER_SHARED.exception();
        }
        check(draft);
        if (draft.follows() != null && !draft.follows().equals(letter.followsId)) {
            throw Problems.validation("/follows", "immutable", "What a letter follows is set when it is created.");
        }
        seal(letter, draft);
        letter.updatedAt = Timestamps.now();
        RepairLetter.flush();
        return new Versioned(view(letter, membership.profileId()), letter.version);
    }

    /** Shares a draft with the partner. Sharing is final; sharing again changes nothing. */
    @Transactional
    LetterView share(Callers caller, String coupleId, String letterId, LetterShare change) {
        CoupleAccess.Membership membership = access.currentPartner(caller, coupleId);
        RepairLetter letter = own(membership, letterId);
        if (change == null || change.status() == null) {
            throw Problems.validation("/status", "required", "status is required.");
        }
        if (change.status() == LetterStatus.DRAFT && letter.shared()) {
            throw CommonProblem.ILLEGAL_TRANSITION.exception("A shared letter cannot go back to being a draft.");
        }
        if (change.status() == LetterStatus.SHARED && !letter.shared()) {
            if (access.state(membership.coupleId()).status() == CoupleStatus.FORMING) {
                throw CoupleProblem.COUPLE_FORMING.exception("A letter can be shared once your partner has joined.");
            }
            Instant now = Timestamps.now();
            letter.status = LetterStatus.SHARED.json();
            letter.sharedAt = now;
            letter.updatedAt = now;
            RepairLetter.flush();
        }
        return view(letter, membership.profileId());
    }

    /** The partner who received a shared letter marks it read aloud together. Marking it again changes nothing. */
    @Transactional
    LetterView readAloud(Callers caller, String coupleId, String letterId) {
        CoupleAccess.Membership membership = access.currentPartner(caller, coupleId);
        RepairLetter letter = visible(membership, letterId);
        if (letter.authorId.equals(membership.profileId())) {
            throw LetterProblem.OWN_LETTER.exception();
        }
        if (letter.readAloudAt == null) {
            letter.readAloudAt = Timestamps.now();
            RepairLetter.flush();
        }
        return view(letter, membership.profileId());
    }

    /** The author may always delete their letter; the partner then sees nothing of it. */
    @Transactional
    void delete(Callers caller, String coupleId, String letterId) {
        CoupleAccess.Membership membership = access.partner(caller, coupleId);
        RepairLetter letter = own(membership, letterId);
        RepairLetter.update("followsId = null where followsId = ?1", letter.id);
        letter.delete();
    }

    // ---------------------------------------------------------------------------------------------------------------

    /** A letter the caller may read, or 404. */
    private RepairLetter visible(CoupleAccess.Membership membership, String letterId) {
        RepairLetter letter = CoupleAccess.parse(letterId)
                .flatMap(id -> RepairLetter.find("id = ?1 and coupleId = ?2", id, membership.coupleId())
                        .<RepairLetter>firstResultOptional())
                .orElseThrow(LetterService::notFound);
        if (letter.authorId.equals(membership.profileId())) {
            return letter;
        }
        CoupleAccess.State state = access.state(membership.coupleId());
        if (state.status() == CoupleStatus.ENDED || !letter.shared()
                || !letter.sharedAt.isBefore(state.shareCutoff())) {
            throw notFound();
        }
        return letter;
    }

    /** A letter the caller wrote: 404 if they may not see it, 403 if it is the partner's. */
    private RepairLetter own(CoupleAccess.Membership membership, String letterId) {
        RepairLetter letter = visible(membership, letterId);
        if (!letter.authorId.equals(membership.profileId())) {
            throw LetterProblem.NOT_AUTHOR.exception();
        }
        return letter;
    }

    private void seal(RepairLetter letter, LetterDraft draft) {
        String title = draft.title() == null || draft.title().isBlank() ? null : draft.title().strip();
        letter.title = intimate.seal(letter.coupleId, TITLE, title);
        letter.body = intimate.seal(letter.coupleId, BODY, draft.body().strip());
    }

    private static void check(LetterDraft draft) {
        if (draft == null) {
            throw Problems.validation("", "required", "Send the letter as a JSON object.");
        }
        List<FieldError> errors = new ArrayList<>();
        if (draft.title() != null && !draft.title().isBlank()) {
            ShortTexts.problem("/title", "A title", draft.title().strip(), 120).ifPresent(errors::add);
        }
        String body = draft.body() == null ? "" : draft.body().strip();
        ShortTexts.paragraphs("/body", "A letter", body, MAX_BODY).ifPresent(errors::add);
        if (!errors.isEmpty()) {
            throw Problems.validation(errors);
        }
    }

    private LetterView view(RepairLetter letter, UUID reader) {
        return view(letter, reader, people.displayNames(List.of(letter.authorId)).get(letter.authorId));
    }

    private LetterView view(RepairLetter letter, UUID reader, String authorName) {
        return new LetterView(letter.id, letter.authorId, authorName, letter.authorId.equals(reader),
                LetterStatus.of(letter.status), intimate.open(letter.coupleId, TITLE, letter.title),
                intimate.open(letter.coupleId, BODY, letter.body), letter.followsId, letter.createdAt,
                letter.updatedAt, letter.sharedAt, letter.readAloudAt);
    }

    static ProblemException notFound() {
        return Problems.notFound("This couple has no letter with this id that you can see.");
    }
}
