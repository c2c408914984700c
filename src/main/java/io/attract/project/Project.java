package io.attract.project;

import io.attract.common.persistence.VersionedEntity;
import io.attract.enterprise.Enterprise;
import io.attract.enterprise.SearchKeys;
import io.attract.industry.Industry;
import io.attract.space.Park;
import io.attract.space.Site;
import io.attract.space.Zone;
import io.attract.unit.Unit;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.PrePersist;
import jakarta.persistence.PreUpdate;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.hibernate.annotations.BatchSize;

/** An investment project on its way through the funnel; its stage changes only through {@link ProjectTransition}s. */
@Entity
@Table(name = "project")
public class Project extends VersionedEntity {

    @Column(nullable = false, unique = true)
    public String code;

    @Column(nullable = false)
    public String name;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public ProjectStage stage;

    @Column(name = "stage_since", nullable = false)
    public LocalDate stageSince;

    /** While ON_HOLD: the funnel stage the project was held in (it may resume there or further on). */
    @Enumerated(EnumType.STRING)
    @Column(name = "held_stage")
    public ProjectStage heldStage;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public ProjectPool pool;

    @Column(name = "key_project", nullable = false)
    public boolean keyProject;

    @Enumerated(EnumType.STRING)
    @Column(name = "origin_tier")
    public OriginTier originTier;

    /** False when a person set the tier by hand; true when it follows the first investor's region. */
    @Column(name = "origin_tier_computed", nullable = false)
    public boolean originTierComputed = true;

    @ManyToMany(fetch = FetchType.LAZY)
    @JoinTable(
            name = "project_investor",
            joinColumns = @JoinColumn(name = "project_id"),
            inverseJoinColumns = @JoinColumn(name = "enterprise_id"))
    @OrderColumn(name = "position")
    @BatchSize(size = 100)
    public List<Enterprise> investors = new ArrayList<>();

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "industry_id")
    public Industry industry;

    @Column(name = "industry_code")
    public String industryCode;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "zone_id")
    public Zone zone;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "park_id")
    public Park park;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "site_id")
    public Site site;

    public String street;

    @Column(name = "construction_content")
    public String constructionContent;

    @Column(name = "attraction_method")
    public String attractionMethod;

    public String source;

    /** 总投资, 万元. */
    @Column(name = "total_investment")
    public BigDecimal totalInvestment;

    /** 其中固定资产投资, 万元. */
    @Column(name = "fixed_asset_investment")
    public BigDecimal fixedAssetInvestment;

    /** 合同外资, 万美元. */
    @Column(name = "contract_foreign_usd")
    public BigDecimal contractForeignUsd;

    @Enumerated(EnumType.STRING)
    @Column(name = "investment_kind", nullable = false)
    public InvestmentKind investmentKind = InvestmentKind.NEW;

    /** The earlier project an upgrade or capital increase builds on, when it is recorded here. */
    @Column(name = "base_project_id")
    public Long baseProjectId;

    /** 新增投资, 万元: what an upgrade or capital increase adds; null for a new project. */
    @Column(name = "increment_investment")
    public BigDecimal incrementInvestment;

    /** What the cockpit and reports sum (the database keeps the same as {@code counted_investment}). */
    public BigDecimal countedInvestment() {
        return investmentKind == InvestmentKind.NEW ? totalInvestment : incrementInvestment;
    }

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "unit_id")
    public Unit unit;

    @Column(name = "owner_username")
    public String ownerUsername;

    /** 包挂领导 as shown: the linked user's display name, else the name as a ledger wrote it. */
    @Column(name = "sponsor_leader")
    public String sponsorLeader;

    /** The sponsor leader as a user, when the name is a user's (V25); what "my sponsored projects" reads. */
    @Column(name = "sponsor_username")
    public String sponsorUsername;

    /** 一项目一方案. */
    public String plan;

    @Enumerated(EnumType.STRING)
    @Column(name = "agreement_type")
    public AgreementType agreementType;

    @Column(name = "negotiating_on")
    public LocalDate negotiatingOn;

    @Column(name = "signed_on")
    public LocalDate signedOn;

    @Column(name = "registered_on")
    public LocalDate registeredOn;

    @Column(name = "construction_on")
    public LocalDate constructionOn;

    @Column(name = "operating_on")
    public LocalDate operatingOn;

    /** "Landed" as the figures count it: V19's generated column, read by queries (not refreshed in a session). */
    @Column(name = "landed_on", insertable = false, updatable = false)
    public LocalDate landedOn;

    /** The lead it was converted from and the outreach trip it came from (engagement), if any. */
    @Column(name = "lead_id")
    public Long leadId;

    @Column(name = "trip_id")
    public Long tripId;

    /**
     * Kept by a bulk update when work-log entries are added, so logging does not change the project's version; a
     * project created with its first work-log lines (the ledger import) is inserted with it.
     */
    @Column(name = "last_worklog_on", updatable = false)
    public LocalDate lastWorklogOn;

    @Column(name = "search_text", nullable = false)
    public String searchText;

    @Column(name = "created_at", nullable = false, updatable = false)
    public Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;

    @PrePersist
    @PreUpdate
    void derive() {
        searchText = searchText(code, name, investors.stream().map(e -> e.name).toArray(String[]::new));
        updatedAt = Instant.now();
        if (createdAt == null) {
            createdAt = updatedAt;
        }
    }

    /** What a search matches: the code, then the keys of the name and of each investor's name (SearchKeys). */
    public static String searchText(String code, String name, String... investorNames) {
        return (code.toLowerCase() + " " + SearchKeys.of(name, investorNames)).strip();
    }

    /** The funnel stage the project is in, or was in before it was put on hold; null once terminated. */
    public ProjectStage funnelStage() {
        return stage == ProjectStage.ON_HOLD ? heldStage : stage.inFunnel() ? stage : null;
    }
}
