package app.kintsugi.couple;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import io.quarkus.narayana.jta.QuarkusTransaction;

import app.kintsugi.counselor.Grants;
import app.kintsugi.platform.Timestamps;
import app.kintsugi.platform.paging.Keyset;
import app.kintsugi.platform.paging.Page;
import app.kintsugi.platform.paging.PageRequest;
import app.kintsugi.platform.paging.Paging;
import app.kintsugi.platform.problem.Problem.FieldError;
import app.kintsugi.platform.problem.Problems;
import app.kintsugi.platform.problem.ShortTexts;
import app.kintsugi.platform.security.Callers;
import app.kintsugi.platform.security.Roles;
import app.kintsugi.profile.People;
import app.kintsugi.reference.TimeZones;

/** Couples and what one partner can do alone: create, pause, resume, leave and stop sharing. */
@ApplicationScoped
@Transactional
class CoupleService {

    static final String LIST = "couples";
    static final String COUNSELOR_LIST = "counselor-couples";
    private static final int NAME_MAX = 60;
    /** Partners in the order they joined. */
    static final Comparator<Partner> JOINED = Comparator.comparing((Partner p) -> p.joinedAt).thenComparing(p -> p.id);

    private final People people;
    private final CoupleAccess access;
    private final Grants grants;
    private final Paging paging;
    private final Departures departures;

    CoupleService(People people, CoupleAccess access, Grants grants, Paging paging, Departures departures) {
        this.people = people;
        this.access = access;
        this.grants = grants;
        this.paging = paging;
        this.departures = departures;
    }

    CoupleView create(Callers caller, NewCouple request) {
        UUID profileId = people.idOf(caller);
        NewCouple body = request == null ? new NewCouple(null, null, null) : request;
        List<FieldError> errors = new ArrayList<>();
        String name = body.name() == null ? null : body.name().strip();
        if (name != null) {
            ShortTexts.problem("/name", "A name", name, NAME_MAX).ifPresent(errors::add);
        }
        String timeZone = body.timeZone() != null ? body.timeZone() : people.timeZoneOf(profileId);
        if (!TimeZones.isSupported(timeZone)) {
            errors.add(new FieldError("/timeZone", "invalid-time-zone",
                    "Use an IANA time zone id such as Europe/Lisbon; see GET /v1/time-zones."));
            timeZone = "UTC";
        }
        LocalDate today = Timestamps.today(ZoneId.of(timeZone));
        LocalDate startsOn = body.programStartsOn() != null ? body.programStartsOn() : today;
        if (startsOn.isBefore(today.minusYears(1)) || startsOn.isAfter(today.plusYears(1))) {
            errors.add(new FieldError("/programStartsOn", "out-of-range",
                    "The program start must be within a year of today."));
        }
        if (!errors.isEmpty()) {
            throw Problems.validation(errors);
        }
        refuseSecondCouple(profileId);

        Instant now = Timestamps.now();
        Couple couple = new Couple();
        couple.id = UUID.randomUUID();
        couple.name = name;
        couple.timeZone = timeZone;
        couple.programStartsOn = startsOn;
        couple.createdAt = now;
        couple.persist();
        join(couple, profileId, now);
        return view(couple, profileId);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    CouplePage list(Callers caller, String limit, String cursor) {
        UUID profileId = people.idOf(caller);
        PageRequest request = paging.request(LIST, limit, cursor);
        Keyset keyset = Keyset.newestFirst("id in (select p.coupleId from Partner p where p.profileId = :me)",
                Map.of("me", profileId), "createdAt", request);
        List<Couple> fetched = Couple.find(keyset.query(), keyset.params()).page(0, request.fetchSize()).list();
        Page<Couple> page = paging.page(LIST, request, fetched,
                couple -> Keyset.key(couple.createdAt, couple.id));
        List<CoupleView> views = views(page.items(), profileId);
        return new CouplePage(views, page.nextCursor());
    }

    /**
     * A partner's read takes one statement and no transaction; anyone else (a counselor, whose read is written to the
     * access log; a caller seen for the first time, whose profile is created; a caller who may not see the couple) goes
     * through {@link CoupleAccess#reader} in a transaction, as every other feature does.
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    CoupleView get(Callers caller, String coupleId) {
        if (caller.roles().contains(Roles.USER)) {
            Optional<CoupleAccess.PartnerRead> read = access.partnerRead(caller, coupleId);
            if (read.isPresent()) {
                CoupleAccess.PartnerRead found = read.get();
                return partnerView(found.couple(), found.partners(), found.names(), found.profileId());
            }
        }
        return QuarkusTransaction.joiningExisting().call(() -> getAsReader(caller, coupleId));
    }

    private CoupleView getAsReader(Callers caller, String coupleId) {
        CoupleAccess.Reader reader = access.reader(caller, coupleId, Optional.empty(), "couple");
        if (reader.isCounselor()) {
            Couple couple = Couple.findById(reader.coupleId());
            return counselorView(couple, reader.grant().orElseThrow());
        }
        return view(reader.membership().get().couple(), reader.profileId());
    }

    CoupleView pause(Callers caller, String coupleId) {
        CoupleAccess.Membership membership = access.currentPartner(caller, coupleId);
        if (membership.partner().pausedAt == null) {
            Instant now = Timestamps.now();
            membership.partner().pausedAt = pauseStart(membership.coupleId(), now);
            PauseSpans.open(membership.coupleId(), now);
        }
        return view(membership.couple(), membership.profileId());
    }

    /**
     * When a new pause counts from: now, or when the couple's current pause began if the other partner already holds
     * one. Features hide what was shared since the couple's pause began; joining a pause must not move that moment
     * forward when the first partner later lifts theirs. The instant is shown to nobody.
     */
    private static Instant pauseStart(UUID coupleId, Instant now) {
        return partnersOf(List.of(coupleId)).getOrDefault(coupleId, List.of()).stream()
                .map(partner -> partner.pausedAt).filter(java.util.Objects::nonNull).min(Instant::compareTo)
                .orElse(now);
    }

    CoupleView resume(Callers caller, String coupleId) {
        CoupleAccess.Membership membership = access.currentPartner(caller, coupleId);
        if (membership.partner().pausedAt == null) {
            throw CoupleProblem.NOT_PAUSED_BY_YOU.exception();
        }
        membership.partner().pausedAt = null;
        Partner.flush();
        PauseSpans.closeIfLifted(membership.coupleId(), Timestamps.now());
        return view(membership.couple(), membership.profileId());
    }

    CoupleView leave(Callers caller, String coupleId) {
        CoupleAccess.Membership membership = access.currentPartner(caller, coupleId);
        Instant now = Timestamps.now();
        Couple couple = membership.couple();
        departures.end(couple, now);
        Partner.getEntityManager().refresh(membership.partner());
        return view(couple, membership.profileId());
    }

    StopSharingResult stopSharing(Callers caller, String coupleId) {
        CoupleAccess.Membership membership = access.lockedPartner(caller, coupleId);
        if (membership.ended()) {
            // Everything a stop would do already happened when the couple ended.
            return new StopSharingResult(List.of(), List.of(), false, false,
                    view(membership.couple(), membership.profileId()));
        }
        Instant now = Timestamps.now();
        Partner partner = membership.partner();
        List<UUID> revokedGrants = grants.withdrawAllConsents(membership.coupleId());
        List<UUID> revokedInvitations = InvitationService.revokeOpen(membership.coupleId(), now);
        boolean paused = partner.pausedAt == null;
        if (paused) {
            partner.pausedAt = pauseStart(membership.coupleId(), now);
            PauseSpans.open(membership.coupleId(), now);
        }
        boolean madePrivate = !partner.privateByDefault;
        partner.privateByDefault = true;
        return new StopSharingResult(revokedGrants, revokedInvitations, paused, madePrivate,
                view(membership.couple(), membership.profileId()));
    }

    CoupleView setSharingDefaults(Callers caller, String coupleId, SharingDefaults defaults) {
        if (defaults == null || defaults.newItemsPrivateByDefault() == null) {
            throw Problems.validation("/newItemsPrivateByDefault", "required", "Send true or false.");
        }
        CoupleAccess.Membership membership = access.currentPartner(caller, coupleId);
        membership.partner().privateByDefault = defaults.newItemsPrivateByDefault();
        return view(membership.couple(), membership.profileId());
    }

    /** Refuses a person who is already in a couple that has not ended. */
    static void refuseSecondCouple(UUID profileId) {
        if (Partner.count("profileId = ?1 and currentMember = true", profileId) > 0) {
            throw CoupleProblem.ALREADY_IN_COUPLE.exception();
        }
    }

    static void join(Couple couple, UUID profileId, Instant now) {
        Partner partner = new Partner();
        partner.id = UUID.randomUUID();
        partner.coupleId = couple.id;
        partner.profileId = profileId;
        partner.joinedAt = now;
        partner.currentMember = true;
        partner.persist();
        try {
            Partner.flush();
        } catch (org.hibernate.exception.ConstraintViolationException e) {
            // Lost a race with another request of the same person: the partial unique index said no. The session is
            // unusable after a failed flush, so answer from the constraint's name rather than query again.
            if ("partner_one_current_couple_uk".equals(e.getConstraintName())) {
                throw CoupleProblem.ALREADY_IN_COUPLE.exception();
            }
            throw e;
        }
    }

    CoupleView view(Couple couple, UUID viewer) {
        return views(List.of(couple), viewer).get(0);
    }

    /** Views of several couples for a partner, in three queries whatever the number of couples. */
    List<CoupleView> views(List<Couple> couples, UUID viewer) {
        Set<UUID> ids = couples.stream().map(couple -> couple.id).collect(Collectors.toSet());
        Map<UUID, List<Partner>> partners = partnersOf(ids);
        Set<UUID> profileIds = new HashSet<>();
        partners.values().forEach(list -> list.forEach(partner -> profileIds.add(partner.profileId)));
        Map<UUID, String> names = people.displayNames(profileIds);
        List<CoupleView> views = new ArrayList<>();
        for (Couple couple : couples) {
            views.add(partnerView(couple, partners.getOrDefault(couple.id, List.of()), names, viewer));
        }
        return views;
    }

    /** A couple as one of its partners sees it, from its partners (in the order they joined) and their names. */
    static CoupleView partnerView(Couple couple, List<Partner> members, Map<UUID, String> names, UUID viewer) {
        Partner me = members.stream().filter(p -> p.profileId.equals(viewer)).findFirst().orElseThrow();
        List<PartnerView> shown = members.stream()
                // After the end, nothing of one former partner reaches the other.
                .filter(p -> couple.endedAt == null || p.profileId.equals(viewer))
                .map(p -> new PartnerView(p.profileId, names.get(p.profileId), p.profileId.equals(viewer)))
                .toList();
        return new CoupleView(couple.id, couple.name, couple.timeZone, couple.programStartsOn,
                status(couple, members), CoupleRole.PARTNER, shown, me.pausedAt != null, me.privateByDefault, null,
                couple.createdAt, couple.endedAt);
    }

    /** The couples of a page of a counselor's grants in force; each counts as a read of the couple's overview. */
    @Transactional
    CouplePage listForCounselor(Callers caller, String limit, String cursor) {
        UUID counselorId = people.idOf(caller);
        PageRequest request = paging.request(COUNSELOR_LIST, limit, cursor);
        Page<Grants.ActiveGrant> page = paging.page(COUNSELOR_LIST, request, grants.activeOf(counselorId, request),
                grant -> Keyset.key(grant.createdAt(), grant.grantId()));
        Map<UUID, Couple> couples = new java.util.HashMap<>();
        if (!page.items().isEmpty()) {
            Couple.<Couple>list("id in ?1", page.items().stream().map(Grants.ActiveGrant::coupleId).toList())
                    .forEach(couple -> couples.put(couple.id, couple));
        }
        List<CoupleView> views = counselorViews(page.items(), couples);
        page.items().forEach(grant -> grants.recordAccess(grant, counselorId, "couple"));
        return new CouplePage(views, page.nextCursor());
    }

    CoupleView counselorView(Couple couple, Grants.ActiveGrant grant) {
        return counselorViews(List.of(grant), Map.of(couple.id, couple)).get(0);
    }

    private List<CoupleView> counselorViews(List<Grants.ActiveGrant> active, Map<UUID, Couple> couples) {
        Map<UUID, List<Partner>> partners = partnersOf(couples.keySet());
        Set<UUID> profileIds = new HashSet<>();
        partners.values().forEach(list -> list.forEach(partner -> profileIds.add(partner.profileId)));
        Map<UUID, String> names = people.displayNames(profileIds);
        List<CoupleView> views = new ArrayList<>();
        for (Grants.ActiveGrant grant : active) {
            Couple couple = couples.get(grant.coupleId());
            List<Partner> members = partners.getOrDefault(couple.id, List.of());
            List<PartnerView> shown = members.stream()
                    .map(p -> new PartnerView(p.profileId, names.get(p.profileId), false))
                    .toList();
            views.add(new CoupleView(couple.id, couple.name, couple.timeZone, couple.programStartsOn,
                    status(couple, members), CoupleRole.COUNSELOR, shown, null, null, grant.scopes(), couple.createdAt,
                    couple.endedAt));
        }
        return views;
    }

    static CoupleStatus status(Couple couple, Collection<Partner> members) {
        if (couple.endedAt != null) {
            return CoupleStatus.ENDED;
        }
        if (members.stream().anyMatch(p -> p.pausedAt != null)) {
            return CoupleStatus.PAUSED;
        }
        return members.size() < 2 ? CoupleStatus.FORMING : CoupleStatus.ACTIVE;
    }

    static Map<UUID, List<Partner>> partnersOf(Collection<UUID> coupleIds) {
        if (coupleIds.isEmpty()) {
            return Map.of();
        }
        return Partner.<Partner>list("coupleId in ?1", coupleIds).stream()
                .sorted(JOINED)
                .collect(Collectors.groupingBy(p -> p.coupleId));
    }
}
