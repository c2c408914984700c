package io.attract.event;

import io.attract.unit.UnitOwned;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.LocalDate;

/** An investment event (招商活动): a promotion, a signing ceremony, a forum or an expo. */
@Entity
@Table(name = "investment_event")
public class InvestmentEvent extends UnitOwned {

    @Column(nullable = false)
    public String name;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public EventKind kind;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public EventRole role;

    @Column(name = "held_on", nullable = false)
    public LocalDate heldOn;

    public String place;

    public String organiser;

    public String participants;

    public String summary;
}
