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
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

/** 到位资金: money that actually arrived, on a business date, with its evidence. */
@Entity
@Table(name = "project_fund")
public class ProjectFund extends VersionedEntity {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "project_id")
    public Project project;

    @Column(name = "arrived_on", nullable = false)
    public LocalDate arrivedOn;

    /** 万元. */
    @Column(nullable = false)
    public BigDecimal amount;

    /** 实际使用外资, 万美元 (part of the amount, on the MOFCOM basis). */
    @Column(name = "foreign_usd", nullable = false)
    public BigDecimal foreignUsd = BigDecimal.ZERO;

    @Enumerated(EnumType.STRING)
    @Column(name = "origin_tier", nullable = false)
    public OriginTier originTier;

    @Column(nullable = false)
    public String evidence;

    @Column(name = "recorded_at", nullable = false)
    public Instant recordedAt;

    @Column(name = "recorded_by", nullable = false)
    public String recordedBy;

    /** 审核: only confirmed entries count (the view counted_fund). */
    @Column(name = "confirmed_at")
    public Instant confirmedAt;

    @Column(name = "confirmed_by")
    public String confirmedBy;

    @Column(name = "returned_at")
    public Instant returnedAt;

    @Column(name = "returned_by")
    public String returnedBy;

    @Column(name = "return_reason")
    public String returnReason;

    /** Whether the figures count it: the rule of the view counted_fund (V19). */
    public boolean counted() {
        return confirmedAt != null;
    }

    public boolean pending() {
        return confirmedAt == null && returnedAt == null;
    }

    void confirm(String by, Instant at) {
        confirmedAt = at;
        confirmedBy = by;
    }
}
