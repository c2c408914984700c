package io.attract.project;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;

import io.attract.common.error.ApiException;
import io.attract.common.security.CurrentUser;
import io.attract.common.security.Roles;

/** Who may do what to a project: everyone reads; its responsible unit edits; its unit head confirms. */
@RequestScoped
public class ProjectAccess {

    @Inject
    CurrentUser me;

    @Inject
    ProjectRepository projects;

    public Project find(long id) {
        return projects.findByIdOptional(id)
                .orElseThrow(() -> ApiException.notFound("project.not_found", "找不到该项目。"));
    }

    /** The project, if the caller's unit is responsible for it. */
    public Project editable(long id) {
        Project project = find(id);
        if (!canEdit(project)) {
            throw new ApiException(403, "project.not_owner",
                    "该项目由" + project.unit.name + "负责，只有该单位可以修改。");
        }
        return project;
    }

    public boolean canEdit(Project project) {
        return (me.hasRole(Roles.OFFICER) || me.hasRole(Roles.UNIT_HEAD)) && project.unit.id.equals(myUnitId());
    }

    public boolean canConfirm(Project project) {
        return me.hasRole(Roles.UNIT_HEAD) && project.unit.id.equals(myUnitId());
    }

    public Long myUnitId() {
        return me.unit().map(u -> u.id).orElse(null);
    }

    public String username() {
        return me.username();
    }
}
