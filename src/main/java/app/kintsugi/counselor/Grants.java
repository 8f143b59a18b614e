package app.kintsugi.counselor;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import app.kintsugi.platform.Timestamps;
import app.kintsugi.platform.paging.Keyset;
import app.kintsugi.platform.paging.PageRequest;

/**
 * The rules of counselor grants that other features rely on: whether a counselor may read a couple now, with which
 * scopes, and the revocations a partner's lifecycle actions cause.
 */
@ApplicationScoped
public class Grants {

    /** A grant in force: both partners consented, not revoked, not expired, the couple not ended. */
    public record ActiveGrant(UUID grantId, UUID coupleId, Set<CounselorScope> scopes, Instant createdAt,
            Instant expiresAt) {
    }

    /** The counselor's grant in force for this couple, if any. */
    public Optional<ActiveGrant> active(UUID coupleId, UUID counselorId) {
        List<CounselorGrant> live = CounselorGrant.list(
                "coupleId = ?1 and counselorId = ?2 and revokedAt is null and expiresAt > ?3", coupleId, counselorId,
                Timestamps.now());
        Map<UUID, Map<UUID, Set<CounselorScope>>> consents = consentsOf(live.stream().map(g -> g.id).toList());
        for (CounselorGrant grant : live) {
            Optional<Set<CounselorScope>> scopes = effectiveScopes(consents.get(grant.id));
            if (scopes.isPresent()) {
                return Optional
                        .of(new ActiveGrant(grant.id, grant.coupleId, scopes.get(), grant.createdAt, grant.expiresAt));
            }
        }
        return Optional.empty();
    }

    /** One page of the counselor's grants in force, newest first, fetched with one row more than the page. */
    public List<ActiveGrant> activeOf(UUID counselorId, PageRequest request) {
        Keyset keyset = Keyset.newestFirst("g.counselorId = :counselor and g.revokedAt is null and g.expiresAt > :now"
                + " and (select count(c) from CounselorConsent c where c.grantId = g.id) = 2",
                Map.of("counselor", counselorId, "now", Timestamps.now()), "g.createdAt", request);
        List<CounselorGrant> grants = CounselorGrant.find("from CounselorGrant g where " + keyset.query(),
                keyset.params()).page(0, request.fetchSize()).list();
        Map<UUID, Map<UUID, Set<CounselorScope>>> consents = consentsOf(grants.stream().map(g -> g.id).toList());
        return grants.stream()
                .map(grant -> new ActiveGrant(grant.id, grant.coupleId,
                        effectiveScopes(consents.get(grant.id)).orElseThrow(), grant.createdAt, grant.expiresAt))
                .toList();
    }

    /** Writes one access log entry. Called by every read a counselor makes of a couple's data. */
    public void recordAccess(ActiveGrant grant, UUID counselorId, String dataKind) {
        CounselorAccess access = new CounselorAccess();
        access.id = UUID.randomUUID();
        access.coupleId = grant.coupleId();
        access.grantId = grant.grantId();
        access.counselorId = counselorId;
        access.dataKind = dataKind;
        access.accessedAt = Timestamps.now();
        access.persist();
    }

    /**
     * Withdraws the partner's consent from every grant of the couple that is pending or in force, which revokes each at
     * once. Answers the ids of the grants revoked.
     */
    public List<UUID> withdrawAllConsents(UUID coupleId) {
        Instant now = Timestamps.now();
        List<UUID> revoked = new ArrayList<>();
        for (CounselorGrant grant : CounselorGrant.<CounselorGrant>list(
                "coupleId = ?1 and revokedAt is null and expiresAt > ?2 order by createdAt", coupleId, now)) {
            grant.revokedAt = now;
            revoked.add(grant.id);
        }
        return revoked;
    }

    /** Consents by grant id, each as the consenting partner's scopes by profile id. */
    static Map<UUID, Map<UUID, Set<CounselorScope>>> consentsOf(Collection<UUID> grantIds) {
        Map<UUID, Map<UUID, Set<CounselorScope>>> consents = new HashMap<>();
        if (grantIds.isEmpty()) {
            return consents;
        }
        for (CounselorConsent consent : CounselorConsent.<CounselorConsent>list("grantId in ?1", grantIds)) {
            consents.computeIfAbsent(consent.grantId, id -> new HashMap<>()).put(consent.profileId,
                    scopesOf(consent.scopes));
        }
        return consents;
    }

    /** The intersection of both partners' scopes, or empty while fewer than two partners consented. */
    static Optional<Set<CounselorScope>> effectiveScopes(Map<UUID, Set<CounselorScope>> consents) {
        if (consents == null || consents.size() < 2) {
            return Optional.empty();
        }
        Set<CounselorScope> both = EnumSet.allOf(CounselorScope.class);
        consents.values().forEach(both::retainAll);
        return Optional.of(both);
    }

    static Set<CounselorScope> scopesOf(String[] stored) {
        Set<CounselorScope> scopes = EnumSet.noneOf(CounselorScope.class);
        for (String value : stored) {
            CounselorScope.of(value).ifPresent(scopes::add);
        }
        return scopes;
    }
}
