package io.attract.chain;

import io.attract.common.persistence.VersionedEntity;
import io.attract.enterprise.Enterprise;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;

/** A firm of the target library placed on a node, as a local firm or as a target. */
@Entity
@Table(name = "chain_node_enterprise")
public class ChainNodeEnterprise extends VersionedEntity {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "node_id")
    public ChainNode node;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "enterprise_id")
    public Enterprise enterprise;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public ChainRole role;

    public String note;

    @Column(name = "linked_by", nullable = false)
    public String linkedBy;

    @Column(name = "linked_at", nullable = false)
    public Instant linkedAt = Instant.now();
}
