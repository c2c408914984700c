package io.attract.user;

import io.attract.common.error.ApiException;
import io.attract.common.security.Roles;
import io.attract.unit.UnitRef;
import io.attract.unit.UnitRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.List;

@ApplicationScoped
@Transactional
public class UserService {

    /** How stale "last seen" may get before a request refreshes it (keeps GET /api/me from writing every time). */
    private static final Duration SEEN_RESOLUTION = Duration.ofMinutes(10);

    @Inject
    AppUserRepository users;

    @Inject
    UnitRepository units;

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<UserView> list() {
        return users.listWithUnits().stream().map(UserService::view).toList();
    }

    /** 包挂领导 to pick from: the users with the leader role. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Person> leaders() {
        return users.withRole(Roles.LEADER);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Person> people() {
        return users.people();
    }

    public UserView assign(String username, UserRequest request) {
        AppUser user = users.findByUsername(username)
                .orElseThrow(() -> ApiException.notFound("user.not_found", "找不到该用户（用户需至少登录一次）。"));
        user.displayName =
                request.displayName() == null || request.displayName().isBlank()
                        ? user.displayName
                        : request.displayName().trim();
        user.unit = request.unitId() == null
                ? null
                : units.findByIdOptional(request.unitId())
                        .orElseThrow(() -> ApiException.invalid("unitId", "unit.not_found", "找不到该责任单位。"));
        users.flush();
        return view(user);
    }

    /** The caller's own switch for the daily digest by mail. */
    public void emailDigest(String username, boolean on) {
        users.findByUsername(username).orElseThrow().emailDigest = on;
    }

    /** Records that a user was seen (the row is created on first login) and returns the stored user. */
    public AppUser seen(String username, String displayName, String email, Collection<String> roles) {
        Instant now = Instant.now();
        users.seen(username, displayName, email, roles, now, now.minus(SEEN_RESOLUTION));
        return users.findByUsername(username).orElseThrow();
    }

    static UserView view(AppUser user) {
        return new UserView(
                user.username,
                user.displayName,
                UnitRef.of(user.unit),
                user.lastSeenAt,
                user.email,
                user.emailDigest,
                user.version);
    }
}
