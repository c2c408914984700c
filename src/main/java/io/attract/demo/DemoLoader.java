package io.attract.demo;

import io.attract.common.persistence.DatabaseBootstrap;
import io.quarkus.arc.properties.IfBuildProperty;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.StartupEvent;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import org.jboss.logging.Logger;

/**
 * Idempotent: adds what is missing of the demo, never touches what is there. Off (production): the start only reads
 * {@code attract.demo.enabled}; no demo bean is made. An image built with {@code -Dattract.demo.included=false} has
 * no demo beans at all (ADR 0025).
 */
@ApplicationScoped
@IfBuildProperty(name = "attract.demo.included", stringValue = "true", enableIfMissing = true)
public class DemoLoader {

    private static final Logger LOG = Logger.getLogger(DemoLoader.class);

    @Inject
    EntityManager em;

    @Inject
    DemoPeople people;

    @Inject
    DemoSpace space;

    @Inject
    DemoEnterprises firms;

    @Inject
    DemoProjects projects;

    @Inject
    DemoEngagement engagement;

    @Inject
    DemoChains chains;

    @Inject
    DemoTargets targets;

    /**
     * Static, so that the loader (and the demo beans it injects) is made only when the demo is on. Through the
     * services the load takes 20-60 s on a busy 2-core host: the default 60 s transaction timeout is too tight.
     */
    static void onStart(
            @Observes @Priority(DatabaseBootstrap.PRIORITY + 10) StartupEvent event,
            DemoConfig config,
            Instance<DemoLoader> loader) {
        if (config.enabled()) {
            QuarkusTransaction.requiringNew()
                    .timeout(600)
                    .run(() -> loader.get().load());
        }
    }

    @Transactional
    public void load() {
        int added = people.load();
        settle(); // the space is written as the admin, whom the audit looks up
        added += space.load();
        added += firms.load();
        added += projects.load();
        settle();
        added += engagement.load();
        settle();
        added += chains.load();
        added += targets.load();
        LOG.infof("Demo data: %d records added", added);
    }

    /**
     * Writes what the parts before made and forgets it: each later part reads what it needs, and the flushes of the
     * services the engagement part goes through stay short.
     */
    private void settle() {
        em.flush();
        em.clear();
    }
}
