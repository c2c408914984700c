package io.attract.lead;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** The district's deadlines for leads (one row): respond, assess, first feedback, then progress every N days. */
@Entity
@Table(name = "lead_clock_rule")
public class LeadClockRule extends PanacheEntityBase {

    public static final long ID = 1L;

    @Id
    public Long id;

    @Version
    public long version;

    @Column(name = "respond_days", nullable = false)
    public int respondDays;

    @Column(name = "assess_days", nullable = false)
    public int assessDays;

    @Column(name = "feedback_days", nullable = false)
    public int feedbackDays;

    @Column(name = "progress_every_days", nullable = false)
    public int progressEveryDays;

    /** Count Monday–Friday only; otherwise calendar days (weekends included). */
    @Column(name = "working_days", nullable = false)
    public boolean workingDays;

    public static LeadClockRule current() {
        return findById(ID);
    }
}
