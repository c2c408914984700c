package io.attract.job;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** A row of {@code job} (V11): written by {@link JobStore} only, each change in a transaction of its own. */
@Entity
@Table(name = "job")
public class Job extends PanacheEntityBase {

    @Id
    public UUID id;

    public String kind;

    @Enumerated(EnumType.STRING)
    public JobState state;

    @Enumerated(EnumType.STRING)
    public JobPhase phase;

    public int done;

    public int total;

    @JdbcTypeCode(SqlTypes.JSON)
    public String result;

    @JdbcTypeCode(SqlTypes.JSON)
    public String problem;

    @Column(name = "owner_username")
    public String ownerUsername;

    @Column(name = "created_at")
    public Instant createdAt;

    @Column(name = "heartbeat_at")
    public Instant heartbeatAt;

    @Column(name = "finished_at")
    public Instant finishedAt;
}
