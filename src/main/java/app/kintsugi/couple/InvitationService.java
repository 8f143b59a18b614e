package app.kintsugi.couple;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;

import app.kintsugi.platform.KintsugiConfig;
import app.kintsugi.platform.Timestamps;
import app.kintsugi.platform.paging.Keyset;
import app.kintsugi.platform.paging.Page;
import app.kintsugi.platform.paging.PageRequest;
import app.kintsugi.platform.paging.Paging;
import app.kintsugi.platform.problem.Problem.FieldError;
import app.kintsugi.platform.problem.Problems;
import app.kintsugi.platform.security.Callers;
import app.kintsugi.platform.security.SecretCodes;
import app.kintsugi.platform.throttle.AttemptThrottle;
import app.kintsugi.profile.People;

/** Invitations: created and revoked by a partner, accepted once by the person the code was given to. */
@ApplicationScoped
@Transactional
class InvitationService {

    static final String LIST = "invitations";
    static final String THROTTLE = "invitation";
    /** What a paused couple answers to a new invitation; also the documented example. */
    static final String PAUSED_NO_INVITATION = "The couple is paused: nobody new can be invited until it resumes.";

    private final People people;
    private final CoupleAccess access;
    private final CoupleService couples;
    private final Paging paging;
    private final AttemptThrottle throttle;
    private final KintsugiConfig config;

    InvitationService(People people, CoupleAccess access, CoupleService couples, Paging paging,
            AttemptThrottle throttle, KintsugiConfig config) {
        this.people = people;
        this.access = access;
        this.couples = couples;
        this.paging = paging;
        this.throttle = throttle;
        this.config = config;
    }

    InvitationView create(Callers caller, String coupleId) {
        CoupleAccess.Membership membership = access.currentPartner(caller, coupleId);
        CoupleAccess.Members members = access.members(membership);
        if (members.profileIds().size() >= 2) {
            throw CoupleProblem.COUPLE_FULL.exception();
        }
        if (members.status() == CoupleStatus.PAUSED) {
            throw CoupleProblem.COUPLE_PAUSED.exception(PAUSED_NO_INVITATION);
        }
        Instant now = Timestamps.now();
        String code = SecretCodes.generate();
        Invitation invitation = new Invitation();
        invitation.id = UUID.randomUUID();
        invitation.coupleId = membership.coupleId();
        invitation.createdBy = membership.profileId();
        invitation.codeHash = SecretCodes.hash(code).orElseThrow();
        invitation.createdAt = now;
        invitation.expiresAt = now.plus(config.couples().invitationLifetime());
        invitation.persist();
        return view(invitation, now, code);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    InvitationPage list(Callers caller, String coupleId, String limit, String cursor) {
        CoupleAccess.Membership membership = access.partner(caller, coupleId);
        PageRequest request = paging.request(LIST, limit, cursor);
        Keyset keyset = Keyset.newestFirst("coupleId = :couple", Map.of("couple", membership.coupleId()), "createdAt",
                request);
        List<Invitation> fetched = Invitation.find(keyset.query(), keyset.params()).page(0, request.fetchSize()).list();
        Instant now = Timestamps.now();
        Page<InvitationView> page = paging.page(LIST, request, fetched,
                invitation -> Keyset.key(invitation.createdAt, invitation.id))
                .map(invitation -> view(invitation, now, null));
        return new InvitationPage(page.items(), page.nextCursor());
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    InvitationView get(Callers caller, String coupleId, String invitationId) {
        CoupleAccess.Membership membership = access.partner(caller, coupleId);
        return view(find(membership, invitationId), Timestamps.now(), null);
    }

    InvitationView revoke(Callers caller, String coupleId, String invitationId) {
        CoupleAccess.Membership membership = access.currentPartner(caller, coupleId);
        Invitation invitation = find(membership, invitationId);
        Instant now = Timestamps.now();
        switch (invitation.status(now)) {
            case OPEN -> invitation.revokedAt = now;
            case REVOKED -> {
                // already done: revoking twice is harmless
            }
            case ACCEPTED, EXPIRED -> throw CoupleProblem.INVITATION_NOT_OPEN.exception();
        }
        return view(invitation, now, null);
    }

    /**
     * Joins the couple of the invitation. Every refusal leaves everything as it was. A code that matches nothing counts
     * against the caller's budget of failed attempts; past it, even a right code waits (429).
     */
    CoupleView accept(Callers caller, Acceptance acceptance) {
        List<FieldError> errors = new ArrayList<>();
        if (acceptance == null || acceptance.code() == null || acceptance.code().isBlank()) {
            errors.add(new FieldError("/code", "required", "Give the invitation code you received."));
        }
        if (acceptance == null || !Boolean.TRUE.equals(acceptance.consent())) {
            errors.add(new FieldError("/consent", "consent-required",
                    "Joining a couple needs your explicit consent: send consent as true."));
        }
        if (!errors.isEmpty()) {
            throw Problems.validation(errors);
        }
        throttle.check(caller, THROTTLE);
        UUID profileId = people.idOf(caller);
        Optional<Invitation> found = SecretCodes.hash(acceptance.code())
                .flatMap(hash -> Invitation.<Invitation>find("codeHash", hash).firstResultOptional());
        if (found.isEmpty()) {
            throttle.recordFailure(caller, THROTTLE);
            throw Problems.notFound("No invitation has this code. Check it for typos.");
        }
        Invitation invitation = found.get();
        Couple couple = Couple.findById(invitation.coupleId, LockModeType.PESSIMISTIC_WRITE);
        Invitation.getEntityManager().refresh(invitation);
        List<Partner> members = CoupleService.partnersOf(List.of(couple.id)).getOrDefault(couple.id, List.of());
        if (members.stream().anyMatch(partner -> partner.profileId.equals(profileId))) {
            throw CoupleProblem.OWN_INVITATION.exception();
        }
        Instant now = Timestamps.now();
        switch (invitation.status(now)) {
            case ACCEPTED -> throw CoupleProblem.INVITATION_USED.exception();
            case REVOKED -> throw CoupleProblem.INVITATION_REVOKED.exception();
            case EXPIRED -> throw CoupleProblem.INVITATION_EXPIRED.exception();
            case OPEN -> {
                // usable
            }
        }
        if (couple.endedAt != null) {
            throw CoupleProblem.INVITATION_REVOKED.exception();
        }
        if (members.size() >= 2) {
            throw CoupleProblem.COUPLE_FULL.exception();
        }
        CoupleService.refuseSecondCouple(profileId);
        CoupleService.join(couple, profileId, now);
        invitation.acceptedAt = now;
        return couples.view(couple, profileId);
    }

    /** Revokes every open invitation of the couple; answers their ids. */
    static List<UUID> revokeOpen(UUID coupleId, Instant now) {
        List<UUID> revoked = new ArrayList<>();
        for (Invitation invitation : Invitation.<Invitation>list(
                "coupleId = ?1 and revokedAt is null and acceptedAt is null and expiresAt > ?2 order by createdAt",
                coupleId, now)) {
            invitation.revokedAt = now;
            revoked.add(invitation.id);
        }
        return revoked;
    }

    private static Invitation find(CoupleAccess.Membership membership, String invitationId) {
        Optional<UUID> id = CoupleAccess.parse(invitationId);
        Optional<Invitation> found = id.isEmpty()
                ? Optional.empty()
                : Invitation.find("id = ?1 and coupleId = ?2", id.get(), membership.coupleId()).firstResultOptional();
        return found.orElseThrow(() -> Problems.notFound("This couple has no invitation with this id."));
    }

    static InvitationView view(Invitation invitation, Instant now, String code) {
        return new InvitationView(invitation.id, invitation.status(now), code, invitation.createdAt,
                invitation.expiresAt);
    }
}
