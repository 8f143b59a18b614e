package app.kintsugi.jar;

import java.text.Normalizer;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import app.kintsugi.couple.CoupleAccess;
import app.kintsugi.couple.CoupleProblem;
import app.kintsugi.couple.CoupleStatus;
import app.kintsugi.platform.Timestamps;
import app.kintsugi.platform.crypto.IntimateText;
import app.kintsugi.platform.paging.Keyset;
import app.kintsugi.platform.paging.Page;
import app.kintsugi.platform.paging.PageRequest;
import app.kintsugi.platform.paging.Paging;
import app.kintsugi.platform.problem.Problem.FieldError;
import app.kintsugi.platform.problem.ProblemException;
import app.kintsugi.platform.problem.Problems;
import app.kintsugi.platform.problem.ShortTexts;
import app.kintsugi.platform.security.Callers;
import app.kintsugi.profile.People;

/**
 * The "trust me" jar: slips both partners put in, and each partner's slip for the day. A partner draws at most one slip
 * per day of the couple's calendar; the same day always answers the same slip, and no slip comes back for that partner
 * before every slip in the jar was drawn once in the current cycle. A drawn act marked done on its day is what the
 * trust tracker counts as an act of repair.
 */
@ApplicationScoped
class JarService {

    static final String TEXT = "jar_slip.text";
    static final int MAX_TEXT = 120;
    static final int MAX_SLIPS = 100;
    /** The jar's own words for the couple-state conflicts, sent and documented alike. */
    static final String PAUSED = "The couple is paused: the jar rests until the pause ends.";
    static final String FORMING = "Slips are drawn once your partner has joined the couple.";
    private static final UUID NONE = new UUID(0, 0);

    private final CoupleAccess access;
    private final IntimateText intimate;
    private final People people;
    private final Paging paging;

    JarService(CoupleAccess access, IntimateText intimate, People people, Paging paging) {
        this.access = access;
        this.intimate = intimate;
        this.people = people;
        this.paging = paging;
    }

    // ---------------------------------------------------------------------------------------------------------------
    // Slips

    /** Either partner puts a slip in the jar; also while the couple is forming, so the first can fill it early. */
    @Transactional
    JarSlipView add(Callers caller, String coupleId, NewJarSlip body) {
        CoupleAccess.Membership membership = access.currentPartner(caller, coupleId);
        CoupleAccess.State state = access.lockedState(membership.coupleId());
        if (body == null) {
            throw Problems.validation("", "required", "Send the slip as a JSON object.");
        }
        String text = body.text() == null ? "" : Normalizer.normalize(body.text().strip(), Normalizer.Form.NFC);
        Optional<FieldError> error = ShortTexts.problem("/text", "A slip", text, MAX_TEXT);
        if (error.isPresent()) {
            throw Problems.validation(List.of(error.get()));
        }
        if (state.status() == CoupleStatus.PAUSED) {
            throw CoupleProblem.COUPLE_PAUSED.exception(PAUSED);
        }
        if (JarSlip.count("coupleId = ?1 and retiredAt is null", membership.coupleId()) >= MAX_SLIPS) {
            throw JarProblem.JAR_FULL.exception();
        }
        JarSlip slip = new JarSlip();
        slip.id = UUID.randomUUID();
        slip.coupleId = membership.coupleId();
        slip.authorId = membership.profileId();
        slip.text = intimate.seal(slip.coupleId, TEXT, text);
        slip.createdAt = Timestamps.now();
        slip.persist();
        JarSlip.flush();
        return slipViews(List.of(slip), membership).get(0);
    }

    /** The slips in the jar, newest first; after the couple ended, a former partner sees only their own. */
    @Transactional
    JarSlipPage slips(Callers caller, String coupleId, String limit, String cursor) {
        CoupleAccess.Membership membership = access.partner(caller, coupleId);
        Map<String, Object> params = new HashMap<>();
        params.put("couple", membership.coupleId());
        String filter = "coupleId = :couple and retiredAt is null";
        if (membership.ended()) {
            filter += " and authorId = :me";
            params.put("me", membership.profileId());
        }
        PageRequest request = paging.request("jar-slips", limit, cursor);
        Keyset keyset = Keyset.newestFirst(filter, params, "createdAt", request);
        List<JarSlip> rows = JarSlip.<JarSlip>find(keyset.query(), keyset.params()).page(0, request.fetchSize())
                .list();
        Page<JarSlip> page = paging.page("jar-slips", request, rows, slip -> Keyset.key(slip.createdAt, slip.id));
        return new JarSlipPage(slipViews(page.items(), membership), page.nextCursor());
    }

    @Transactional
    JarSlipView slip(Callers caller, String coupleId, String slipId) {
        CoupleAccess.Membership membership = access.partner(caller, coupleId);
        return slipViews(List.of(visible(membership, slipId)), membership).get(0);
    }

    /**
     * The author takes a slip out of the jar, at any time, even after the couple ended. Its text goes at once; the row
     * stays so that past draws keep their day and done mark.
     */
    @Transactional
    void remove(Callers caller, String coupleId, String slipId) {
        CoupleAccess.Membership membership = access.lockedPartner(caller, coupleId);
        JarSlip slip = visible(membership, slipId);
        if (!slip.authorId.equals(membership.profileId())) {
            throw JarProblem.NOT_AUTHOR.exception();
        }
        slip.retiredAt = Timestamps.now();
        slip.text = null;
    }

    // ---------------------------------------------------------------------------------------------------------------
    // Draws

    /**
     * The caller's slip for today in the couple's time zone: drawn now if there is none yet, otherwise the one already
     * drawn. Only if the slip drawn today was removed before the act was done is another one drawn in its place.
     */
    @Transactional
    JarDrawView draw(Callers caller, String coupleId) {
        CoupleAccess.Membership membership = access.currentPartner(caller, coupleId);
        CoupleAccess.State state = access.lockedState(membership.coupleId());
        requireOpen(state);
        Optional<JarDraw> existing = drawOn(membership, state.today());
        if (existing.isPresent()) {
            JarDraw draw = existing.get();
            JarSlip slip = JarSlip.findById(draw.slipId);
            if (!slip.removed() || draw.doneAt != null) {
                return drawView(draw, slip, membership);
            }
            Optional<Pick> replacement = pick(membership, draw.id);
            if (replacement.isEmpty()) {
                return drawView(draw, slip, membership);
            }
            draw.slipId = replacement.get().slip().id;
            draw.cycleNumber = replacement.get().cycle();
            draw.drawnAt = Timestamps.now();
            return drawView(draw, replacement.get().slip(), membership);
        }
        Pick pick = pick(membership, NONE).orElseThrow(() -> JarProblem.JAR_EMPTY.exception());
        JarDraw draw = new JarDraw();
        draw.id = UUID.randomUUID();
        draw.coupleId = membership.coupleId();
        draw.profileId = membership.profileId();
        draw.slipId = pick.slip().id;
        draw.drawnOn = state.today();
        draw.cycleNumber = pick.cycle();
        draw.drawnAt = Timestamps.now();
        draw.persist();
        return drawView(draw, pick.slip(), membership);
    }

    /** Marks today's drawn act done; marking it again changes nothing. Only today's draw can be marked. */
    @Transactional
    JarDrawView markDone(Callers caller, String coupleId) {
        CoupleAccess.Membership membership = access.currentPartner(caller, coupleId);
        CoupleAccess.State state = access.lockedState(membership.coupleId());
        requireOpen(state);
        JarDraw draw = drawOn(membership, state.today()).orElseThrow(() -> JarProblem.NOTHING_DRAWN.exception());
        if (draw.doneAt == null) {
            draw.doneAt = Timestamps.now();
        }
        return drawView(draw, JarSlip.findById(draw.slipId), membership);
    }

    /** Takes back today's done mark; when there is none, nothing changes. */
    @Transactional
    void undoDone(Callers caller, String coupleId) {
        CoupleAccess.Membership membership = access.currentPartner(caller, coupleId);
        CoupleAccess.State state = access.lockedState(membership.coupleId());
        requireOpen(state);
        drawOn(membership, state.today()).ifPresent(draw -> draw.doneAt = null);
    }

    /** The caller's own draws, newest day first. The partner's draws are never shown. */
    @Transactional
    JarDrawPage draws(Callers caller, String coupleId, String limit, String cursor) {
        CoupleAccess.Membership membership = access.partner(caller, coupleId);
        PageRequest request = paging.request("my-jar-draws", limit, cursor);
        StringBuilder query = new StringBuilder("coupleId = :couple and profileId = :me");
        Map<String, Object> params = new HashMap<>();
        params.put("couple", membership.coupleId());
        params.put("me", membership.profileId());
        if (request.after().isPresent()) {
            query.append(" and (drawnOn < :afterDay or (drawnOn = :afterDay and id < :afterId))");
            params.put("afterDay", LocalDate.parse(request.after().get().get(0)));
            params.put("afterId", UUID.fromString(request.after().get().get(1)));
        }
        query.append(" order by drawnOn desc, id desc");
        List<JarDraw> rows = JarDraw.<JarDraw>find(query.toString(), params).page(0, request.fetchSize()).list();
        Page<JarDraw> page = paging.page("my-jar-draws", request, rows,
                draw -> List.of(draw.drawnOn.toString(), draw.id.toString()));
        List<UUID> slipIds = page.items().stream().map(draw -> draw.slipId).distinct().toList();
        Map<UUID, JarSlip> slips = slipIds.isEmpty()
                ? Map.of()
                : JarSlip.<JarSlip>list("id in ?1", slipIds).stream()
                        .collect(Collectors.toMap(slip -> slip.id, Function.identity()));
        return new JarDrawPage(page.items().stream()
                .map(draw -> drawView(draw, slips.get(draw.slipId), membership)).toList(), page.nextCursor());
    }

    // ---------------------------------------------------------------------------------------------------------------

    /** A slip chosen for a draw, with the cycle the draw belongs to. */
    private record Pick(JarSlip slip, int cycle) {
    }

    /**
     * Chooses at random among the slips in the jar that the partner has not drawn in their current cycle. When every
     * slip was drawn, a new cycle starts with all of them, except the one drawn last if there is another, so that no
     * act comes up two days running. Empty when the jar holds no slip.
     *
     * @param replacing
     *            a draw being replaced, left out of the partner's history; {@link #NONE} for a new draw
     */
    private Optional<Pick> pick(CoupleAccess.Membership membership, UUID replacing) {
        List<JarSlip> inJar = JarSlip.list("coupleId = ?1 and retiredAt is null order by createdAt, id",
                membership.coupleId());
        if (inJar.isEmpty()) {
            return Optional.empty();
        }
        EntityManager em = JarDraw.getEntityManager();
        String mine = " from JarDraw d where d.coupleId = :couple and d.profileId = :me and d.id <> :replacing";
        Integer latest = em.createQuery("select max(d.cycleNumber)" + mine, Integer.class)
                .setParameter("couple", membership.coupleId()).setParameter("me", membership.profileId())
                .setParameter("replacing", replacing).getSingleResult();
        int current = latest == null ? 0 : latest;
        List<UUID> drawn = em.createQuery("select d.slipId" + mine + " and d.cycleNumber = :cycle", UUID.class)
                .setParameter("couple", membership.coupleId()).setParameter("me", membership.profileId())
                .setParameter("replacing", replacing).setParameter("cycle", current).getResultList();
        List<JarSlip> candidates = inJar.stream().filter(slip -> !drawn.contains(slip.id)).toList();
        int cycle = Math.max(current, 1);
        if (candidates.isEmpty()) {
            cycle = current + 1;
            Optional<UUID> last = em.createQuery("select d.slipId" + mine + " order by d.drawnOn desc", UUID.class)
                    .setParameter("couple", membership.coupleId()).setParameter("me", membership.profileId())
                    .setParameter("replacing", replacing).setMaxResults(1).getResultStream().findFirst();
            candidates = inJar.size() > 1
                    ? inJar.stream().filter(slip -> last.map(id -> !id.equals(slip.id)).orElse(true)).toList()
                    : inJar;
        }
        return Optional.of(new Pick(candidates.get(ThreadLocalRandom.current().nextInt(candidates.size())), cycle));
    }

    /** Nothing is drawn or marked while the couple is paused or still waiting for the second partner. */
    private static void requireOpen(CoupleAccess.State state) {
        if (state.status() == CoupleStatus.PAUSED) {
            throw CoupleProblem.COUPLE_PAUSED.exception(PAUSED);
        }
        if (state.status() == CoupleStatus.FORMING) {
            throw CoupleProblem.COUPLE_FORMING.exception(FORMING);
        }
    }

    private static Optional<JarDraw> drawOn(CoupleAccess.Membership membership, LocalDate day) {
        return JarDraw.find("coupleId = ?1 and profileId = ?2 and drawnOn = ?3", membership.coupleId(),
                membership.profileId(), day).firstResultOptional();
    }

    /** A slip in the jar the caller may see, or 404: removed slips, and the partner's after the couple ended. */
    private static JarSlip visible(CoupleAccess.Membership membership, String slipId) {
        return CoupleAccess.parse(slipId)
                .flatMap(id -> JarSlip.find("id = ?1 and coupleId = ?2 and retiredAt is null", id,
                        membership.coupleId()).<JarSlip>firstResultOptional())
                .filter(slip -> !membership.ended() || slip.authorId.equals(membership.profileId()))
                .orElseThrow(JarService::notFound);
    }

    private List<JarSlipView> slipViews(List<JarSlip> slips, CoupleAccess.Membership membership) {
        Map<UUID, String> names = people.displayNames(slips.stream().map(slip -> slip.authorId).distinct().toList());
        return slips.stream()
                .map(slip -> new JarSlipView(slip.id, slip.authorId, names.get(slip.authorId),
                        slip.authorId.equals(membership.profileId()), intimate.open(slip.coupleId, TEXT, slip.text),
                        slip.createdAt))
                .toList();
    }

    private JarDrawView drawView(JarDraw draw, JarSlip slip, CoupleAccess.Membership membership) {
        boolean readable = !slip.removed()
                && (!membership.ended() || slip.authorId.equals(membership.profileId()));
        Instant doneAt = draw.doneAt;
        return new JarDrawView(draw.drawnOn, draw.cycleNumber, draw.slipId,
                readable ? intimate.open(slip.coupleId, TEXT, slip.text) : null, slip.removed(), draw.drawnAt,
                doneAt != null, doneAt);
    }

    static ProblemException notFound() {
        return Problems.notFound("This couple has no slip in its jar with this id that you can see.");
    }
}
