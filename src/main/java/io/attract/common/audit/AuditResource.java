package io.attract.common.audit;

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

    @GET
    @Transactional(Transactional.TxType.SUPPORTS)
    public PageView<AuditEventView> list(@QueryParam("entity") String entity, @QueryParam("id") String id,
            @QueryParam("actor") String actor, @QueryParam("page") @DefaultValue("0") @Min(0) int page,
            @QueryParam("size") @DefaultValue("50") @Min(1) @Max(500) int size) {
        PanacheQuery<AuditEvent> query = audit.search(new AuditRepository.Filter(entity, id, actor), page, size);
        return PageView.of(query.list().stream().map(trail::view).toList(), query.count());
    }
}
