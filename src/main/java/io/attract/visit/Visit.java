package io.attract.visit;

import io.attract.common.persistence.VersionedEntity;
import io.attract.enterprise.Enterprise;
import io.attract.event.InvestmentEvent;
import io.attract.lead.Lead;
import io.attract.project.Project;
import io.attract.trip.Trip;
import io.attract.unit.Unit;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.hibernate.annotations.BatchSize;

/** A visit or contact (走访/接洽) with a firm: who met whom, what was said, the intent seen and what comes next. */
@Entity
@Table(name = "visit")
public class Visit extends VersionedEntity {

    @Column(name = "visited_on", nullable = false)
    public LocalDate visitedOn;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "enterprise_id")
    public Enterprise enterprise;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public VisitKind kind;

    @Column(nullable = false)
    public String summary;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public VisitIntent intent;

    @Column(name = "next_step")
    public String nextStep;

    @Column(name = "follow_up_on")
    public LocalDate followUpOn;

    @Column(name = "follow_up_done", nullable = false)
    public boolean followUpDone;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "trip_id")
    public Trip trip;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "event_id")
    public InvestmentEvent event;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "project_id")
    public Project project;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "lead_id")
    public Lead lead;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "unit_id")
    public Unit unit;

    @ElementCollection
    @CollectionTable(name = "visit_participant", joinColumns = @JoinColumn(name = "visit_id"))
    @OrderColumn(name = "position")
    @BatchSize(size = 50)
    public List<VisitParticipant> participants = new ArrayList<>();

    @Column(name = "recorded_by", nullable = false)
    public String recordedBy;

    @Column(name = "idempotency_key")
    public String idempotencyKey;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt = Instant.now();

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt = Instant.now();
}
