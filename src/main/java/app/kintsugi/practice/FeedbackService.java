package app.kintsugi.practice;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import app.kintsugi.counselor.CounselorScope;
import app.kintsugi.couple.CoupleAccess;
import app.kintsugi.couple.CoupleStatus;
import app.kintsugi.platform.Timestamps;
import app.kintsugi.platform.crypto.IntimateText;
import app.kintsugi.platform.paging.Keyset;
import app.kintsugi.platform.paging.Page;
import app.kintsugi.platform.paging.PageRequest;
import app.kintsugi.platform.paging.Paging;
import app.kintsugi.platform.problem.Problem.FieldError;
import app.kintsugi.platform.problem.Problems;
import app.kintsugi.platform.problem.ShortTexts;
import app.kintsugi.platform.security.Callers;
import app.kintsugi.profile.People;

/**
 * Each partner's feedback on a session. It is its author's alone unless they share it, with the partner, with a
 * counselor, or both; the note is sealed under the couple's data key. A share made while the couple is paused reaches
 * nobody until the pause ends, and after a couple ends each former partner sees only their own.
 */
@ApplicationScoped
class FeedbackService {

    static final String NOTE = "session_feedback.note";
    private static final int MAX_NOTE = 1000;

    private final CoupleAccess access;
    private final IntimateText intimate;
    private final People people;
    private final Paging paging;

    FeedbackService(CoupleAccess access, IntimateText intimate, People people, Paging paging) {
        this.access = access;
        this.intimate = intimate;
        this.people = people;
        this.paging = paging;
    }

    /** The feedback and whether this call created it (201) rather than replaced it (200). */
    record Saved(FeedbackView view, boolean created) {
    }

    @Transactional
    Saved save(Callers caller, String coupleId, String sessionId, FeedbackInput input) {
        CoupleAccess.Membership membership = access.currentPartner(caller, coupleId);
        PracticeSession session = SessionService.find(membership.coupleId(), sessionId);
        check(input);
        SessionStatus status = session.lifecycle();
        if (status != SessionStatus.COMPLETED && status != SessionStatus.STOPPED) {
            throw PracticeProblem.SESSION_NOT_ENDED.exception();
        }
        Instant now = Timestamps.now();
        Optional<SessionFeedback> existing = SessionFeedback
                .find("sessionId = ?1 and authorId = ?2", session.id, membership.profileId()).firstResultOptional();
        SessionFeedback feedback = existing.orElseGet(() -> {
            SessionFeedback fresh = new SessionFeedback();
            fresh.id = UUID.randomUUID();
            fresh.sessionId = session.id;
            fresh.authorId = membership.profileId();
            fresh.coupleId = membership.coupleId();
            fresh.createdAt = now;
            return fresh;
        });
        boolean toPartner = Boolean.TRUE.equals(input.shareWithPartner());
        boolean toCounselor = Boolean.TRUE.equals(input.shareWithCounselor());
        // Every save of shared feedback is new to its readers: while the couple is paused it waits, like a new share.
        feedback.sharedAt = toPartner || toCounselor ? now : null;
        feedback.feltSafe = input.feltSafe().shortValue();
        feedback.feltClose = input.feltClose().shortValue();
        feedback.tooMuch = input.tooMuch();
        feedback.note = blank(input.note())
                ? null
                : intimate.seal(membership.coupleId(), NOTE, input.note().strip());
        feedback.sharedWithPartner = toPartner;
        feedback.sharedWithCounselor = toCounselor;
        feedback.updatedAt = now;
        if (existing.isEmpty()) {
            feedback.persist();
        }
        String name = people.displayNames(List.of(feedback.authorId)).get(feedback.authorId);
        return new Saved(view(feedback, name, membership.profileId(), false), existing.isEmpty());
    }

    private static boolean blank(String note) {
        return note == null || note.isBlank();
    }

    private static void check(FeedbackInput input) {
        if (input == null) {
            throw Problems.validation("", "required", "Send the feedback as a JSON object.");
        }
        List<FieldError> errors = new ArrayList<>();
        scale("/feltSafe", "feltSafe", input.feltSafe(), errors);
        scale("/feltClose", "feltClose", input.feltClose(), errors);
        if (input.tooMuch() == null) {
            errors.add(new FieldError("/tooMuch", "required", "Send true or false."));
        }
        if (!blank(input.note())) {
            ShortTexts.paragraphs("/note", "A note", input.note().strip(), MAX_NOTE).ifPresent(errors::add);
        }
        if (!errors.isEmpty()) {
            throw Problems.validation(errors);
        }
    }

    private static void scale(String field, String name, Integer value, List<FieldError> errors) {
        if (value == null || value < 1 || value > 5) {
            errors.add(new FieldError(field, "out-of-range", name + " is a whole number from 1 to 5."));
        }
    }

    /**
     * The feedback on a session the caller may read: a partner their own and what the other shared with them, a
     * counselor with the sessions scope what either shared with a counselor.
     */
    @Transactional
    FeedbackPage list(Callers caller, String coupleId, String sessionId, String limit, String cursor) {
        CoupleAccess.Reader reader = access.reader(caller, coupleId, Optional.of(CounselorScope.SESSIONS),
                CounselorScope.SESSIONS.json());
        PracticeSession session = SessionService.find(reader.coupleId(), sessionId);
        CoupleAccess.State state = access.state(reader.coupleId());
        Map<String, Object> params = new HashMap<>();
        params.put("session", session.id);
        params.put("me", reader.profileId());
        String shared = "(sharedAt is not null and sharedAt < :shareCutoff)";
        params.put("shareCutoff", state.shareCutoff());
        String filter;
        if (reader.isCounselor()) {
            filter = "sessionId = :session and sharedWithCounselor = true and " + shared;
            params.remove("me");
        } else if (state.status() == CoupleStatus.ENDED) {
            filter = "sessionId = :session and authorId = :me";
            params.remove("shareCutoff");
        } else {
            filter = "sessionId = :session and (authorId = :me or (sharedWithPartner = true and " + shared + "))";
        }
        PageRequest request = paging.request("session-feedback", limit, cursor);
        Keyset keyset = Keyset.newestFirst(filter, params, "createdAt", request);
        List<SessionFeedback> rows = SessionFeedback.<SessionFeedback>find(keyset.query(), keyset.params())
                .page(0, request.fetchSize()).list();
        Page<SessionFeedback> page = paging.page("session-feedback", request, rows,
                feedback -> Keyset.key(feedback.createdAt, feedback.id));
        Map<UUID, String> names = people.displayNames(page.items().stream().map(f -> f.authorId).distinct().toList());
        return new FeedbackPage(
                page.items().stream().map(f -> view(f, names.get(f.authorId), reader.profileId(), reader.isCounselor()))
                        .toList(),
                page.nextCursor());
    }

    private FeedbackView view(SessionFeedback feedback, String authorName, UUID reader, boolean counselor) {
        boolean yours = feedback.authorId.equals(reader);
        // A reader other than the author learns only that it was shared with them, not whom else it reached.
        Boolean withPartner = yours || !counselor ? feedback.sharedWithPartner : null;
        Boolean withCounselor = yours || counselor ? feedback.sharedWithCounselor : null;
        return new FeedbackView(feedback.id, feedback.sessionId, feedback.authorId, authorName, yours,
                feedback.feltSafe, feedback.feltClose, feedback.tooMuch,
                intimate.open(feedback.coupleId, NOTE, feedback.note), withPartner, withCounselor,
                feedback.createdAt, feedback.updatedAt);
    }
}
