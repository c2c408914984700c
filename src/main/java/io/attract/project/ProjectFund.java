package io.attract.project;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.LocalDate;

/** 到位资金: money that actually arrived, on a business date, with its evidence. */
@Entity
@Table(name = "project_fund")
public class ProjectFund extends ConfirmedEntry {

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

    /** Whether the figures count it: the rule of the view counted_fund (V19). */
    public boolean counted() {
        return confirmedAt != null;
    }

    public boolean pending() {
        return confirmedAt == null && returnedAt == null;
    }
}
