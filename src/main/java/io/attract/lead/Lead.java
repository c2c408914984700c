package io.attract.lead;

import io.attract.enterprise.Enterprise;
import io.attract.event.InvestmentEvent;
import io.attract.industry.Industry;
import io.attract.project.Project;
import io.attract.trip.Trip;
import io.attract.unit.UnitOwned;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.LocalDate;

/** A lead (线索): a hint that a firm may invest, with the clocks that keep the unit answering it in time. */
@Entity
@Table(name = "lead")
public class Lead extends UnitOwned {

    @Column(nullable = false)
    public String title;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public LeadSource source;

    @Column(name = "source_detail")
    public String sourceDetail;

    @Column(name = "received_on", nullable = false)
    public LocalDate receivedOn;

    @Column(name = "received_by", nullable = false)
    public String receivedBy;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "enterprise_id")
    public Enterprise enterprise;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "industry_id")
    public Industry industry;

    @Column(name = "estimated_investment")
    public BigDecimal estimatedInvestment;

    public String description;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public LeadStatus status = LeadStatus.OPEN;

    @Column(name = "responded_on")
    public LocalDate respondedOn;

    @Column(name = "assessed_on")
    public LocalDate assessedOn;

    public String assessment;

    @Enumerated(EnumType.STRING)
    @Column(name = "assessment_result")
    public AssessmentResult assessmentResult;

    @Column(name = "first_feedback_on")
    public LocalDate firstFeedbackOn;

    @Column(name = "last_progress_on")
    public LocalDate lastProgressOn;

    @Column(name = "respond_due", nullable = false)
    public LocalDate respondDue;

    @Column(name = "assess_due", nullable = false)
    public LocalDate assessDue;

    @Column(name = "feedback_due", nullable = false)
    public LocalDate feedbackDue;

    @Column(name = "progress_due")
    public LocalDate progressDue;

    /** The earliest due date among the steps not yet done, while the lead is open; null otherwise. */
    @Column(name = "next_due_on")
    public LocalDate nextDueOn;

    @Column(name = "closed_on")
    public LocalDate closedOn;

    @Column(name = "outcome_note")
    public String outcomeNote;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "project_id")
    public Project project;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "trip_id")
    public Trip trip;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "event_id")
    public InvestmentEvent event;
}
