package io.attract.cockpit;

import io.attract.common.error.ApiException;
import io.attract.common.security.Roles;
import io.attract.user.CurrentUser;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * Whose figures a cockpit reader gets, for the cockpit and the briefing made of it: a unit head their own unit's
 * (whatever unit they ask for); leaders, statistics and admins any unit or the whole district.
 */
@ApplicationScoped
public class CockpitScope {

    @Inject
    CurrentUser me;

    /** The unit to show (null = the district) for the unit asked for. */
    public Long unit(Long requested) {
        if (me.hasRole(Roles.LEADER) || me.hasRole(Roles.STATS) || me.hasRole(Roles.ADMIN)) {
            return requested;
        }
        return me.unit()
                .map(u -> u.id)
                .orElseThrow(() -> new ApiException(403, "cockpit.no_unit", "您尚未分配责任单位，无法查看本单位驾驶舱。请联系系统管理员。"));
    }
}
