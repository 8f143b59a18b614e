package app.kintsugi.counselor;

import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import app.kintsugi.couple.CoupleAccess;
import app.kintsugi.couple.CoupleProblem;
import app.kintsugi.couple.CoupleStatus;
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

/** Counselor links, grants with both partners' consent, and the access log partners read. */
@ApplicationScoped
@Transactional
class CounselorService {

    static final String LINKS = "counselor-links";
    static final String GRANTS = "counselor-grants";
    static final String ACCESS_LOG = "access-log";
    static final String THROTTLE = "counselor-link";
    /** What a couple still forming answers to a counselor's code; also the documented example. */
    static final String FORMING_NO_COUNSELOR = "A counselor can join only once both partners are in the couple.";
    /** What a paused couple answers to a counselor's code or a consent; also the documented example. */
    static final String PAUSED_NO_COUNSELOR = "The couple is paused: no new counselor can be given access until it "
            + "resumes.";

    private final People people;
    private final CoupleAccess access;
    private final Paging paging;
    private final AttemptThrottle throttle;
    private final KintsugiConfig.Counselors config;

    CounselorService(People people, CoupleAccess access, Paging paging, AttemptThrottle throttle,
            KintsugiConfig config) {
        this.people = people;
        this.access = access;
        this.paging = paging;
        this.throttle = throttle;
        this.config = config.counselors();
    }

    // --- Links, for counselors ---------------------------------------------------------------------------------

    CounselorLinkView createLink(Callers caller) {
        Instant now = Timestamps.now();
        String code = SecretCodes.generate();
        CounselorLink link = new CounselorLink();
        link.id = UUID.randomUUID();
        link.counselorId = people.idOf(caller);
        link.codeHash = SecretCodes.hash(code).orElseThrow();
        link.createdAt = now;
        link.expiresAt = now.plus(config.linkLifetime());
        link.persist();
        return linkView(link, now, code);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    CounselorLinkPage links(Callers caller, String limit, String cursor) {
        PageRequest request = paging.request(LINKS, limit, cursor);
        Keyset keyset = Keyset.newestFirst("counselorId = :owner", Map.of("owner", people.idOf(caller)), "createdAt",
                request);
        List<CounselorLink> fetched = CounselorLink.find(keyset.query(), keyset.params())
                .page(0, request.fetchSize()).list();
        Instant now = Timestamps.now();
        Page<CounselorLinkView> page = paging.page(LINKS, request, fetched,
                link -> Keyset.key(link.createdAt, link.id))
                .map(link -> linkView(link, now, null));
        return new CounselorLinkPage(page.items(), page.nextCursor());
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    CounselorLinkView link(Callers caller, String linkId) {
        return linkView(ownLink(caller, linkId), Timestamps.now(), null);
    }

    CounselorLinkView revokeLink(Callers caller, String linkId) {
        CounselorLink link = ownLink(caller, linkId);
        Instant now = Timestamps.now();
        switch (link.status(now)) {
            case OPEN -> link.revokedAt = now;
            case REVOKED -> {
                // revoking twice is harmless
            }
            case USED, EXPIRED -> throw CounselorProblem.LINK_NOT_OPEN.exception();
        }
        return linkView(link, now, null);
    }

    // --- Grants, for partners ----------------------------------------------------------------------------------

    GrantView submit(Callers caller, String coupleId, GrantRequest request) {
        CoupleAccess.Membership membership = access.currentPartner(caller, coupleId);
        Instant now = Timestamps.now();
        List<FieldError> errors = new ArrayList<>();
        if (request == null || request.code() == null || request.code().isBlank()) {
            errors.add(new FieldError("/code", "required", "Give the code the counselor gave you."));
        }
        if (request == null || request.scopes() == null || request.scopes().isEmpty()) {
            errors.add(new FieldError("/scopes", "required", "Offer at least one scope."));
        }
        Instant expiresAt = request == null || request.expiresAt() == null
                ? now.plus(config.grantLifetime())
                : request.expiresAt();
        if (!expiresAt.isAfter(now) || expiresAt.isAfter(now.plus(config.grantMaxLifetime()))) {
            errors.add(new FieldError("/expiresAt", "out-of-range", "The expiry must be in the future and at most "
                    + config.grantMaxLifetime().toDays() + " days away."));
        }
        if (!errors.isEmpty()) {
            throw Problems.validation(errors);
        }
        throttle.check(caller, THROTTLE);
        Optional<CounselorLink> found = SecretCodes.hash(request.code())
                .flatMap(hash -> CounselorLink.find("codeHash", hash).firstResultOptional());
        if (found.isEmpty()) {
            throttle.recordFailure(caller, THROTTLE);
            throw Problems.notFound("No counselor link has this code. Check it for typos.");
        }
        CounselorLink link = found.get();
        switch (link.status(now)) {
            case USED -> throw CounselorProblem.LINK_USED.exception();
            case REVOKED -> throw CounselorProblem.LINK_REVOKED.exception();
            case EXPIRED -> throw CounselorProblem.LINK_EXPIRED.exception();
            case OPEN -> {
                // usable
            }
        }
        CoupleAccess.Members members = access.members(membership);
        CoupleStatus status = members.status();
        if (status == CoupleStatus.FORMING) {
            throw CoupleProblem.COUPLE_FORMING.exception(FORMING_NO_COUNSELOR);
        }
        if (status == CoupleStatus.PAUSED) {
            throw CoupleProblem.COUPLE_PAUSED.exception(PAUSED_NO_COUNSELOR);
        }
        if (members.profileIds().contains(link.counselorId)) {
            throw CounselorProblem.COUNSELOR_IS_PARTNER.exception();
        }
        if (CounselorGrant.count("coupleId = ?1 and counselorId = ?2 and revokedAt is null and expiresAt > ?3",
                membership.coupleId(), link.counselorId, now) > 0) {
            throw CounselorProblem.COUNSELOR_ALREADY_LINKED.exception();
        }
        link.usedAt = now;
        CounselorGrant grant = new CounselorGrant();
        grant.id = UUID.randomUUID();
        grant.coupleId = membership.coupleId();
        grant.counselorId = link.counselorId;
        grant.linkId = link.id;
        grant.requestedBy = membership.profileId();
        grant.createdAt = now;
        grant.expiresAt = expiresAt;
        grant.persist();
        consent(grant, membership.profileId(), request.scopes(), now);
        return grantViews(List.of(grant), membership.profileId()).get(0);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    GrantPage grants(Callers caller, String coupleId, String limit, String cursor) {
        CoupleAccess.Membership membership = access.partner(caller, coupleId);
        PageRequest request = paging.request(GRANTS, limit, cursor);
        Keyset keyset = Keyset.newestFirst("coupleId = :couple", Map.of("couple", membership.coupleId()), "createdAt",
                request);
        List<CounselorGrant> fetched = CounselorGrant.find(keyset.query(), keyset.params())
                .page(0, request.fetchSize()).list();
        Page<CounselorGrant> page = paging.page(GRANTS, request, fetched,
                grant -> Keyset.key(grant.createdAt, grant.id));
        return new GrantPage(grantViews(page.items(), membership.profileId()), page.nextCursor());
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    GrantView grant(Callers caller, String coupleId, String grantId) {
        CoupleAccess.Membership membership = access.partner(caller, coupleId);
        return grantViews(List.of(grantOf(membership, grantId)), membership.profileId()).get(0);
    }

    GrantView consent(Callers caller, String coupleId, String grantId, ConsentRequest request) {
        CoupleAccess.Membership membership = access.currentPartner(caller, coupleId);
        CounselorGrant grant = grantOf(membership, grantId);
        Instant now = Timestamps.now();
        Map<UUID, Set<CounselorScope>> consents = Grants.consentsOf(List.of(grant.id))
                .getOrDefault(grant.id, Map.of());
        if (consents.containsKey(membership.profileId())) {
            throw CounselorProblem.ALREADY_CONSENTED.exception();
        }
        if (status(grant, consents, now) != GrantStatus.AWAITING_CONSENT) {
            throw CounselorProblem.GRANT_NOT_AWAITING_CONSENT.exception();
        }
        if (access.members(membership).status() == CoupleStatus.PAUSED) {
            throw CoupleProblem.COUPLE_PAUSED.exception(PAUSED_NO_COUNSELOR);
        }
        if (request == null || request.scopes() == null || request.scopes().isEmpty()) {
            throw Problems.validation("/scopes", "required", "Agree to at least one of the offered scopes.");
        }
        Set<CounselorScope> offered = consents.getOrDefault(grant.requestedBy, Set.of());
        List<FieldError> errors = new ArrayList<>();
        int index = 0;
        for (CounselorScope scope : request.scopes()) {
            if (!offered.contains(scope)) {
                errors.add(new FieldError("/scopes/" + index, "scope-not-offered",
                        "Only scopes the other partner offered can be agreed to."));
            }
            index++;
        }
        if (!errors.isEmpty()) {
            throw Problems.validation(errors);
        }
        consent(grant, membership.profileId(), request.scopes(), now);
        return grantViews(List.of(grant), membership.profileId()).get(0);
    }

    GrantView revoke(Callers caller, String coupleId, String grantId) {
        CoupleAccess.Membership membership = access.partner(caller, coupleId);
        CounselorGrant grant = grantOf(membership, grantId);
        if (grant.revokedAt == null && grant.expiresAt.isAfter(Timestamps.now())) {
            grant.revokedAt = Timestamps.now();
        }
        return grantViews(List.of(grant), membership.profileId()).get(0);
    }

    // --- Access log, for partners ------------------------------------------------------------------------------

    @Transactional(Transactional.TxType.SUPPORTS)
    AccessLogPage accessLog(Callers caller, String coupleId, String limit, String cursor) {
        CoupleAccess.Membership membership = access.partner(caller, coupleId);
        PageRequest request = paging.request(ACCESS_LOG, limit, cursor);
        Keyset keyset = Keyset.newestFirst("coupleId = :couple", Map.of("couple", membership.coupleId()),
                "accessedAt", request);
        List<CounselorAccess> fetched = CounselorAccess.find(keyset.query(), keyset.params())
                .page(0, request.fetchSize()).list();
        Page<CounselorAccess> page = paging.page(ACCESS_LOG, request, fetched,
                entry -> Keyset.key(entry.accessedAt, entry.id));
        Map<UUID, String> names = people.displayNames(
                page.items().stream().map(entry -> entry.counselorId).collect(java.util.stream.Collectors.toSet()));
        List<AccessLogEntry> items = page.items().stream()
                .map(entry -> new AccessLogEntry(entry.id, new PersonView(entry.counselorId,
                        names.get(entry.counselorId)), entry.grantId, DataKind.of(entry.dataKind), entry.accessedAt))
                .toList();
        return new AccessLogPage(items, page.nextCursor());
    }

    // --- Helpers -----------------------------------------------------------------------------------------------

    private CounselorLink ownLink(Callers caller, String linkId) {
        UUID counselorId = people.idOf(caller);
        Optional<UUID> id = CoupleAccess.parse(linkId);
        Optional<CounselorLink> link = id.isEmpty()
                ? Optional.empty()
                : CounselorLink.find("id = ?1 and counselorId = ?2", id.get(), counselorId).firstResultOptional();
        return link.orElseThrow(() -> Problems.notFound("You have no counselor link with this id."));
    }

    private static CounselorGrant grantOf(CoupleAccess.Membership membership, String grantId) {
        Optional<UUID> id = CoupleAccess.parse(grantId);
        Optional<CounselorGrant> grant = id.isEmpty()
                ? Optional.empty()
                : CounselorGrant.find("id = ?1 and coupleId = ?2", id.get(), membership.coupleId())
                        .firstResultOptional();
        return grant.orElseThrow(() -> Problems.notFound("This couple has no counselor grant with this id."));
    }

    private static void consent(CounselorGrant grant, UUID profileId, Set<CounselorScope> scopes, Instant now) {
        CounselorConsent consent = new CounselorConsent();
        consent.grantId = grant.id;
        consent.profileId = profileId;
        consent.scopes = EnumSet.copyOf(scopes).stream().map(CounselorScope::json).toArray(String[]::new);
        consent.consentedAt = now;
        consent.persist();
    }

    private List<GrantView> grantViews(List<CounselorGrant> grants, UUID viewer) {
        Map<UUID, Map<UUID, Set<CounselorScope>>> consents = Grants
                .consentsOf(grants.stream().map(grant -> grant.id).toList());
        Set<UUID> counselors = new HashSet<>();
        grants.forEach(grant -> counselors.add(grant.counselorId));
        Map<UUID, String> names = people.displayNames(counselors);
        Instant now = Timestamps.now();
        List<GrantView> views = new ArrayList<>();
        for (CounselorGrant grant : grants) {
            Map<UUID, Set<CounselorScope>> given = consents.getOrDefault(grant.id, Map.of());
            GrantStatus status = status(grant, given, now);
            views.add(new GrantView(grant.id, new PersonView(grant.counselorId, names.get(grant.counselorId)), status,
                    given.getOrDefault(grant.requestedBy, Set.of()), given.get(viewer),
                    status == GrantStatus.ACTIVE ? Grants.effectiveScopes(given).orElseThrow() : null,
                    grant.requestedBy.equals(viewer),
                    status == GrantStatus.AWAITING_CONSENT && !given.containsKey(viewer), grant.createdAt,
                    grant.expiresAt, grant.revokedAt));
        }
        return views;
    }

    static GrantStatus status(CounselorGrant grant, Map<UUID, Set<CounselorScope>> consents, Instant now) {
        if (grant.revokedAt != null) {
            return GrantStatus.REVOKED;
        }
        if (!grant.expiresAt.isAfter(now)) {
            return GrantStatus.EXPIRED;
        }
        return consents.size() >= 2 ? GrantStatus.ACTIVE : GrantStatus.AWAITING_CONSENT;
    }

    private static CounselorLinkView linkView(CounselorLink link, Instant now, String code) {
        return new CounselorLinkView(link.id, link.status(now), code, link.createdAt, link.expiresAt);
    }
}
