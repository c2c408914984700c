package io.attract.demo;

import io.attract.common.persistence.DatabaseBootstrap;
import io.attract.unit.Unit;
import io.attract.unit.UnitRepository;
import io.attract.user.AppUser;
import io.attract.user.AppUserRepository;
import io.quarkus.runtime.StartupEvent;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jboss.logging.Logger;

/** Idempotent: adds what is missing of the demo, never touches what is there. */
@ApplicationScoped
public class DemoLoader {

    private static final Logger LOG = Logger.getLogger(DemoLoader.class);

    @Inject
    DemoConfig config;

    @Inject
    UnitRepository units;

    @Inject
    AppUserRepository users;

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

    void onStart(@Observes @Priority(DatabaseBootstrap.PRIORITY + 10) StartupEvent event) {
        if (config.enabled()) {
            load();
        }
    }

    @Transactional
    public void load() {
        int added = 0;
        for (DemoUnits.DemoUnit demo : DemoUnits.UNITS) {
            if (units.findByCode(demo.code()).isEmpty()) {
                Unit unit = new Unit();
                unit.code = demo.code();
                unit.name = demo.name();
                unit.kind = demo.kind();
                units.persist(unit);
                added++;
            }
        }
        Map<String, Unit> byCode = units.listAll().stream().collect(Collectors.toMap(u -> u.code, Function.identity()));
        for (DemoUnits.DemoUser demo : DemoUnits.USERS) {
            if (users.findByUsername(demo.username()).isEmpty()) {
                AppUser user = new AppUser();
                user.username = demo.username();
                user.displayName = demo.displayName();
                user.unit = byCode.get(demo.unitCode());
                users.persist(user);
                added++;
            }
            users.grant(demo.username(), demo.role());
        }
        added += space.load();
        added += firms.load();
        added += projects.load();
        added += engagement.load();
        added += chains.load();
        added += targets.load();
        LOG.infof("Demo data: %d records added", added);
    }
}
