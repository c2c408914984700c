package io.attract.user;

import io.attract.unit.Unit;
import io.attract.unit.UnitRepository;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.jboss.logging.MDC;

/**
 * The caller as Attract sees them: username, roles and unit. The unit comes from the token claim {@code unit}
 * (a unit code) when the provider sends one, else from the admin's in-app assignment.
 */
@RequestScoped
public class CurrentUser {

    public static final String UNIT_CLAIM = "unit";

    @Inject
    SecurityIdentity identity;

    @Inject
    UnitRepository units;

    @Inject
    UserService users;

    private AppUser stored;

    private Optional<Unit> unit;

    public String username() {
        return identity.getPrincipal().getName();
    }

    public Set<String> roles() {
        return new TreeSet<>(identity.getRoles());
    }

    public boolean hasRole(String role) {
        return identity.hasRole(role);
    }

    /** The email the provider last gave, and whether the user takes the daily digest by mail. */
    public AppUser stored() {
        return user();
    }

    public String displayName() {
        String stored = user().displayName;
        return stored != null ? stored : claim("name").orElse(username());
    }

    /** Looked up once per request: lists ask it for every row they show. */
    public Optional<Unit> unit() {
        if (unit == null) {
            Optional<String> code = claim(UNIT_CLAIM);
            unit = code.isPresent() ? units.findByCode(code.get()) : Optional.ofNullable(user().unit);
            unit.ifPresent(u -> MDC.put("unit", u.code)); // the log context (CallerInLog) once it is known
        }
        return unit;
    }

    private AppUser user() {
        if (stored == null) {
            stored = users.seen(
                    username(), claim("name").orElse(null), claim("email").orElse(null), identity.getRoles());
        }
        return stored;
    }

    private Optional<String> claim(String name) {
        if (identity.getPrincipal() instanceof JsonWebToken jwt) {
            Object value = jwt.getClaim(name);
            if (value != null && !value.toString().isBlank()) {
                return Optional.of(value.toString().replace("\"", ""));
            }
        }
        return Optional.empty();
    }
}
