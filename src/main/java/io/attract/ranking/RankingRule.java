package io.attract.ranking;

import io.attract.common.persistence.VersionedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.EnumMap;
import java.util.Map;

/** How a year's ranking is scored: the method, the cap on completion, and the metric weights (summing to 100). */
@Entity
@Table(name = "ranking_rule")
public class RankingRule extends VersionedEntity {

    @Column(nullable = false, unique = true)
    public int year;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public RankingMethod method;

    @Column(name = "cap_percent", nullable = false)
    public BigDecimal capPercent;

    @Column(name = "weight_signed", nullable = false)
    public BigDecimal weightSigned;

    @Column(name = "weight_landed", nullable = false)
    public BigDecimal weightLanded;

    @Column(name = "weight_funds", nullable = false)
    public BigDecimal weightFunds;

    @Column(name = "weight_foreign_usd", nullable = false)
    public BigDecimal weightForeignUsd;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;

    @Column(name = "updated_by", nullable = false)
    public String updatedBy;

    Map<Metric, BigDecimal> weights() {
        Map<Metric, BigDecimal> w = new EnumMap<>(Metric.class);
        w.put(Metric.SIGNED, weightSigned);
        w.put(Metric.LANDED, weightLanded);
        w.put(Metric.FUNDS, weightFunds);
        w.put(Metric.FOREIGN_USD, weightForeignUsd);
        return w;
    }

    void weights(Map<Metric, BigDecimal> w) {
        weightSigned = w.get(Metric.SIGNED);
        weightLanded = w.get(Metric.LANDED);
        weightFunds = w.get(Metric.FUNDS);
        weightForeignUsd = w.get(Metric.FOREIGN_USD);
    }
}
