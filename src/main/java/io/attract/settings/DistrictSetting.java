package io.attract.settings;

import io.attract.common.persistence.VersionedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;

/** The district's settings: one row (id 1); changes are audited like any entity's. */
@Entity
@Table(name = "district_setting")
public class DistrictSetting extends VersionedEntity {

    /** 审核: officers' stage changes and funds count only once the unit head confirms them. */
    @Column(name = "confirmation_required", nullable = false)
    public boolean confirmationRequired = true;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;

    @Column(name = "updated_by", nullable = false)
    public String updatedBy;
}
