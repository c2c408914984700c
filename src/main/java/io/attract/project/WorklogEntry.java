package io.attract.project;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;

/** One dated line of the 工作台账; a COORDINATION entry stays open (escalated to the sponsor leader) until resolved. */
@Entity
@Table(name = "project_worklog")
public class WorklogEntry extends ProjectEntry {

    @Column(name = "logged_on", nullable = false)
    public LocalDate loggedOn;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public WorklogKind kind;

    @Column(nullable = false)
    public String content;

    @Column(name = "resolved_at")
    public Instant resolvedAt;

    @Column(name = "resolved_by")
    public String resolvedBy;

    public String resolution;
}
