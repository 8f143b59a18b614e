package app.kintsugi.agreement;

import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import app.kintsugi.couple.CoupleAccess;
import app.kintsugi.couple.CoupleStatus;

/**
 * What one reader may see of a couple's agreements, as a JPQL condition and as a test on one version, so that lists and
 * single reads apply the same rule.
 *
 * <ul>
 * <li>While the couple lasts, both partners and a counselor with the {@code agreements} scope see every agreement and
 * every version. Writes stop during a pause, so nothing appears during one that would need holding back.</li>
 * <li>After the couple ended, a version both accepted stays with both former partners: it was theirs together. Terms
 * the other proposed and the reader never accepted go with the other, and so does an agreement that never took effect
 * unless its open proposal is the reader's. The other's name is no longer shown, as in the couple's own view: they are
 * called {@value #FORMER_PARTNER}.</li>
 * </ul>
 * Concerns are the partners' alone: a counselor never reads them, and after the end each former partner keeps only
 * their own.
 */
record Reading(UUID coupleId, UUID readerId, boolean counselor, boolean ended, LocalDate today) {

    /** What the other is called once the couple ended and their name is no longer shown. */
    static final String FORMER_PARTNER = "Former partner";

    static Reading of(CoupleAccess.Reader reader, CoupleAccess.State state) {
        return new Reading(reader.coupleId(), reader.profileId(), reader.isCounselor(),
                state.status() == CoupleStatus.ENDED, state.today());
    }

    static Reading partner(CoupleAccess.Membership membership, CoupleAccess.State state) {
        return new Reading(membership.coupleId(), membership.profileId(), false,
                state.status() == CoupleStatus.ENDED, state.today());
    }

    /** The condition on agreements aliased {@code a}; its parameters come from {@link #params()}. */
    String agreementFilter() {
        if (!ended) {
            return "a.coupleId = :couple";
        }
        return "a.coupleId = :couple and (a.inForceVersion is not null or exists (select v.id from AgreementVersion v"
                + " where v.agreementId = a.id and v.number = a.pendingVersion and v.proposedBy = :me))";
    }

    /** The condition on versions aliased {@code v}, besides naming their agreement. */
    String versionFilter() {
        return ended ? " and (v.inForceFrom is not null or v.proposedBy = :me)" : "";
    }

    /** The condition on concerns aliased {@code c}, besides naming their agreement. */
    String concernFilter() {
        return ended ? " and c.raisedBy = :me" : "";
    }

    /** The parameters of {@link #agreementFilter()}. */
    Map<String, Object> agreementParams() {
        Map<String, Object> params = readerParams();
        params.put("couple", coupleId);
        return params;
    }

    /** The parameters of {@link #versionFilter()} and {@link #concernFilter()}: none while the couple lasts. */
    Map<String, Object> readerParams() {
        Map<String, Object> params = new HashMap<>();
        if (ended) {
            params.put("me", readerId);
        }
        return params;
    }

    /** Whose names the reader is shown: everyone's while the couple lasts, afterwards only their own. */
    Collection<UUID> named(Collection<UUID> ids) {
        return ended ? ids.stream().filter(readerId::equals).distinct().toList() : ids.stream().distinct().toList();
    }

    /**
     * A name as the reader is shown it, from the names of {@link #named}: the person's, or {@value #FORMER_PARTNER}.
     */
    static String nameOf(Map<UUID, String> names, UUID id) {
        return names.getOrDefault(id, FORMER_PARTNER);
    }

    boolean sees(AgreementVersion version) {
        return !ended || version.inForceFrom != null || version.proposedBy.equals(readerId);
    }

    boolean sees(AgreementConcern concern) {
        return !counselor && (!ended || concern.raisedBy.equals(readerId));
    }
}
