package app.kintsugi.couple;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;

import app.kintsugi.counselor.Grants;
import app.kintsugi.platform.Timestamps;

/**
 * What leaving a couple changes, in one place: leaving through the couple's own endpoint and erasing an account (which
 * leaves first) must end a couple in exactly the same way.
 */
@ApplicationScoped
public class Departures {

    private final Grants grants;

    Departures(Grants grants) {
        this.grants = grants;
    }

    /**
     * Ends the couple the person is currently in, as {@code DELETE /v1/couples/{id}/my-membership} does, and answers
     * its id; empty when they are in no couple that lasts.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public Optional<UUID> leaveCurrentCouple(UUID profileId) {
        Optional<Partner> current = Partner.<Partner>find("profileId = ?1 and currentMember = true", profileId)
                .firstResultOptional();
        if (current.isEmpty()) {
            return Optional.empty();
        }
        Couple couple = Couple.findById(current.get().coupleId, LockModeType.PESSIMISTIC_WRITE);
        end(couple, Timestamps.now());
        return Optional.of(couple.id);
    }

    /** The couple ends for both partners; open invitations and every counselor grant end with it. */
    void end(Couple couple, Instant now) {
        couple.endedAt = now;
        Partner.update("currentMember = false where coupleId = ?1", couple.id);
        PauseSpans.close(couple.id, now);
        InvitationService.revokeOpen(couple.id, now);
        grants.withdrawAllConsents(couple.id);
    }
}
