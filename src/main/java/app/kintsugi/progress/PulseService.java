package app.kintsugi.progress;

import java.time.Instant;
import java.time.LocalDate;
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
import app.kintsugi.platform.paging.Page;
import app.kintsugi.platform.paging.PageRequest;
import app.kintsugi.platform.paging.Paging;
import app.kintsugi.platform.problem.Problem.FieldError;
import app.kintsugi.platform.problem.Problems;
import app.kintsugi.platform.problem.ShortTexts;
import app.kintsugi.platform.security.Callers;
import app.kintsugi.profile.People;

/**
 * Pulse check-ins: at most one per partner and local day, changeable that day only. Private unless the author shares it
 * with the partner or a counselor; a share made during a pause reaches them when the pause ends.
 */
@ApplicationScoped
class PulseService {

    static final String NOTE = "pulse_check.note";

    private final CoupleAccess access;
    private final IntimateText intimate;
    private final People people;
    private final Paging paging;

    PulseService(CoupleAccess access, IntimateText intimate, People people, Paging paging) {
        this.access = access;
        this.intimate = intimate;
        this.people = people;
        this.paging = paging;
    }

    record Saved(PulseView view, boolean created) {
    }

    @Transactional
    Saved put(Callers caller, String coupleId, String day, PulseInput body) {
        CoupleAccess.Membership membership = access.currentPartner(caller, coupleId);
        CoupleAccess.State state = access.lockedState(membership.coupleId());
        LocalDate today = state.today();
        if (!"today".equals(day) && !today.toString().equals(day)) {
            throw ProgressProblem.NOT_TODAY
                    .exception("A check-in is made and changed on its own day only (today in the "
                            + "couple's time zone is " + today + "); use today.");
        }
        if (body == null) {
            throw Problems.validation("", "required", "Send the check-in as a JSON object.");
        }
        List<FieldError> errors = new ArrayList<>();
        rating("/safe", body.safe(), errors);
        rating("/trusting", body.trusting(), errors);
        rating("/close", body.close(), errors);
        String note = body.note() == null || body.note().isBlank() ? null : body.note().strip();
        if (note != null) {
            ShortTexts.paragraphs("/note", "A note", note, 280).ifPresent(errors::add);
        }
        if (!errors.isEmpty()) {
            throw Problems.validation(errors);
        }
        Instant now = Timestamps.now();
        PulseCheck pulse = PulseCheck.<PulseCheck>find("coupleId = ?1 and profileId = ?2 and day = ?3",
                membership.coupleId(), membership.profileId(), today).firstResultOptional().orElse(null);
        boolean created = pulse == null;
        if (created) {
            pulse = new PulseCheck();
            pulse.id = UUID.randomUUID();
            pulse.coupleId = membership.coupleId();
            pulse.profileId = membership.profileId();
            pulse.day = today;
            pulse.createdAt = now;
        }
        pulse.safe = body.safe().shortValue();
        pulse.trusting = body.trusting().shortValue();
        pulse.close = body.close().shortValue();
        pulse.note = intimate.seal(pulse.coupleId, NOTE, note);
        pulse.partnerSince = Boolean.TRUE.equals(body.shareWithPartner())
                ? (pulse.partnerSince == null ? now : pulse.partnerSince)
                : null;
        pulse.counselorSince = Boolean.TRUE.equals(body.shareWithCounselor())
                ? (pulse.counselorSince == null ? now : pulse.counselorSince)
                : null;
        pulse.updatedAt = now;
        pulse.persist();
        PulseCheck.flush();
        return new Saved(views(List.of(pulse), membership.profileId()).get(0), created);
    }

    @Transactional
    PulseView.Page list(Callers caller, String coupleId, Optional<LocalDate> from, Optional<LocalDate> to,
            String limit, String cursor) {
        CoupleAccess.Reader reader = access.reader(caller, coupleId, Optional.of(CounselorScope.PROGRESS),
                CounselorScope.PROGRESS.json());
        CoupleAccess.State state = access.state(reader.coupleId());
        Map<String, Object> params = new HashMap<>();
        params.put("couple", reader.coupleId());
        StringBuilder query = new StringBuilder("from PulseCheck p where p.coupleId = :couple");
        if (reader.isCounselor()) {
            query.append(" and p.counselorSince < :cutoff");
            params.put("cutoff", state.shareCutoff());
        } else if (state.status() == CoupleStatus.ENDED) {
            query.append(" and p.profileId = :me");
            params.put("me", reader.profileId());
        } else {
            query.append(" and (p.profileId = :me or p.partnerSince < :cutoff)");
            params.put("me", reader.profileId());
            params.put("cutoff", state.shareCutoff());
        }
        from.ifPresent(day -> {
            query.append(" and p.day >= :from");
            params.put("from", day);
        });
        to.ifPresent(day -> {
            query.append(" and p.day <= :to");
            params.put("to", day);
        });
        PageRequest request = paging.request("pulses", limit, cursor);
        if (request.after().isPresent()) {
            query.append(" and (p.day < :afterDay or (p.day = :afterDay and p.id < :afterId))");
            params.put("afterDay", LocalDate.parse(request.after().get().get(0)));
            params.put("afterId", UUID.fromString(request.after().get().get(1)));
        }
        query.append(" order by p.day desc, p.id desc");
        List<PulseCheck> rows = PulseCheck.<PulseCheck>find(query.toString(), params).page(0, request.fetchSize())
                .list();
        Page<PulseCheck> page = paging.page("pulses", request, rows,
                pulse -> List.of(pulse.day.toString(), pulse.id.toString()));
        return new PulseView.Page(views(page.items(), reader.profileId()), page.nextCursor());
    }

    // ---------------------------------------------------------------------------------------------------------------

    private List<PulseView> views(List<PulseCheck> pulses, UUID reader) {
        Map<UUID, String> names = people
                .displayNames(pulses.stream().map(pulse -> pulse.profileId).distinct().toList());
        return pulses.stream().map(pulse -> {
            boolean yours = pulse.profileId.equals(reader);
            return new PulseView(pulse.id, pulse.profileId, names.get(pulse.profileId), yours, pulse.day, pulse.safe,
                    pulse.trusting, pulse.close, intimate.open(pulse.coupleId, NOTE, pulse.note),
                    yours ? pulse.partnerSince != null : null, yours ? pulse.counselorSince != null : null,
                    pulse.updatedAt);
        }).toList();
    }

    private static void rating(String field, Integer value, List<FieldError> errors) {
        if (value == null) {
            errors.add(new FieldError(field, "required", field.substring(1) + " is required: 1 to 10."));
        } else if (value < 1 || value > 10) {
            errors.add(new FieldError(field, "out-of-range", field.substring(1) + " is a whole number from 1 to 10."));
        }
    }
}
