package io.attract.industry;

import io.attract.common.persistence.CodedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.LocalDate;
import org.hibernate.annotations.BatchSize;

/** One industry of the district's catalogue (4+N), optionally mapped to GB/T 4754-2017 codes. */
@Entity
@BatchSize(size = 100)
@Table(name = "industry")
public class Industry extends CodedEntity {

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public IndustryCategory category;

    @Column(name = "sort_order", nullable = false)
    public int sortOrder;

    @Column(name = "gbt4754_codes", nullable = false)
    public String[] gbt4754Codes = new String[0];

    public String description;

    /** Retired industries stay for history (old projects keep them) but are no longer offered. */
    @Column(name = "retired_on")
    public LocalDate retiredOn;
}
