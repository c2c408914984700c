package io.attract.enterprise;

import io.attract.common.persistence.VersionedEntity;
import io.attract.industry.Industry;
import io.attract.unit.Unit;
import jakarta.persistence.CascadeType;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.PrePersist;
import jakarta.persistence.PreUpdate;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.hibernate.annotations.BatchSize;

/** A firm in the target library (招商目标库). */
@Entity
@Table(name = "enterprise")
public class Enterprise extends VersionedEntity {

    @Column(nullable = false)
    public String name;

    /** The name normalised for duplicate detection (see {@link NameKey}). */
    @Column(name = "name_key", nullable = false)
    public String nameKey;

    @Column(name = "former_names", nullable = false)
    public String[] formerNames = new String[0];

    @Column(name = "credit_code")
    public String creditCode;

    /** GB/T 2260 code of the origin (domestic investors). */
    @Column(name = "region_code")
    public String regionCode;

    /** ISO 3166 alpha-2 country of a foreign investor. */
    @Column(name = "country_code")
    public String countryCode;

    /** GB/T 4754-2017 code (门类 letter + up to 4 digits). */
    @Column(name = "industry_code")
    public String industryCode;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "industry_id")
    public Industry industry;

    @Enumerated(EnumType.STRING)
    public EnterpriseNature nature;

    /** 注册资本, 万元. */
    @Column(name = "registered_capital")
    public BigDecimal registeredCapital;

    @Column(name = "revenue_band")
    public String revenueBand;

    public Integer employees;

    public String website;

    public String description;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "owner_unit_id")
    public Unit ownerUnit;

    @Column(name = "owner_username")
    public String ownerUsername;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public EnterpriseStatus status;

    @Column(name = "attraction_method")
    public String attractionMethod;

    public String source;

    @Column(name = "search_text", nullable = false)
    public String searchText;

    @Column(name = "created_at", nullable = false, updatable = false)
    public Instant createdAt;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "merged_into_id")
    public Enterprise mergedInto;

    @ElementCollection(fetch = FetchType.LAZY)
    @BatchSize(size = 100)
    @CollectionTable(name = "enterprise_tag", joinColumns = @JoinColumn(name = "enterprise_id"))
    public Set<EnterpriseTag> tags = new HashSet<>();

    @OneToMany(mappedBy = "enterprise", cascade = CascadeType.ALL, orphanRemoval = true)
    @BatchSize(size = 100)
    @OrderBy("id")
    public List<EnterpriseContact> contacts = new ArrayList<>();

    @PrePersist
    @PreUpdate
    void deriveKeys() {
        nameKey = NameKey.of(name);
        searchText = SearchKeys.of(name, formerNames);
        if (createdAt == null) {
            createdAt = Instant.now();
        }
    }
}
