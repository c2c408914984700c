package io.attract.common.persistence;

import io.agroal.api.AgroalDataSource;
import io.quarkus.agroal.DataSource;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.RequestScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.Objects;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.hibernate.FlushMode;
import org.hibernate.Session;
import org.hibernate.SessionFactory;
import org.jboss.logging.Logger;

/**
 * A request's reads from the read replica (ADR 0019). With a replica configured (the {@code reads} datasource's URL
 * is not the primary's), the request's first read opens one connection to it, in a read-only repeatable-read
 * transaction: every query of the request sees one snapshot, and {@link #dataAsOf()} is the replica's replay time
 * of that snapshot. Hibernate reads through a session of the application's own session factory on that connection
 * (entities, HQL and native SQL alike), joined to no JTA transaction; it is rolled back and closed with the request.
 * Without a replica, or when the replica cannot be reached, the request reads the primary as it always did (the
 * transaction's own session) and the data is as of now.
 */
@RequestScoped
public class ReadSnapshot {

    /** When the data is current: the replica's last replayed commit, or now on the primary. */
    static final String DATA_AS_OF = "select case when pg_is_in_recovery() then pg_last_xact_replay_timestamp()"
            + " else statement_timestamp() end";

    private static final Logger LOG = Logger.getLogger(ReadSnapshot.class);

    @Inject
    @DataSource("reads")
    AgroalDataSource reads;

    @Inject
    SessionFactory sessions;

    @Inject
    Session primary;

    @ConfigProperty(name = "quarkus.datasource.jdbc.url")
    String primaryUrl;

    @ConfigProperty(name = "quarkus.datasource.reads.jdbc.url")
    String readsUrl;

    private Connection connection;
    private Session session;
    private Instant dataAsOf;
    private boolean opened;

    /** The request's read session: the replica's, or the primary's own (that of the current transaction). */
    @Produces
    @ReadReplica
    @RequestScoped
    Session session() {
        open();
        return session != null ? session : primary;
    }

    /** Whether reads go to a replica (its URL differs from the primary's). */
    public boolean replica() {
        return !Objects.equals(primaryUrl, readsUrl);
    }

    /**
     * When the data this request reads was current: the replica's {@code pg_last_xact_replay_timestamp()} (the commit
     * time of the last change it has applied), or now when reading the primary. Null on a replica that has applied
     * nothing since it started.
     */
    public Instant dataAsOf() {
        open();
        if (session == null) {
            return SqlValues.instant(primary.createNativeQuery(DATA_AS_OF).getSingleResult());
        }
        return dataAsOf;
    }

    /**
     * The replica's replay time when this request has read from the replica so far, else null (whatever it read came
     * from the primary, current as it was read): for a document that says 数据截至 only when it differs from "now".
     */
    public Instant replicaDataAsOf() {
        return session != null ? dataAsOf : null;
    }

    /**
     * On a replica: the connection, its snapshot (the first query takes it) and the session over it. A pooled
     * connection the replica has dropped (a restart, a failover) fails at that first query: one more try with a new
     * one, then the primary.
     */
    private void open() {
        if (opened) {
            return;
        }
        opened = true;
        if (!replica()) {
            return;
        }
        for (int attempt = 1; attempt <= 2 && connection == null; attempt++) {
            try {
                begin();
            } catch (SQLException e) {
                close();
                if (attempt == 2) {
                    LOG.warnf("The read replica cannot be read (%s): reading the primary", e.getMessage());
                    return;
                }
            }
        }
        session = sessions.withOptions()
                .connection(connection)
                .autoJoinTransactions(false)
                .flushMode(FlushMode.MANUAL)
                .readOnly(true)
                .openSession();
    }

    private void begin() throws SQLException {
        connection = reads.getConnection();
        connection.setAutoCommit(false);
        connection.setReadOnly(true);
        connection.setTransactionIsolation(Connection.TRANSACTION_REPEATABLE_READ);
        try (Statement statement = connection.createStatement();
                ResultSet rs = statement.executeQuery(DATA_AS_OF)) {
            rs.next();
            dataAsOf = SqlValues.instant(rs.getObject(1));
        }
    }

    @PreDestroy
    void close() {
        if (session != null) {
            session.close();
            session = null;
        }
        if (connection != null) {
            try {
                connection.rollback();
            } catch (SQLException e) {
                LOG.debugf("rollback of a replica read failed: %s", e.getMessage());
            }
            try {
                connection.close();
            } catch (SQLException e) {
                LOG.debugf("closing a replica connection failed: %s", e.getMessage());
            }
            connection = null;
        }
    }
}
