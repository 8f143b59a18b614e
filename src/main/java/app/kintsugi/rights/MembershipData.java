package app.kintsugi.rights;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

/**
 * Being in couples and working with counselors: each couple with the person's own settings in it (never the other's),
 * the invitations they created (never a code: only its hash is kept), their calendar feeds (never the secret), their
 * consents to counselors and the log of counselor reads of their couples, and, for a counselor, their links and grants.
 */
@ApplicationScoped
class MembershipData implements PersonalData {

    private final EntityManager em;

    MembershipData(EntityManager em) {
        this.em = em;
    }

    @Override
    public Map<String, List<Map<String, Object>>> export(UUID me, List<Stay> stays) {
        Map<String, Object> params = Map.of("me", me);
        List<Map<String, Object>> couples = Sql.rows(em, """
                select c.id, c.name, c.time_zone, c.program_starts_on, c.created_at, c.ended_at, p.joined_at,
                       p.paused_at, p.private_by_default, p.touch_opt_in
                from couple c join partner p on p.couple_id = c.id where p.profile_id = :me
                order by p.joined_at""", params).stream()
                .map(row -> Items.of("coupleId", row.get("id"), "name", row.get("name"),
                        "timeZone", row.get("time_zone"), "programStartsOn", Sql.on(row.get("program_starts_on")),
                        "createdAt", Sql.at(row.get("created_at")), "endedAt", Sql.at(row.get("ended_at")),
                        "joinedAt", Sql.at(row.get("joined_at")),
                        "yourSettings", Items.of("pausedByYouSince", Sql.at(row.get("paused_at")),
                                "newItemsPrivateByDefault", row.get("private_by_default"),
                                "touchOptIn", row.get("touch_opt_in"))))
                .toList();
        List<Map<String, Object>> invitations = Sql.rows(em, """
                select id, couple_id, created_at, expires_at, revoked_at, accepted_at from invitation
                where created_by = :me order by created_at""", params).stream()
                .map(row -> Items.of("id", row.get("id"), "coupleId", row.get("couple_id"), "yours", true,
                        "createdAt", Sql.at(row.get("created_at")), "expiresAt", Sql.at(row.get("expires_at")),
                        "revokedAt", Sql.at(row.get("revoked_at")), "acceptedAt", Sql.at(row.get("accepted_at"))))
                .toList();
        List<Map<String, Object>> feeds = Sql.rows(em, """
                select couple_id, show_titles, secret_hash is not null as live, created_at, rotated_at
                from calendar_feed where profile_id = :me order by created_at""", params).stream()
                .map(row -> Items.of("coupleId", row.get("couple_id"), "yours", true,
                        "showTitles", row.get("show_titles"), "live", row.get("live"),
                        "createdAt", Sql.at(row.get("created_at")), "rotatedAt", Sql.at(row.get("rotated_at"))))
                .toList();
        List<Map<String, Object>> consents = Sql
                .rows(em,
                        """
                                select k.grant_id, g.couple_id, g.counselor_id, array_to_string(k.scopes, ',') as scopes, k.consented_at, g.expires_at, g.revoked_at
                                from counselor_consent k join counselor_grant g on g.id = k.grant_id
                                where k.profile_id = :me order by k.consented_at""",
                        params)
                .stream()
                .map(row -> Items.of("grantId", row.get("grant_id"), "coupleId", row.get("couple_id"), "yours", true,
                        "counselorId", row.get("counselor_id"), "scopes", Sql.list(row.get("scopes")),
                        "consentedAt", Sql.at(row.get("consented_at")), "expiresAt", Sql.at(row.get("expires_at")),
                        "revokedAt", Sql.at(row.get("revoked_at"))))
                .toList();
        List<Map<String, Object>> reads = stays.isEmpty()
                ? List.of()
                : Sql.rows(em, """
                        select couple_id, grant_id, counselor_id, data_kind, accessed_at from counselor_access
                        where couple_id in (:couples) order by accessed_at""", Map.of("couples", Stay.ids(stays)))
                        .stream()
                        .map(row -> Items.of("coupleId", row.get("couple_id"), "grantId", row.get("grant_id"),
                                "counselorId", row.get("counselor_id"), "dataKind", row.get("data_kind"),
                                "accessedAt", Sql.at(row.get("accessed_at"))))
                        .toList();
        List<Map<String, Object>> links = Sql.rows(em, """
                select id, created_at, expires_at, used_at, revoked_at from counselor_link
                where counselor_id = :me order by created_at""", params).stream()
                .map(row -> Items.of("id", row.get("id"), "yours", true, "createdAt", Sql.at(row.get("created_at")),
                        "expiresAt", Sql.at(row.get("expires_at")), "usedAt", Sql.at(row.get("used_at")),
                        "revokedAt", Sql.at(row.get("revoked_at"))))
                .toList();
        List<Map<String, Object>> grants = Sql.rows(em, """
                select id, couple_id, created_at, expires_at, revoked_at from counselor_grant
                where counselor_id = :me order by created_at""", params).stream()
                .map(row -> Items.of("id", row.get("id"), "coupleId", row.get("couple_id"), "yours", true,
                        "createdAt", Sql.at(row.get("created_at")), "expiresAt", Sql.at(row.get("expires_at")),
                        "revokedAt", Sql.at(row.get("revoked_at"))))
                .toList();
        return Items.sections("couples", couples, "invitations", invitations, "calendarFeeds", feeds,
                "counselorConsents", consents, "counselorReads", reads, "counselorLinks", links,
                "counselorGrants", grants);
    }

    @Override
    public Map<String, Integer> erase(UUID me, List<Stay> stays, Instant now) {
        Map<String, Object> params = Map.of("me", me, "now", now);
        int invitations = Sql.update(em, """
                update invitation set revoked_at = :now
                where created_by = :me and revoked_at is null and accepted_at is null and expires_at > :now""", params);
        int feeds = Sql.update(em, "delete from calendar_feed where profile_id = :me", Map.of("me", me));
        int links = Sql.update(em, """
                update counselor_link set revoked_at = :now
                where counselor_id = :me and revoked_at is null and used_at is null and expires_at > :now""", params);
        int grants = Sql.update(em, """
                update counselor_grant set revoked_at = :now, version = version + 1
                where counselor_id = :me and revoked_at is null and expires_at > :now""", params);
        return Items.counts("invitationsRevoked", invitations, "calendarFeeds", feeds, "counselorLinksRevoked", links,
                "counselorGrantsRevoked", grants);
    }
}
