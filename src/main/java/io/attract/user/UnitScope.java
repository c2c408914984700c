package io.attract.user;

import io.attract.common.error.ApiException;
import io.attract.common.security.Roles;
import io.attract.unit.Unit;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;

/**
 * The unit rule for records that belong to one unit (visits, leads): officers and unit heads see and write
 * only their own unit's; leaders, stats and admins read everything and write nothing.
 */
@RequestScoped
public class UnitScope {

    /** A unit id no record has: an officer without a unit sees nothing. */
    public static final long NO_UNIT = -1L;

    @Inject
    CurrentUser me;

    public boolean readsAll() {
        return me.hasRole(Roles.LEADER) || me.hasRole(Roles.STATS) || me.hasRole(Roles.ADMIN);
    }

    /** The unit whose records the caller may read, or null when they read every unit's. */
    public Long readableUnitId() {
        if (readsAll()) {
            return null;
        }
        return me.unit().map(u -> u.id).orElse(NO_UNIT);
    }

    public boolean canRead(Long unitId) {
        Long readable = readableUnitId();
        return readable == null || readable.equals(unitId);
    }

    public boolean canWrite(Long unitId) {
        return isWriter()
                && unitId != null
                && unitId.equals(me.unit().map(u -> u.id).orElse(NO_UNIT));
    }

    public boolean isWriter() {
        return me.hasRole(Roles.OFFICER) || me.hasRole(Roles.UNIT_HEAD);
    }

    /** The caller's unit, where a new record goes. */
    public Unit writableUnit() {
        if (!isWriter()) {
            throw new ApiException(403, "unit.not_writer", "只有招商专员或单位负责人可以录入。");
        }
        return me.unit().orElseThrow(() -> new ApiException(403, "unit.missing", "您尚未分配所属单位，请联系管理员。"));
    }

    public String username() {
        return me.username();
    }

    public String displayName() {
        return me.displayName();
    }

    public boolean hasRole(String role) {
        return me.hasRole(role);
    }
}
