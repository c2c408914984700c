package io.attract.project;

import io.attract.common.persistence.VersionedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;

/**
 * One stage change: the business date it happened ({@code effectiveDate}) and when and by whom it was entered. A
 * correction reverts the transitions it undoes; reverted ones stay in the history but no longer count.
 */
@Entity
@Table(name = "project_transition")
public class ProjectTransition extends VersionedEntity {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "project_id")
    public Project project;

    @Enumerated(EnumType.STRING)
    @Column(name = "from_stage")
    public ProjectStage fromStage;

    @Enumerated(EnumType.STRING)
    @Column(name = "to_stage", nullable = false)
    public ProjectStage toStage;

    @Column(name = "effective_date", nullable = false)
    public LocalDate effectiveDate;

    @Column(name = "recorded_at", nullable = false)
    public Instant recordedAt;

    @Column(name = "recorded_by", nullable = false)
    public String recordedBy;

    public String note;

    @Enumerated(EnumType.STRING)
    @Column(name = "agreement_type")
    public AgreementType agreementType;

    @Column(nullable = false)
    public boolean correction;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "reverted_by_id")
    public ProjectTransition revertedBy;

    @Column(name = "confirmed_at")
    public Instant confirmedAt;

    @Column(name = "confirmed_by")
    public String confirmedBy;

    /** Whether the figures count it: kept by {@link ProjectCounting}. */
    public boolean counted;

    /** 退回: sent back by the unit head, with the reason; a sent-back change is no longer live and never counts. */
    @Column(name = "returned_at")
    public Instant returnedAt;

    @Column(name = "returned_by")
    public String returnedBy;

    @Column(name = "return_reason")
    public String returnReason;

    public boolean live() {
        return revertedBy == null && returnedAt == null;
    }

    public boolean pending() {
        return confirmedAt == null && live();
    }

    void confirm(String by, Instant at) {
        confirmedAt = at;
        confirmedBy = by;
    }
}
