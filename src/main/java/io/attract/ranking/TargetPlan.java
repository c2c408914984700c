package io.attract.ranking;

import io.attract.common.persistence.VersionedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;

/** A year's target grid: its version guards the whole grid, which is saved in one request. */
@Entity
@Table(name = "unit_target_plan")
public class TargetPlan extends VersionedEntity {

    @Column(nullable = false, unique = true)
    public int year;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;

    @Column(name = "updated_by", nullable = false)
    public String updatedBy;
}
