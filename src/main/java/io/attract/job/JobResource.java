package io.attract.job;

import io.attract.common.error.ApiException;
import io.attract.common.security.Roles;
import io.attract.user.CurrentUser;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.UUID;

/** {@code GET /api/jobs/{id}}: the user who started the job, and admins; for anyone else it does not exist. */
@Path("/api/jobs")
@Produces(MediaType.APPLICATION_JSON)
public class JobResource {

    @Inject
    JobStore store;

    @Inject
    CurrentUser me;

    @GET
    @Path("{id}")
    @RolesAllowed({Roles.OFFICER, Roles.UNIT_HEAD, Roles.LEADER, Roles.STATS, Roles.ADMIN})
    public JobView get(@PathParam("id") String id) {
        return store.find(parse(id))
                .filter(job -> job.ownerUsername.equals(me.username()) || me.hasRole(Roles.ADMIN))
                .map(store::view)
                .orElseThrow(JobResource::notFound);
    }

    /**
     * The answer to a POST that started a job: 202 with the job, and where to poll it — a path, as API.md writes it
     * ({@code location()} would make it absolute with the host this replica saw, not the one the client used).
     */
    public static Response accepted(JobView job) {
        return Response.accepted(job)
                .header(HttpHeaders.LOCATION, "/api/jobs/" + job.id())
                .build();
    }

    private static UUID parse(String id) {
        try {
            return UUID.fromString(id);
        } catch (IllegalArgumentException e) {
            throw notFound();
        }
    }

    private static ApiException notFound() {
        return ApiException.notFound("job.not_found", "没有找到该任务。");
    }
}
