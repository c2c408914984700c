package io.attract.common.audit;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.agroal.api.AgroalDataSource;
import io.quarkus.oidc.SecurityEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.Map;
import org.eclipse.microprofile.context.ManagedExecutor;
import org.jboss.logging.Logger;

/**
 * Logins, logouts, refused requests and exports of personal data in the audit trail. They change nothing, so they are written after the answer, off
 * the request's thread (a refusal can happen on the event loop, where JDBC must not block).
 */
@ApplicationScoped
public class SecurityAudit {

    private static final Logger LOG = Logger.getLogger(SecurityAudit.class);

    @Inject
    AgroalDataSource dataSource;

    @Inject
    AuditActor actor;

    @Inject
    ManagedExecutor executor;

    @Inject
    ObjectMapper json;

    /** A browser session began (the OIDC code flow came back). */
    public void login() {
        write("LOGIN", "Session", null);
    }

    /**
     * A session ended: the user logged out here, or the identity provider ended it (back-channel logout). Outside a
     * request of the user's own, so the user is named, not taken from the request.
     */
    public void logout(String username) {
        write("LOGOUT", "Session", username, new AuditActor.Actor(username, null));
    }

    /** Logouts here (RP-initiated) and at the identity provider (back-channel), as the OIDC mechanism reports them. */
    void sessionEvent(@Observes SecurityEvent event) {
        boolean ended = event.getEventType() == SecurityEvent.Type.OIDC_LOGOUT_RP_INITIATED
                || event.getEventType() == SecurityEvent.Type.OIDC_BACKCHANNEL_LOGOUT_COMPLETED;
        if (ended
                && event.getSecurityIdentity() != null
                && !event.getSecurityIdentity().isAnonymous()) {
            logout(event.getSecurityIdentity().getPrincipal().getName());
        }
    }

    /** A signed-in user asked for something their role does not allow. */
    public void refused(String method, String path) {
        write("REFUSED", "Request", method + " " + path);
    }

    /**
     * A file of personal data (contacts' names) left the application: which list ({@code path}) and with which
     * filter ({@code query}, the request's query string).
     */
    public void exported(String path, String query) {
        String filter = null;
        if (query != null && !query.isBlank()) {
            Map<String, Object> change = new HashMap<>();
            change.put("before", null);
            change.put("after", query);
            filter = json.valueToTree(Map.of("filter", change)).toString();
        }
        write("EXPORT", "Export", path, actor.current(), filter);
    }

    private void write(String action, String entity, String entityId) {
        write(action, entity, entityId, actor.current());
    }

    private void write(String action, String entity, String entityId, AuditActor.Actor who) {
        write(action, entity, entityId, who, null);
    }

    private void write(String action, String entity, String entityId, AuditActor.Actor who, String changes) {
        executor.runAsync(() -> {
            try (Connection connection = dataSource.getConnection();
                    PreparedStatement insert = connection.prepareStatement("""
                            insert into audit_event (actor, remote_address, action, entity, entity_id, changes)
                            values (?, ?, ?, ?, ?, cast(? as jsonb))""")) {
                insert.setString(1, who.username());
                insert.setString(2, who.remoteAddress());
                insert.setString(3, action);
                insert.setString(4, entity);
                insert.setString(5, entityId == null ? who.username() : entityId);
                insert.setString(6, changes);
                insert.executeUpdate();
            } catch (SQLException e) {
                LOG.warnf(e, "Could not record %s of %s in the audit trail", action, who.username());
            }
        });
    }
}
