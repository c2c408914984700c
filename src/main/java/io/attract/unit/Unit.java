package io.attract.unit;

import io.attract.common.persistence.CodedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import org.hibernate.annotations.BatchSize;

/** A responsible unit (责任单位): a street office or a department; records belong to one. */
@Entity
@BatchSize(size = 100)
@Table(name = "org_unit")
public class Unit extends CodedEntity {

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public UnitKind kind;
}
