package io.attract.trip;

import io.attract.common.persistence.VersionedEntity;
import io.attract.unit.Unit;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;

/** An outreach trip (外出招商): a delegation, led by a district leader or not, to meet firms elsewhere. */
@Entity
@Table(name = "trip")
public class Trip extends VersionedEntity {

    @Column(nullable = false)
    public String title;

    @Column(name = "leader_name")
    public String leaderName;

    @Column(nullable = false)
    public String[] delegation = new String[0];

    @Column(nullable = false)
    public String[] cities = new String[0];

    @Column(name = "start_date", nullable = false)
    public LocalDate startDate;

    @Column(name = "end_date", nullable = false)
    public LocalDate endDate;

    public String purpose;

    public String outcome;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "unit_id")
    public Unit unit;

    @Column(name = "created_by", nullable = false)
    public String createdBy;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt = Instant.now();

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt = Instant.now();

    public boolean leaderLed() {
        return leaderName != null && !leaderName.isBlank();
    }
}
