package io.attract.trip;

import io.attract.unit.UnitOwned;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.LocalDate;

/** An outreach trip (外出招商): a delegation, led by a district leader or not, to meet firms elsewhere. */
@Entity
@Table(name = "trip")
public class Trip extends UnitOwned {

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

    public boolean leaderLed() {
        return leaderName != null && !leaderName.isBlank();
    }
}
