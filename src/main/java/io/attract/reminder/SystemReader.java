package io.attract.reminder;

import io.attract.common.security.Roles;
import io.quarkus.arc.Arc;
import io.quarkus.arc.InjectableContext;
import io.quarkus.arc.ManagedContext;
import io.quarkus.security.identity.CurrentIdentityAssociation;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;
import jakarta.enterprise.context.ApplicationScoped;
import java.security.Principal;
import java.util.function.Supplier;

/**
 * Reads what reminders say outside anyone's request (the schedule, or the admin's button): in a request of its own
 * whose caller reads every unit — the services' unit rule then lets the reminder's own filters (a unit, a person)
 * choose. It writes nothing, and as no person it leaves no "last seen" behind.
 */
@ApplicationScoped
class SystemReader {

    static final String NAME = "system:reminders";

    <T> T run(Supplier<T> work) {
        ManagedContext requests = Arc.container().requestContext();
        InjectableContext.ContextState outer = requests.isActive() ? requests.getState() : null;
        if (outer != null) {
            requests.deactivate();
        }
        requests.activate();
        try {
            Principal system = () -> NAME;
            Arc.container()
                    .instance(CurrentIdentityAssociation.class)
                    .get()
                    .setIdentity(QuarkusSecurityIdentity.builder()
                            .setPrincipal(system)
                            .addRole(Roles.STATS)
                            .build());
            return work.get();
        } finally {
            requests.terminate();
            if (outer != null) {
                requests.activate(outer);
            }
        }
    }
}
