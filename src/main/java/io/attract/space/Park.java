package io.attract.space;

import io.attract.common.persistence.CodedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

@Entity
@Table(name = "park")
public class Park extends CodedEntity {

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "zone_id")
    public Zone zone;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public ParkStatus status;

    public String description;
}
