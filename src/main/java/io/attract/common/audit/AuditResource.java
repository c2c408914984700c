package io.attract.common.audit;

import java.time.LocalDate;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;

import io.attract.common.persistence.PageView;
import io.attract.common.security.Roles;
import io.quarkus.hibernate.orm.panache.PanacheQuery;

@Path("/api/audit")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({ Roles.ADMIN, Roles.STATS })
public class AuditResource {

    @Inject
    AuditRepository audit;

    @Inject
    AuditTrail trail;

    @Inject
    AuditExport export;

    /**
     * Filters: entity, id (entity id), actor, action (CREATE, UPDATE, DELETE, LOGIN, REFUSED, PURGE), from/to (days).
     */
    @GET
    @Transactional(Transactional.TxType.SUPPORTS)
    public PageView<AuditEventView> list(@QueryParam("entity") String entity, @QueryParam("id") String id,
            @QueryParam("actor") String actor, @QueryParam("action") String action,
            @QueryParam("from") LocalDate from, @QueryParam("to") LocalDate to,
            @QueryParam("page") @DefaultValue("0") @Min(0) int page,
            @QueryParam("size") @DefaultValue("50") @Min(1) @Max(500) int size) {
        PanacheQuery<AuditEvent> query = audit.search(new AuditRepository.Filter(entity, id, actor, action, from, to),
                page, size);
        return PageView.of(query.list().stream().map(trail::view).toList(), query.count());
    }

    @GET
    @Path("export")
    @Produces("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")
    public Response exportSheet(@QueryParam("entity") String entity, @QueryParam("id") String id,
            @QueryParam("actor") String actor, @QueryParam("action") String action,
            @QueryParam("from") LocalDate from, @QueryParam("to") LocalDate to) {
        AuditRepository.Filter filter = new AuditRepository.Filter(entity, id, actor, action, from, to);
        StreamingOutput body = out -> export.write(filter, out);
        return Response.ok(body).header("Content-Disposition", "attachment; filename=\"audit-trail.xlsx\"; "
                + "filename*=UTF-8''%E5%AE%A1%E8%AE%A1%E6%97%A5%E5%BF%97.xlsx").build();
    }
}
