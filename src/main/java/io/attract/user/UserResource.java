package io.attract.user;

import io.attract.common.persistence.PageView;
import io.attract.common.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;

@Path("/api/users")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.ADMIN)
public class UserResource {

    @Inject
    UserService service;

    @GET
    public PageView<UserView> list() {
        return PageView.all(service.list());
    }

    /** The users who may be a project's sponsor leader (包挂领导): those with the leader role. */
    @GET
    @Path("leaders")
    @RolesAllowed({Roles.OFFICER, Roles.UNIT_HEAD, Roles.LEADER, Roles.STATS, Roles.ADMIN})
    public List<Person> leaders() {
        return service.leaders();
    }

    /** Every user's name as people read it, for showing a person where a record keeps their login. */
    @GET
    @Path("people")
    @RolesAllowed({Roles.OFFICER, Roles.UNIT_HEAD, Roles.LEADER, Roles.STATS, Roles.ADMIN})
    public List<Person> people() {
        return service.people();
    }

    @PUT
    @Path("{username}")
    public UserView assign(@PathParam("username") String username, @Valid @NotNull UserRequest request) {
        return service.assign(username, request);
    }
}
