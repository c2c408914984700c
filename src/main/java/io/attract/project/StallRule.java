package io.attract.project;

import io.attract.common.persistence.VersionedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;

/** An admin-set threshold: a project in {@code stage} is stalled after {@code days} (see {@link StallRuleKind}). */
@Entity
@Table(name = "stall_rule")
public class StallRule extends VersionedEntity {

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public ProjectStage stage;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public StallRuleKind kind;

    @Column(nullable = false)
    public int days;

    @Column(nullable = false)
    public boolean enabled;
}
