package io.attract.project;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.LocalDate;

/**
 * One stage change: the business date it happened ({@code effectiveDate}) and when and by whom it was entered. A
 * correction reverts the transitions it undoes; reverted ones stay in the history but no longer count.
 */
@Entity
@Table(name = "project_transition")
public class ProjectTransition extends ConfirmedEntry {

    @Enumerated(EnumType.STRING)
    @Column(name = "from_stage")
    public ProjectStage fromStage;

    @Enumerated(EnumType.STRING)
    @Column(name = "to_stage", nullable = false)
    public ProjectStage toStage;

    @Column(name = "effective_date", nullable = false)
    public LocalDate effectiveDate;

    public String note;

    @Enumerated(EnumType.STRING)
    @Column(name = "agreement_type")
    public AgreementType agreementType;

    @Column(nullable = false)
    public boolean correction;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "reverted_by_id")
    public ProjectTransition revertedBy;

    /** Whether the figures count it: kept by {@link ProjectCounting}. */
    public boolean counted;

    /** Neither reverted by a correction nor sent back (退回): a sent-back change never counts. */
    public boolean live() {
        return revertedBy == null && returnedAt == null;
    }

    public boolean pending() {
        return confirmedAt == null && live();
    }
}
