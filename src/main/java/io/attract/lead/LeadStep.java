package io.attract.lead;

import io.attract.common.persistence.VersionedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;

/** One dated line of a lead's history; a converted lead keeps all of them. */
@Entity
@Table(name = "lead_step")
public class LeadStep extends VersionedEntity {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "lead_id")
    public Lead lead;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public LeadStepKind kind;

    @Column(name = "on_date", nullable = false)
    public LocalDate onDate;

    public String note;

    @Column(name = "recorded_by", nullable = false)
    public String recordedBy;

    @Column(name = "recorded_at", nullable = false)
    public Instant recordedAt = Instant.now();
}
