package io.attract.project;

import io.attract.common.excel.ListExport;
import io.attract.common.security.Roles;
import io.attract.common.web.Throttled;
import io.attract.user.CurrentUser;
import io.attract.user.PeopleNames;
import io.quarkus.panache.common.Sort;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;

/** The project list and the open coordination requests as .xlsx, with the list's filters and order. */
@Path("/api/projects")
public class ProjectExportResource {

    @Inject
    ProjectService service;

    @Inject
    ProjectWorklog worklog;

    @Inject
    CurrentUser me;

    @Inject
    PeopleNames people;

    @Inject
    ListExport export;

    @GET
    @Path("export")
    @Throttled(Throttled.Kind.EXPORT)
    @Produces(ListExport.XLSX)
    @RolesAllowed({Roles.OFFICER, Roles.UNIT_HEAD, Roles.LEADER, Roles.STATS, Roles.ADMIN})
    public Response projects(
            @BeanParam ProjectQuery query, @QueryParam("sort") @DefaultValue("-updatedAt") String sort) {
        ProjectFilter filter = query.filter(me.username());
        Sort order = ProjectResource.sort(sort);
        return export.answer(
                "项目清单",
                ProjectSheets.projects(people.now()),
                (page, size) -> service.list(filter, order, page, size).items());
    }

    @GET
    @Path("coordination/export")
    @Throttled(Throttled.Kind.EXPORT)
    @Produces(ListExport.XLSX)
    @RolesAllowed({Roles.OFFICER, Roles.UNIT_HEAD, Roles.LEADER, Roles.STATS, Roles.ADMIN})
    public Response coordination(@QueryParam("unitId") Long unitId) {
        return export.answer(
                "需协调事项",
                ProjectSheets.coordination(people.now()),
                (page, size) -> worklog.openCoordination(ProjectWorklog.OpenRequests.ofUnit(unitId), page, size));
    }
}
