package io.attract.common.security;

import io.agroal.api.AgroalDataSource;
import io.quarkus.oidc.SecurityEvent;
import io.quarkus.runtime.StartupEvent;
import io.quarkus.scheduler.Scheduled;
import io.vertx.core.json.JsonObject;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.lang.reflect.Field;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.context.ManagedExecutor;
import org.jboss.logging.Logger;

/**
 * Sessions ended at the identity provider, shared by every replica through {@code ended_session} (V34, ADR 0029).
 * Quarkus remembers a back-channel logout only on the replica Keycloak posted it to; this keeps it for all: the
 * receiving replica writes the session's sid (and subject), every replica reads new rows every two seconds, and
 * {@link EndedSessionCheck} refuses tokens of a session so ended. Lookups are in memory: no query per request.
 */
@ApplicationScoped
public class EndedSessions {

    private static final Logger LOG = Logger.getLogger(EndedSessions.class);

    @Inject
    AgroalDataSource dataSource;

    @Inject
    ManagedExecutor executor;

    /** No session outlives this (the realm's absolute session lifespan, 10 h); older rows are of no use. */
    @ConfigProperty(name = "attract.sessions.ended-kept", defaultValue = "12h")
    Duration kept;

    private final Map<String, Instant> bySid = new ConcurrentHashMap<>();
    private final Map<String, Instant> bySubject = new ConcurrentHashMap<>();
    private volatile long lastId;

    void start(@Observes StartupEvent start) {
        refresh();
    }

    /** The logout token Quarkus verified (signature, issuer, audience, events claim) names the session to end. */
    void backChannelLogout(@Observes SecurityEvent event) {
        if (event.getEventType() != SecurityEvent.Type.OIDC_BACKCHANNEL_LOGOUT_INITIATED) {
            return;
        }
        Object token = event.getEventProperties().get("logout_token");
        JsonObject claims = claimsOf(token);
        if (claims == null || claims.getString("sub") == null) {
            return;
        }
        String sid = claims.getString("sid");
        String sub = claims.getString("sub");
        // Fired on the event loop: the insert runs elsewhere; this replica refuses the session at once.
        remember(sid, sub, Instant.now());
        executor.runAsync(() -> record(sid, sub));
    }

    /** Whether a token of this session (its sid, else its subject and when it was authenticated) has been ended. */
    public boolean ended(Optional<String> sid, String subject, Instant authenticatedAt) {
        if (sid.isPresent() && bySid.containsKey(sid.get())) {
            return true;
        }
        Instant subjectEnded = bySubject.get(subject);
        return subjectEnded != null && authenticatedAt.isBefore(subjectEnded);
    }

    void record(String sid, String sub) {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement insert =
                        connection.prepareStatement("insert into ended_session (sid, sub) values (?, ?)")) {
            insert.setString(1, sid);
            insert.setString(2, sub);
            insert.executeUpdate();
        } catch (SQLException e) {
            LOG.warnf(e, "Could not share the end of session %s with the other replicas", sid);
        }
    }

    @Scheduled(
            identity = "ended-sessions",
            every = "2s",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP,
            skipExecutionIf = Scheduled.ApplicationNotRunning.class)
    void refresh() {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement select = connection.prepareStatement("""
                        select id, sid, sub, ended_at from ended_session
                        where id > ? and ended_at > now() - make_interval(secs => ?)
                        order by id""")) {
            select.setLong(1, lastId);
            select.setLong(2, kept.toSeconds());
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    lastId = rows.getLong("id");
                    remember(
                            rows.getString("sid"),
                            rows.getString("sub"),
                            rows.getTimestamp("ended_at").toInstant());
                }
            }
        } catch (SQLException e) {
            LOG.debugf(e, "Could not read ended sessions; trying again");
        }
        Instant horizon = Instant.now().minus(kept);
        bySid.values().removeIf(at -> at.isBefore(horizon));
        bySubject.values().removeIf(at -> at.isBefore(horizon));
    }

    /** Clears what this replica remembers (tests). */
    void forget() {
        bySid.clear();
        bySubject.clear();
    }

    private void remember(String sid, String sub, Instant at) {
        if (sid != null) {
            bySid.merge(sid, at, (a, b) -> a.isAfter(b) ? a : b);
        } else {
            bySubject.merge(sub, at, (a, b) -> a.isAfter(b) ? a : b);
        }
    }

    /**
     * The verified claims Quarkus passes with the event. Its {@code TokenVerificationResult} keeps them in a field
     * of its package and offers no getter, so it is read by reflection; should a Quarkus upgrade change that, the
     * claims are missing, a warning says so, and the real-Keycloak test's second replica fails.
     */
    private static JsonObject claimsOf(Object token) {
        if (token == null) {
            return null;
        }
        try {
            Field claims = token.getClass().getDeclaredField("localVerificationResult");
            claims.setAccessible(true);
            return (JsonObject) claims.get(token);
        } catch (ReflectiveOperationException | RuntimeException e) {
            LOG.warnf("A back-channel logout could not be shared with the other replicas: %s", e);
            return null;
        }
    }
}
