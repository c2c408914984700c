package io.attract.report;

import io.attract.common.persistence.VersionedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** The published figures of a closed month (the report as it stood), and who closed or reopened it. */
@Entity
@Table(name = "report_month_close")
public class MonthClose extends VersionedEntity {

    @Column(nullable = false, unique = true)
    public String month;

    @Column(name = "closed_at", nullable = false)
    public Instant closedAt;

    @Column(name = "closed_by", nullable = false)
    public String closedBy;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false)
    public String snapshot;

    @Column(name = "reopened_at")
    public Instant reopenedAt;

    @Column(name = "reopened_by")
    public String reopenedBy;

    @Column(name = "reopen_reason")
    public String reopenReason;

    public boolean closed() {
        return reopenedAt == null;
    }
}
