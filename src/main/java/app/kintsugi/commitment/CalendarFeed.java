package app.kintsugi.commitment;

import java.io.Serializable;
import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** One partner's calendar feed: the hash of its secret and whether it shows titles. */
@Entity
@Table(name = "calendar_feed")
@IdClass(CalendarFeed.Key.class)
public class CalendarFeed extends PanacheEntityBase {

    @Id
    @Column(name = "couple_id")
    public UUID coupleId;

    @Id
    @Column(name = "profile_id")
    public UUID profileId;

    /** Null once revoked. */
    @Column(name = "secret_hash")
    public String secretHash;

    @Column(name = "show_titles", nullable = false)
    public boolean showTitles;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Column(name = "rotated_at")
    public Instant rotatedAt;

    /** The composite key. */
    public static class Key implements Serializable {

        public UUID coupleId;
        public UUID profileId;

        public Key() {
        }

        public Key(UUID coupleId, UUID profileId) {
            this.coupleId = coupleId;
            this.profileId = profileId;
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Key key && Objects.equals(coupleId, key.coupleId)
                    && Objects.equals(profileId, key.profileId);
        }

        @Override
        public int hashCode() {
            return Objects.hash(coupleId, profileId);
        }
    }
}
