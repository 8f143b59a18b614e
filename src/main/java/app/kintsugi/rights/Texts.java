package app.kintsugi.rights;

import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

import app.kintsugi.platform.crypto.IntimateText;

/**
 * Opening and replacing sealed text for the data rights. The purposes are the very strings each feature seals its
 * columns with (a sealed value opens only with its own): they are part of the stored data's format and never change.
 */
@ApplicationScoped
class Texts {

    static final String JOURNAL_BODY = "journal_entry.body";
    static final String JOURNAL_REVISION_BODY = "journal_revision.body";
    static final String LETTER_TITLE = "repair_letter.title";
    static final String LETTER_BODY = "repair_letter.body";
    static final String FEEDBACK_NOTE = "session_feedback.note";
    static final String COMMITMENT_TITLE = "commitment.title";
    static final String COMMITMENT_DETAIL = "commitment.detail";
    static final String CHECK_ADJUSTMENT = "commitment_check.adjustment";
    static final String NOTE_SUMMARY = "conversation_note.summary";
    static final String JAR_TEXT = "jar_slip.text";
    static final String AGREEMENT_TITLE = "agreement_version.title";
    static final String AGREEMENT_TERMS = "agreement_version.terms";
    static final String CONCERN_BODY = "agreement_concern.body";
    static final String PULSE_NOTE = "pulse_check.note";

    /** What replaces the words of an erased person where a row must stay because the other partner's data needs it. */
    static final String ERASED = "(erased at its author's request)";

    private final IntimateText intimate;
    private final EntityManager em;

    Texts(IntimateText intimate, EntityManager em) {
        this.intimate = intimate;
        this.em = em;
    }

    String open(Object coupleId, String purpose, Object sealed) {
        return intimate.open((UUID) coupleId, purpose, (byte[]) sealed);
    }

    /**
     * The tombstone text sealed for the couple. A couple whose data key is gone (shredded: nobody can read anything of
     * it) gets empty bytes instead, so that replacing a text never creates a new key for a shredded couple.
     */
    byte[] tombstone(UUID coupleId, String purpose) {
        boolean hasKey = !Sql.rows(em, "select 1 as one from couple_data_key where couple_id = :couple",
                Map.of("couple", coupleId)).isEmpty();
        return hasKey ? intimate.seal(coupleId, purpose, ERASED) : new byte[0];
    }
}
