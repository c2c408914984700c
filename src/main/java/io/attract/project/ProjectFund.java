package io.attract.project;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

import io.attract.common.persistence.VersionedEntity;

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
}
