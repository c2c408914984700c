package io.attract.chain;

import io.attract.common.persistence.VersionedEntity;
import io.attract.industry.Industry;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;

/** An industry chain (产业链) of one industry of the catalogue; its nodes and edges are {@link ChainNode}s. */
@Entity
@Table(name = "chain")
public class Chain extends VersionedEntity {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "industry_id")
    public Industry industry;

    @Column(nullable = false)
    public String name;

    public String description;

    @Column(name = "sort_order", nullable = false)
    public int sortOrder;

    @Column(name = "created_at", nullable = false, updatable = false)
    public Instant createdAt = Instant.now();

    /** Moves when the graph is replaced, so the chain's version covers its nodes and edges. */
    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt = Instant.now();
}
