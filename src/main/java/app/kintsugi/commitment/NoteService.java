package app.kintsugi.commitment;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import app.kintsugi.couple.CoupleAccess;
import app.kintsugi.couple.CoupleStatus;
import app.kintsugi.platform.Timestamps;
import app.kintsugi.platform.crypto.IntimateText;
import app.kintsugi.platform.paging.Keyset;
import app.kintsugi.platform.paging.Page;
import app.kintsugi.platform.paging.PageRequest;
import app.kintsugi.platform.paging.Paging;
import app.kintsugi.platform.problem.Problems;
import app.kintsugi.platform.problem.ShortTexts;
import app.kintsugi.platform.security.Callers;
import app.kintsugi.profile.People;

/**
 * Conversation notes: after a structured conversation a partner writes a short summary and the commitments it produced,
 * new or existing. Both partners read the couple's notes; counselors do not. After the couple ends each former partner
 * sees only the notes they wrote.
 */
@ApplicationScoped
class NoteService {

    static final String SUMMARY = "conversation_note.summary";
    private static final int MAX_NEW = 10;

    private final CoupleAccess access;
    private final CommitmentService commitments;
    private final IntimateText intimate;
    private final People people;
    private final Paging paging;

    NoteService(CoupleAccess access, CommitmentService commitments, IntimateText intimate, People people,
            Paging paging) {
        this.access = access;
        this.commitments = commitments;
        this.intimate = intimate;
        this.people = people;
        this.paging = paging;
    }

    @Transactional
    NoteView create(Callers caller, String coupleId, NewNote body) {
        CoupleAccess.Membership membership = access.currentPartner(caller, coupleId);
        CoupleAccess.State state = access.lockedState(membership.coupleId());
        CommitmentService.requireActive(state);
        if (body == null) {
            throw Problems.validation("", "required", "Send the note as a JSON object.");
        }
        String summary = body.summary() == null ? "" : body.summary().strip();
        ShortTexts.paragraphs("/summary", "A summary", summary, 1000).ifPresent(error -> {
            throw Problems.validation(List.of(error));
        });
        LocalDate today = state.today();
        LocalDate began = LocalDate.ofInstant(state.couple().createdAt, ZoneId.of(state.couple().timeZone));
        LocalDate heldOn = body.heldOn() == null ? today : body.heldOn();
        if (heldOn.isAfter(today) || heldOn.isBefore(began)) {
            throw Problems.validation("/heldOn", "out-of-range",
                    "heldOn is a day from the couple's beginning (" + began + ") to today (" + today + ").");
        }
        List<NewCommitment> fresh = body.commitments() == null ? List.of() : body.commitments();
        if (fresh.size() > MAX_NEW) {
            throw Problems.validation("/commitments", "too-many",
                    "A note creates at most " + MAX_NEW + " commitments.");
        }
        List<Commitment> linked = new ArrayList<>();
        List<UUID> linkIds = body.linkCommitments() == null ? List.of() : body.linkCommitments();
        for (int i = 0; i < linkIds.size(); i++) {
            UUID id = linkIds.get(i);
            Commitment commitment = id == null ? null : Commitment.<Commitment>findById(id);
            if (commitment == null || !commitment.coupleId.equals(membership.coupleId())
                    || commitment.conversationNoteId != null) {
                throw Problems.validation("/linkCommitments/" + i, "unknown-commitment",
                        "Link commitments of this couple that no other note produced.");
            }
            linked.add(commitment);
        }
        ConversationNote note = new ConversationNote();
        note.id = UUID.randomUUID();
        note.coupleId = membership.coupleId();
        note.authorId = membership.profileId();
        note.summary = intimate.seal(note.coupleId, SUMMARY, summary);
        note.heldOn = heldOn;
        note.createdAt = Timestamps.now();
        note.persist();
        for (int i = 0; i < fresh.size(); i++) {
            linked.add(commitments.create(membership.profileId(), state, fresh.get(i), "/commitments/" + i));
        }
        Instant now = Timestamps.now();
        for (Commitment commitment : linked) {
            commitment.conversationNoteId = note.id;
            commitment.updatedAt = now;
        }
        ConversationNote.flush();
        return views(List.of(note), membership.profileId()).get(0);
    }

    @Transactional
    NoteView.Page list(Callers caller, String coupleId, String limit, String cursor) {
        CoupleAccess.Membership membership = access.partner(caller, coupleId);
        Map<String, Object> params = new HashMap<>();
        params.put("couple", membership.coupleId());
        String filter = "coupleId = :couple";
        if (access.state(membership.coupleId()).status() == CoupleStatus.ENDED) {
            filter += " and authorId = :me";
            params.put("me", membership.profileId());
        }
        PageRequest request = paging.request("conversation-notes", limit, cursor);
        Keyset keyset = Keyset.newestFirst(filter, params, "createdAt", request);
        List<ConversationNote> rows = ConversationNote.<ConversationNote>find(keyset.query(), keyset.params())
                .page(0, request.fetchSize()).list();
        Page<ConversationNote> page = paging.page("conversation-notes", request, rows,
                note -> Keyset.key(note.createdAt, note.id));
        return new NoteView.Page(views(page.items(), membership.profileId()), page.nextCursor());
    }

    @Transactional
    NoteView get(Callers caller, String coupleId, String noteId) {
        CoupleAccess.Membership membership = access.partner(caller, coupleId);
        return views(List.of(visible(membership, noteId)), membership.profileId()).get(0);
    }

    /** The author may delete their note; its commitments stay, no longer linked. */
    @Transactional
    void delete(Callers caller, String coupleId, String noteId) {
        CoupleAccess.Membership membership = access.lockedPartner(caller, coupleId);
        ConversationNote note = visible(membership, noteId);
        if (!note.authorId.equals(membership.profileId())) {
            throw CommitmentProblem.NOT_NOTE_AUTHOR.exception();
        }
        Commitment.update("conversationNoteId = null where conversationNoteId = ?1", note.id);
        note.delete();
    }

    // ---------------------------------------------------------------------------------------------------------------

    private ConversationNote visible(CoupleAccess.Membership membership, String noteId) {
        boolean ended = access.state(membership.coupleId()).status() == CoupleStatus.ENDED;
        return CoupleAccess.parse(noteId).flatMap(id -> ConversationNote.<ConversationNote>findByIdOptional(id))
                .filter(note -> note.coupleId.equals(membership.coupleId())
                        && (!ended || note.authorId.equals(membership.profileId())))
                .orElseThrow(() -> Problems.notFound("This couple has no conversation note with this id that you "
                        + "can see."));
    }

    private List<NoteView> views(List<ConversationNote> notes, UUID reader) {
        if (notes.isEmpty()) {
            return List.of();
        }
        // After the couple ended, a former partner sees only their own commitments here, as everywhere.
        boolean ended = access.state(notes.get(0).coupleId).status() == CoupleStatus.ENDED;
        Map<UUID, List<Commitment>> byNote = Commitment.<Commitment>list(
                "conversationNoteId in ?1 order by createdAt, id", notes.stream().map(note -> note.id).toList())
                .stream().filter(commitment -> !ended || reader.equals(commitment.ownerId))
                .collect(Collectors.groupingBy(commitment -> commitment.conversationNoteId));
        Map<UUID, String> names = people.displayNames(notes.stream().map(note -> note.authorId).distinct().toList());
        return notes.stream().map(note -> new NoteView(note.id,
                new PartnerRef(note.authorId, names.get(note.authorId), note.authorId.equals(reader)),
                intimate.open(note.coupleId, SUMMARY, note.summary), note.heldOn, note.createdAt,
                byNote.getOrDefault(note.id, List.of()).stream()
                        .map(c -> new NoteView.Linked(c.id, intimate.open(c.coupleId, CommitmentService.TITLE, c.title),
                                CommitmentCategory.of(c.category), CommitmentStatus.of(c.status)))
                        .toList()))
                .toList();
    }
}
