package io.attract.demo;

import io.attract.unit.UnitRequest;
import io.attract.unit.UnitService;
import io.attract.unit.UnitView;
import io.attract.user.AppUserRepository;
import io.attract.user.UserRequest;
import io.attract.user.UserService;
import io.attract.user.UserView;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The district's units and the demo's users, written as they come about: the administrator creates the units; a
 * user's first login makes the user (roles, mail), and the administrator then names the person and the unit.
 */
@ApplicationScoped
class DemoPeople {

    static final String ADMIN = "admin";

    static final String ADMIN_UNIT = "invest-bureau";

    @Inject
    UnitService unitService;

    @Inject
    UserService userService;

    @Inject
    AppUserRepository users;

    @Inject
    DemoActor actor;

    int load() {
        int added = 0;
        // Read first: the administrator's own first request below may make the admin's row.
        Set<String> known = userService.list().stream().map(UserView::username).collect(Collectors.toSet());
        Map<String, Long> unitIds = unitService.list().stream().collect(Collectors.toMap(UnitView::code, UnitView::id));
        for (DemoUnits.DemoUnit demo : DemoUnits.UNITS) {
            if (!unitIds.containsKey(demo.code())) {
                UnitRequest request = actor.valid(new UnitRequest(demo.code(), demo.name(), demo.kind()));
                unitIds.put(
                        demo.code(),
                        actor.asAdmin(ADMIN, ADMIN_UNIT, () -> unitService.create(request))
                                .id());
                added++;
            }
        }
        for (DemoUnits.DemoUser demo : DemoUnits.USERS) {
            if (!known.contains(demo.username())) {
                // Reminders mail here; the units' group robots stay unset (the demo reaches no network).
                userService.seen(demo.username(), null, demo.username() + "@tianqiao.example", List.of(demo.role()));
                UserRequest request = actor.valid(new UserRequest(demo.displayName(), unitIds.get(demo.unitCode())));
                actor.asAdmin(ADMIN, ADMIN_UNIT, () -> userService.assign(demo.username(), request));
                added++;
            }
            users.grant(demo.username(), demo.role());
        }
        return added;
    }
}
