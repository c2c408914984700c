package io.attract.project;

import io.attract.common.error.ApiException;
import io.attract.common.security.Roles;
import io.attract.user.CurrentUser;
import io.attract.user.UnitScope;
import io.quarkus.hibernate.orm.panache.PanacheQuery;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;

/**
 * Who may do what to a project: its responsible unit's officers and unit head read and edit it, leaders, stats
 * and admins read every project; another unit's project answers 404 so ids do not reveal it exists.
 */
@RequestScoped
public class ProjectAccess {

    @Inject
    CurrentUser me;

    @Inject
    ProjectRepository projects;

    @Inject
    UnitScope scope;

    public Project find(long id) {
        return projects.findByIdOptional(id)
                .filter(p -> scope.canRead(p.unit.id))
                .orElseThrow(() -> ApiException.notFound("project.not_found", "找不到该项目。"));
    }

    /** Finds a record kept under a project (a fund in place, a work-log entry) by its id and the project's. */
    static final String RECORD_OF_PROJECT = "id = ?1 and project.id = ?2";

    /** The record {@code query} finds, or 404 with {@code code} and {@code message}. */
    static <T> T recordOrNotFound(PanacheQuery<T> query, String code, String message) {
        return query.firstResultOptional().orElseThrow(() -> ApiException.notFound(code, message));
    }

    /** The project, if the caller's unit is responsible for it. */
    public Project editable(long id) {
        Project project = find(id);
        if (!canEdit(project)) {
            throw new ApiException(403, "project.not_owner", "该项目由" + project.unit.name + "负责，只有该单位可以修改。");
        }
        return project;
    }

    public boolean canRead(Project project) {
        return scope.canRead(project.unit.id);
    }

    public boolean canEdit(Project project) {
        return (me.hasRole(Roles.OFFICER) || me.hasRole(Roles.UNIT_HEAD)) && project.unit.id.equals(myUnitId());
    }

    public boolean canConfirm(Project project) {
        return me.hasRole(Roles.UNIT_HEAD) && project.unit.id.equals(myUnitId());
    }

    /** The unit whose projects the caller may read, or null when they read every unit's. */
    public Long readableUnitId() {
        return scope.readableUnitId();
    }

    /** The filter narrowed to what the caller may read: officers and unit heads see only their unit's projects. */
    public ProjectFilter scoped(ProjectFilter filter) {
        Long readable = scope.readableUnitId();
        if (readable == null) {
            return filter;
        }
        boolean otherUnit = filter.unitId() != null && !filter.unitId().equals(readable);
        return filter.withUnit(otherUnit ? UnitScope.NO_UNIT : readable);
    }

    public Long myUnitId() {
        return me.unit().map(u -> u.id).orElse(null);
    }

    public String username() {
        return me.username();
    }
}
