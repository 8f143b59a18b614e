package app.kintsugi.couple;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;

import org.hibernate.jpa.HibernateHints;

import app.kintsugi.counselor.CounselorScope;
import app.kintsugi.counselor.Grants;
import app.kintsugi.platform.problem.ProblemException;
import app.kintsugi.platform.problem.Problems;
import app.kintsugi.platform.security.Callers;
import app.kintsugi.platform.security.Roles;
import app.kintsugi.profile.People;

/**
 * The one place that decides who may touch a couple. Every feature resolves a couple id from a request through here, so
 * the rule is the same everywhere: the couple is found only through the caller's own membership or through a counselor
 * grant in force with the needed scope. Anyone else gets the very same 404 as for an id that does not exist, after the
 * same queries, so that neither the answer nor its timing tells them whether it exists.
 */
@ApplicationScoped
public class CoupleAccess {

    private final People people;
    private final Grants grants;

    CoupleAccess(People people, Grants grants) {
        this.people = people;
        this.grants = grants;
    }

    /** The caller as a partner of the couple, or a former partner of an ended one. */
    public record Membership(Couple couple, Partner partner) {

        public UUID coupleId() {
            return couple.id;
        }

        public UUID profileId() {
            return partner.profileId;
        }

        public boolean ended() {
            return couple.endedAt != null;
        }
    }

    /**
     * Who reads a couple's data: a partner (current or former), or a counselor under a grant in force. Features show a
     * counselor shared items only, never a partner's private ones.
     */
    public record Reader(UUID coupleId, UUID profileId, Optional<Membership> membership,
            Optional<Grants.ActiveGrant> grant) {

        public boolean isCounselor() { return grant.isPresent(); }
    }

    /** The caller's membership, current or former; 404 for anyone else. */
    public Membership partner(Callers caller, String coupleId) {
        UUID profileId = people.idOf(caller);
        return membership(profileId, coupleId, LockModeType.NONE).orElseThrow(CoupleAccess::notFound);
    }

    /**
     * The caller's membership of a couple that has not ended, with the couple row locked for the rest of the
     * transaction, so that lifecycle changes of both partners are applied one after the other. 404 for anyone else, 409
     * once the couple ended.
     */
    public Membership currentPartner(Callers caller, String coupleId) {
        Membership membership = lockedPartner(caller, coupleId);
        if (membership.ended()) {
            throw CoupleProblem.COUPLE_ENDED.exception();
        }
        return membership;
    }

    /** The caller's membership, current or former, with the couple row locked as for {@link #currentPartner}. */
    public Membership lockedPartner(Callers caller, String coupleId) {
        UUID profileId = people.idOf(caller);
        return membership(profileId, coupleId, LockModeType.PESSIMISTIC_WRITE).orElseThrow(CoupleAccess::notFound);
    }

    /**
     * A couple as one of its partners reads it: its partners in the order they joined, their names, and the caller with
     * the locale of their profile (to answer in their language without another statement).
     */
    public record PartnerRead(Couple couple, List<Partner> partners, Map<UUID, String> names, UUID profileId,
            String locale) {
    }

    /** The caller's profile, membership, the couple, every partner and their display names: one statement. */
    private static final String PARTNER_READ = """
            select c, p, pr.displayName, me.id, me.locale from Profile me
              join Partner mine on mine.profileId = me.id
              join Couple c on c.id = mine.coupleId
              join Partner p on p.coupleId = c.id
              join Profile pr on pr.id = p.profileId
            where me.issuer = ?1 and me.subject = ?2 and mine.coupleId = ?3""";

    /**
     * The couple as the caller, one of its partners (current or former), reads it, in one statement and without a
     * transaction: the plain read that most requests are. Empty whenever the caller is not found as a partner of it (no
     * profile yet, another couple's id, an id that names nothing): the caller then goes through {@link #reader}, which
     * answers each of those cases as before, after the same queries whichever it is.
     */
    public Optional<PartnerRead> partnerRead(Callers caller, String coupleId) {
        Optional<UUID> id = parse(coupleId);
        if (id.isEmpty()) {
            return Optional.empty();
        }
        List<Object[]> rows = Couple.getEntityManager().createQuery(PARTNER_READ, Object[].class)
                .setParameter(1, caller.issuer())
                .setParameter(2, caller.subject())
                .setParameter(3, id.get())
                .setHint(HibernateHints.HINT_READ_ONLY, true)
                .getResultList();
        if (rows.isEmpty()) {
            return Optional.empty();
        }
        List<Partner> partners = new java.util.ArrayList<>(rows.size());
        Map<UUID, String> names = new java.util.HashMap<>();
        for (Object[] row : rows) {
            Partner partner = (Partner) row[1];
            partners.add(partner);
            names.put(partner.profileId, (String) row[2]);
        }
        partners.sort(CoupleService.JOINED);
        return Optional.of(new PartnerRead((Couple) rows.get(0)[0], partners, names, (UUID) rows.get(0)[3],
                (String) rows.get(0)[4]));
    }

    /** A partner's read of a couple's data: the caller as a reader, and the couple's state, as of one statement. */
    public record PartnerReader(Reader reader, State state) {
    }

    /**
     * The caller as a partner (current or former) reading the couple's data, with the couple's state, from
     * {@link #partnerRead}'s one statement and without a transaction: what {@link #reader} and {@link #state} answer
     * for a partner. Empty for callers without the user role and whenever {@link #partnerRead} is: the caller then goes
     * through {@link #reader}, which answers a counselor, a stranger or an unknown id as before, after the same queries
     * whichever it is.
     */
    public Optional<PartnerReader> partnerReader(Callers caller, String coupleId) {
        if (!caller.roles().contains(Roles.USER)) {
            return Optional.empty();
        }
        return partnerRead(caller, coupleId).map(read -> {
            Partner mine = read.partners().stream().filter(partner -> partner.profileId.equals(read.profileId()))
                    .findFirst().orElseThrow();
            Membership membership = new Membership(read.couple(), mine);
            Reader reader = new Reader(read.couple().id, read.profileId(), Optional.of(membership), Optional.empty());
            State state = new State(read.couple(), read.partners(),
                    CoupleService.status(read.couple(), read.partners()));
            return new PartnerReader(reader, state);
        });
    }

    /**
     * The caller as a reader of one kind of the couple's data. Partners always qualify; a counselor qualifies under a
     * grant in force that includes {@code scope} (an empty scope means the couple's overview, which any grant in force
     * allows), and the read is written to the couple's access log. 404 for everyone else.
     *
     * @param dataKind
     *            what is read, as the access log shows it: a scope's name, or {@code couple} for the overview
     */
    @Transactional
    public Reader reader(Callers caller, String coupleId, Optional<CounselorScope> scope, String dataKind) {
        UUID profileId = people.idOf(caller);
        Optional<UUID> id = parse(coupleId);
        if (caller.roles().contains(Roles.USER)) {
            Optional<Membership> membership = membership(profileId, coupleId, LockModeType.NONE);
            if (membership.isPresent()) {
                return new Reader(membership.get().coupleId(), profileId, membership, Optional.empty());
            }
        }
        if (caller.roles().contains(Roles.COUNSELOR) && id.isPresent()) {
            Optional<Grants.ActiveGrant> grant = grants.active(id.get(), profileId)
                    .filter(active -> scope.map(active.scopes()::contains).orElse(true));
            if (grant.isPresent()) {
                grants.recordAccess(grant.get(), profileId, dataKind);
                return new Reader(id.get(), profileId, Optional.empty(), grant);
            }
        }
        throw notFound();
    }

    private Optional<Membership> membership(UUID profileId, String coupleId, LockModeType lock) {
        Optional<UUID> id = parse(coupleId);
        if (id.isEmpty()) {
            return Optional.empty();
        }
        Optional<Partner> partner = Partner.find("coupleId = ?1 and profileId = ?2", id.get(), profileId)
                .firstResultOptional();
        if (partner.isEmpty()) {
            return Optional.empty();
        }
        Couple couple = Couple.findById(id.get(), lock);
        if (lock != LockModeType.NONE) {
            // Read again under the lock: the other partner may have changed it while this request waited.
            Partner.getEntityManager().refresh(partner.get());
        }
        return Optional.of(new Membership(couple, partner.get()));
    }

    /** Who is in a couple and where it stands, from one query. */
    public record Members(List<UUID> profileIds, CoupleStatus status) {
    }

    /** The partners (current or former) of the caller's couple, and its status as everyone sees it. */
    public Members members(Membership membership) {
        List<Partner> partners = CoupleService.partnersOf(List.of(membership.coupleId()))
                .getOrDefault(membership.coupleId(), List.of());
        return new Members(partners.stream().map(partner -> partner.profileId).toList(),
                CoupleService.status(membership.couple(), partners));
    }

    /** A couple as features need it to decide what may happen: the couple, its partners with their settings, status. */
    public record State(Couple couple, List<Partner> partners, CoupleStatus status) {

        /** When the couple's current pause began, if it is paused. */
        public Optional<Instant> pausedSince() {
            return partners.stream().map(partner -> partner.pausedAt).filter(java.util.Objects::nonNull)
                    .min(Comparator.naturalOrder());
        }

        /**
         * What was shared before this instant reaches the other partner (or a counselor): while the couple is paused,
         * only what was shared before the pause began; otherwise everything shared so far. Every feature that shares
         * items compares against this, so that a pause means the same everywhere.
         */
        public Instant shareCutoff() {
            Instant now = app.kintsugi.platform.Timestamps.now();
            return status == CoupleStatus.PAUSED ? pausedSince().orElse(now) : now.plusSeconds(1);
        }

        /** Today in the couple's time zone. */
        public LocalDate today() {
            return app.kintsugi.platform.Timestamps.today(ZoneId.of(couple.timeZone));
        }

        public Optional<Partner> partner(UUID profileId) {
            return partners.stream().filter(partner -> partner.profileId.equals(profileId)).findFirst();
        }
    }

    /**
     * The couple's state with its row locked for the rest of the transaction, so that what is checked (status, the
     * partners' choices) cannot change before the write that depends on it. Call after the caller was authorized.
     */
    public State lockedState(UUID coupleId) {
        Couple couple = Couple.findById(coupleId, LockModeType.PESSIMISTIC_WRITE);
        List<Partner> partners = CoupleService.partnersOf(List.of(coupleId)).getOrDefault(coupleId, List.of());
        partners.forEach(Partner.getEntityManager()::refresh);
        return new State(couple, partners, CoupleService.status(couple, partners));
    }

    /** The caller's membership of a couple that has not ended and the couple's state, both read under its lock. */
    public record Locked(Membership membership, State state) {
    }

    private static final String IS_PARTNER = "select p.id from Partner p where p.coupleId = ?1 and p.profileId = ?2";

    /**
     * What {@link #currentPartner} followed by {@link #lockedState} answer, in four statements instead of seven: the
     * caller's profile, whether they are a partner (an id only, so that no row is loaded before the lock), the couple
     * locked, then its partners read once under the lock. 404 for anyone else, 409 once the couple ended, as
     * {@link #currentPartner}.
     */
    public Locked currentState(Callers caller, String coupleId) {
        UUID profileId = people.idOf(caller);
        Optional<UUID> id = parse(coupleId);
        if (id.isEmpty() || Partner.getEntityManager().createQuery(IS_PARTNER, UUID.class).setParameter(1, id.get())
                .setParameter(2, profileId).setMaxResults(1).getResultList().isEmpty()) {
            throw notFound();
        }
        org.hibernate.Session session = Partner.getEntityManager().unwrap(org.hibernate.Session.class);
        // A partner row this transaction loaded earlier would come back from the query as it was then: read it again.
        boolean loadedBefore = session.getStatistics().getEntityKeys().stream()
                .anyMatch(key -> key instanceof org.hibernate.engine.spi.EntityKey entity
                        && entity.getEntityName().equals(Partner.class.getName()));
        Couple couple = Couple.findById(id.get(), LockModeType.PESSIMISTIC_WRITE);
        List<Partner> partners = new java.util.ArrayList<>(Partner.<Partner>list("coupleId", id.get()));
        if (loadedBefore) {
            partners.forEach(session::refresh);
        }
        partners.sort(CoupleService.JOINED);
        Partner mine = partners.stream().filter(partner -> partner.profileId.equals(profileId)).findFirst()
                .orElseThrow(CoupleAccess::notFound);
        Membership membership = new Membership(couple, mine);
        if (membership.ended()) {
            throw CoupleProblem.COUPLE_ENDED.exception();
        }
        return new Locked(membership, new State(couple, partners, CoupleService.status(couple, partners)));
    }

    /** The couple's state as it is now, unlocked, for reads. */
    public State state(UUID coupleId) {
        Couple couple = Couple.findById(coupleId);
        List<Partner> partners = CoupleService.partnersOf(List.of(coupleId)).getOrDefault(coupleId, List.of());
        return new State(couple, partners, CoupleService.status(couple, partners));
    }

    /** Parses an id from a path; anything that is not a UUID is simply an id that matches nothing. */
    public static Optional<UUID> parse(String id) {
        if (id == null || id.length() != 36) {
            return Optional.empty();
        }
        try {
            return Optional.of(UUID.fromString(id));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    /** The answer for any couple id the caller may not see, whether or not it exists. */
    public static ProblemException notFound() {
        return Problems.notFound("There is no couple with this id that you can see.");
    }
}
