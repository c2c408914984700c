package io.attract.common.security;

import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.SecurityIdentityAugmentor;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonNumber;
import jakarta.json.JsonString;
import java.time.Instant;
import java.util.Optional;
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * Refuses the tokens of a session the identity provider ended, whichever replica learnt of it ({@link EndedSessions}):
 * an API call answers 401 and a page goes back to the login.
 */
@ApplicationScoped
public class EndedSessionCheck implements SecurityIdentityAugmentor {

    @Inject
    EndedSessions endedSessions;

    @Override
    public Uni<SecurityIdentity> augment(SecurityIdentity identity, AuthenticationRequestContext context) {
        if (!identity.isAnonymous() && identity.getPrincipal() instanceof JsonWebToken token && ended(token)) {
            return Uni.createFrom().failure(new AuthenticationFailedException("the session was ended at the provider"));
        }
        return Uni.createFrom().item(identity);
    }

    private boolean ended(JsonWebToken token) {
        Optional<String> sid = Optional.ofNullable(token.<Object>getClaim("sid"))
                .map(value -> value instanceof JsonString text ? text.getString() : value.toString());
        // When the person logged in (the same across refreshed tokens); the token's own time when not said (a
        // missing standard claim reads as 0).
        Object authTime = token.getClaim("auth_time");
        long said = authTime instanceof JsonNumber json
                ? json.longValue()
                : authTime instanceof Number number ? number.longValue() : 0;
        long authenticated = said > 0 ? said : token.getIssuedAtTime();
        String subject = token.getSubject();
        return subject != null && endedSessions.ended(sid, subject, Instant.ofEpochSecond(authenticated));
    }
}
