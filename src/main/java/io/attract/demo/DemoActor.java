package io.attract.demo;

import io.attract.common.security.Roles;
import io.attract.user.CurrentUser;
import io.quarkus.arc.Arc;
import io.quarkus.arc.InjectableContext;
import io.quarkus.arc.ManagedContext;
import io.quarkus.security.identity.CurrentIdentityAssociation;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.hibernate.FlushMode;
import org.hibernate.Session;

/**
 * The demo's records written as a person writes them: a request of its own under an officer's identity — a login and
 * the {@code unit} claim a provider would send ({@link CurrentUser}) — through the feature's service, after the same
 * bean validation the REST layer runs. A demo record the application would refuse fails the load.
 */
@ApplicationScoped
class DemoActor {

    @Inject
    Validator validator;

    @Inject
    EntityManager em;

    /**
     * Runs {@code work} as the officer {@code username} of the unit {@code unitCode}, in a request of its own. The
     * services flush what they write; their reads do not flush before each query. Afterwards the persistence context
     * is flushed and cleared: entities the caller holds are then detached, so it reads what it needs of them first.
     */
    <T> T as(String username, String unitCode, Supplier<T> work) {
        return as(username, unitCode, Roles.OFFICER, work);
    }

    /** As {@link #as(String, String, Supplier)}, for the district's administrator (zones, parks and carriers). */
    <T> T asAdmin(String username, String unitCode, Supplier<T> work) {
        return as(username, unitCode, Roles.ADMIN, work);
    }

    private <T> T as(String username, String unitCode, String role, Supplier<T> work) {
        ManagedContext requests = Arc.container().requestContext();
        InjectableContext.ContextState outer = requests.isActive() ? requests.getState() : null;
        Session session = em.unwrap(Session.class);
        FlushMode flushing = session.getHibernateFlushMode();
        session.setHibernateFlushMode(FlushMode.COMMIT);
        requests.activate();
        try {
            Arc.container()
                    .instance(CurrentIdentityAssociation.class)
                    .get()
                    .setIdentity(QuarkusSecurityIdentity.builder()
                            .setPrincipal(new Officer(username, unitCode))
                            .addRole(role)
                            .build());
            T done = work.get();
            // Written and forgotten: the next write's flushes check only what it touches.
            em.flush();
            em.clear();
            return done;
        } finally {
            session.setHibernateFlushMode(flushing);
            requests.terminate();
            if (outer != null) {
                requests.activate(outer);
            }
        }
    }

    /** The request as the REST layer would accept it; a demo request it would refuse is a bug in the demo. */
    <R> R valid(R request) {
        Set<ConstraintViolation<R>> violations = validator.validate(request);
        if (!violations.isEmpty()) {
            throw new IllegalStateException("demo request refused: "
                    + violations.stream()
                            .map(v -> v.getPropertyPath() + " " + v.getMessage())
                            .collect(Collectors.joining("; ")));
        }
        return request;
    }

    /** The token a provider would issue: a login and the unit claim. */
    private record Officer(String username, String unitCode) implements JsonWebToken {

        @Override
        public String getName() {
            return username;
        }

        @Override
        public Set<String> getClaimNames() {
            return Set.of("preferred_username", CurrentUser.UNIT_CLAIM);
        }

        @Override
        @SuppressWarnings("unchecked")
        public <T> T getClaim(String claimName) {
            return (T) Map.of("preferred_username", username, CurrentUser.UNIT_CLAIM, unitCode)
                    .get(claimName);
        }
    }
}
