package io.attract.user;

import io.attract.common.persistence.VersionedEntity;
import io.attract.unit.Unit;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * A person known from the OIDC provider. The provider owns identity and roles; Attract keeps the display name
 * and the unit an admin assigned, for users whose token carries no {@code unit} claim.
 */
@Entity
@Table(name = "app_user")
public class AppUser extends VersionedEntity {

    @Column(nullable = false, unique = true)
    public String username;

    @Column(name = "display_name")
    public String displayName;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "unit_id")
    public Unit unit;

    @Column(name = "last_seen_at")
    public Instant lastSeenAt;

    /** The {@code email} claim of the user's last token (the provider owns it); where reminders are mailed. */
    public String email;

    /** The user's own switch for the daily reminder digest by mail. */
    @Column(name = "email_digest", nullable = false)
    public boolean emailDigest = true;
}
