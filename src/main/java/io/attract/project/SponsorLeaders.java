package io.attract.project;

import io.attract.common.error.ApiException;
import io.attract.common.security.Roles;
import io.attract.common.text.Blank;
import io.attract.user.AppUser;
import io.attract.user.AppUserRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Objects;

/**
 * 包挂领导: a project's sponsor leader is a user when one is picked or when the name written is exactly one user's
 * display name (the rule V25 applied to the projects before it); otherwise the name stays text only, as ledgers
 * name people who are no users. A linked project shows the user's display name.
 */
@ApplicationScoped
public class SponsorLeaders {

    public record Sponsor(String username, String name) {
        static final Sponsor NONE = new Sponsor(null, null);
    }

    @Inject
    AppUserRepository users;

    /**
     * The sponsor a form asks for: the picked user (who must hold the leader role, unless already the project's
     * sponsor), else the name typed, linked when it is one user's display name.
     */
    Sponsor of(String username, String text, String current) {
        String picked = Blank.toNull(username);
        if (picked != null) {
            AppUser user = users.findByUsername(picked.strip())
                    .orElseThrow(
                            () -> ApiException.invalid("sponsorUsername", "project.sponsor_not_found", "找不到所选的包挂领导。"));
            if (!Objects.equals(user.username, current)
                    && users.withRole(Roles.LEADER).stream()
                            .noneMatch(l -> l.username().equals(user.username))) {
                throw ApiException.invalid("sponsorUsername", "project.sponsor_not_leader", "包挂领导须是具有区领导角色的用户。");
            }
            return new Sponsor(user.username, name(user));
        }
        String name = Blank.toNull(text);
        return name == null ? Sponsor.NONE : new Sponsor(byDisplayName(name.strip()), name.strip());
    }

    /** The user whose display name this is, when exactly one user has it. */
    String byDisplayName(String name) {
        List<AppUser> named = users.list("displayName", name);
        return named.size() == 1 ? named.get(0).username : null;
    }

    private static String name(AppUser user) {
        String name = Blank.toNull(user.displayName);
        return name == null ? user.username : name.strip();
    }
}
