package io.attract.enterprise;

import io.attract.common.crypto.EncryptedText;
import io.attract.common.crypto.PersonalData;
import io.attract.common.persistence.VersionedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

/**
 * A decision maker at the firm. Personal data: the phone number is shown in full only to the owning unit; phone and
 * email are encrypted at rest and never in the audit trail (ADR 0031).
 */
@Entity
@Table(name = "enterprise_contact")
public class EnterpriseContact extends VersionedEntity {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "enterprise_id")
    public Enterprise enterprise;

    @Column(nullable = false)
    public String name;

    public String title;

    @PersonalData
    @Convert(converter = EncryptedText.class)
    public String phone;

    @PersonalData
    @Convert(converter = EncryptedText.class)
    public String email;
}
