package io.attract.space;

import io.attract.common.persistence.CodedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;

@Entity
@Table(name = "zone")
public class Zone extends CodedEntity {

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public ZoneKind kind;

    @Column(name = "sort_order", nullable = false)
    public int sortOrder;

    public String description;
}
