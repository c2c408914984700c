package io.attract.common.audit;

import io.attract.common.excel.CopyMark;
import io.attract.common.persistence.PageView;
import io.attract.common.rest.Downloads;
import io.attract.common.security.Roles;
import io.attract.common.web.Throttled;
import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

@Path("/api/audit")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.AUDIT_ADMIN, Roles.STATS})
public class AuditResource {

    @Inject
    SecurityIdentity identity;

    private static final int MAX_MATCHES = 1000;

    @Inject
    AuditRepository audit;

    @Inject
    AuditEntries entries;

    @Inject
    AuditKeys keys;

    @Inject
    AuditExport export;

    /** The filters as a person types them. */
    public static class Query {
        /** The record type: its stored name (Project) or its Chinese name (项目). */
        @QueryParam("entity")
        public String entity;
        /** The record's id, exactly. */
        @QueryParam("id")
        public String id;
        /** Part of the record's business key: project code or name, firm name, unit name … */
        @QueryParam("record")
        public String record;
        /** The person: login, or part of the display name; 系统 for the application's own work. */
        @QueryParam("actor")
        public String actor;
        /** CREATE, UPDATE, DELETE, LOGIN, LOGOUT, REFUSED, EXPORT, PURGE, DOWNLOAD. */
        @QueryParam("action")
        public String action;

        @QueryParam("from")
        public LocalDate from;

        @QueryParam("to")
        public LocalDate to;
    }

    public record TypeView(String type, String label) {}

    @GET
    @Transactional(Transactional.TxType.SUPPORTS)
    public PageView<AuditEntryView> list(
            @BeanParam Query q,
            @QueryParam("page") @DefaultValue("0") @Min(0) int page,
            @QueryParam("size") @DefaultValue("50") @Min(1) @Max(500) int size) {
        PanacheQuery<AuditEvent> query = audit.search(filter(q), page, size);
        return PageView.of(entries.read(query.list()), query.count());
    }

    /** The record types of the trail with their Chinese names, for the filter. */
    @GET
    @Path("types")
    public List<TypeView> types() {
        return AuditCatalogue.types().stream()
                .map(t -> new TypeView(t.name(), t.label()))
                .toList();
    }

    @GET
    @Path("export")
    @Throttled(Throttled.Kind.EXPORT)
    @Produces("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")
    @Transactional(Transactional.TxType.SUPPORTS)
    public Response exportSheet(@BeanParam Query q) {
        AuditRepository.Filter filter = filter(q);
        CopyMark mark = CopyMark.of(identity.getPrincipal().getName());
        StreamingOutput body = out -> export.write(filter, mark, out);
        return Downloads.file(body, "audit-trail.xlsx", "审计日志.xlsx");
    }

    private AuditRepository.Filter filter(Query q) {
        String entity =
                blank(q.entity) ? null : AuditCatalogue.typeNamed(q.entity).orElse(q.entity.strip());
        List<String> ids = null;
        if (!blank(q.id)) {
            ids = List.of(q.id.strip());
        } else if (!blank(q.record)) {
            ids = recordIds(entity, q.record.strip());
        }
        List<String> actors = null;
        if (!blank(q.actor)) {
            String actor = q.actor.strip();
            Set<String> logins = new LinkedHashSet<>();
            if (AuditEntries.SYSTEM_NAME.equals(actor) || AuditActor.SYSTEM.equalsIgnoreCase(actor)) {
                logins.addAll(AuditEntries.SYSTEM_LOGINS);
            }
            logins.add(actor);
            logins.addAll(keys.loginsNamed(actor));
            actors = List.copyOf(logins);
        }
        return new AuditRepository.Filter(entity, ids, actors, q.action, q.from, q.to);
    }

    /** The ids whose key contains the text, in the type asked for or in any (ids are unique across tables). */
    private List<String> recordIds(String entity, String text) {
        List<String> ids = new ArrayList<>();
        ids.add(text);
        List<String> types = entity != null
                ? List.of(entity)
                : AuditCatalogue.types().stream()
                        .map(AuditCatalogue.Type::name)
                        .filter(AuditKeys::keyed)
                        .toList();
        if (entity == null || "Session".equals(entity)) {
            ids.addAll(keys.loginsNamed(text));
        }
        for (String type : types) {
            if (ids.size() < MAX_MATCHES) {
                ids.addAll(keys.idsMatching(type, text));
            }
        }
        return ids.size() > MAX_MATCHES ? ids.subList(0, MAX_MATCHES) : ids;
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }
}
