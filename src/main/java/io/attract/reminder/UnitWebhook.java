package io.attract.reminder;

import io.attract.common.crypto.EncryptedText;
import io.attract.common.crypto.PersonalData;
import io.attract.common.persistence.VersionedEntity;
import io.attract.unit.Unit;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToOne;
import jakarta.persistence.Table;
import java.time.Instant;

/** A unit's group robot: where its daily digest and its escalations are posted. */
@Entity
@Table(name = "unit_webhook")
public class UnitWebhook extends VersionedEntity {

    @OneToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "unit_id")
    public Unit unit;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public WebhookKind kind;

    @Column(nullable = false)
    public String url;

    /**
     * DingTalk's signing secret: a credential, so sealed at rest and, like personal data, never written to the audit
     * trail (only that it changed); never answered by the API.
     */
    @PersonalData
    @Convert(converter = EncryptedText.class)
    public String secret;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;
}
