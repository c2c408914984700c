package io.attract.holiday;

import io.attract.common.persistence.VersionedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.LocalDate;

/** One day of the holiday calendar (V27): off or worked, and the holiday it belongs to (春节, 国庆节调休 …). */
@Entity
@Table(name = "holiday")
public class Holiday extends VersionedEntity {

    @Column(nullable = false, unique = true)
    public LocalDate day;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public HolidayKind kind;

    @Column(nullable = false)
    public String name;
}
