package io.attract.space;

import io.attract.common.persistence.VersionedEntity;
import io.attract.industry.Industry;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.util.HashSet;
import java.util.Set;

/** A carrier (载体) projects can land in: a building, a floor, a factory or a land parcel, with its free area. */
@Entity
@Table(name = "site")
public class Site extends VersionedEntity {

    @Column(nullable = false)
    public String name;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public SiteKind kind;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "park_id")
    public Park park;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "zone_id")
    public Zone zone;

    public String address;

    public BigDecimal longitude;

    public BigDecimal latitude;

    @Column(name = "area_sqm", nullable = false)
    public BigDecimal areaSqm;

    @Column(name = "free_area_sqm", nullable = false)
    public BigDecimal freeAreaSqm;

    @Column(name = "contact_name")
    public String contactName;

    @Column(name = "contact_phone")
    public String contactPhone;

    public String description;

    @ManyToMany(fetch = FetchType.LAZY)
    @JoinTable(
            name = "site_industry",
            joinColumns = @JoinColumn(name = "site_id"),
            inverseJoinColumns = @JoinColumn(name = "industry_id"))
    public Set<Industry> suitableIndustries = new HashSet<>();
}
