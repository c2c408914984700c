package io.attract.common.web;

import io.attract.common.error.Problem;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.Response;
import java.lang.reflect.Method;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * Exports and imports per user: each kind ({@link Throttled.Kind}) allows {@code attract.throttle.<kind>-per-minute}
 * starts, refilled evenly over the minute (a token bucket), per replica. Beyond that: 429 {@code request.throttled}
 * with {@code Retry-After}, so a script or a stuck button cannot keep the database busy with one person's files.
 */
@Singleton
public class Throttle {

    @Inject
    SecurityIdentity identity;

    @ConfigProperty(name = "attract.throttle.enabled", defaultValue = "true")
    volatile boolean enabled;

    @ConfigProperty(name = "attract.throttle.export-per-minute", defaultValue = "10")
    int exportsPerMinute;

    @ConfigProperty(name = "attract.throttle.import-per-minute", defaultValue = "5")
    int importsPerMinute;

    private final Map<Method, Optional<Throttled.Kind>> kinds = new ConcurrentHashMap<>();
    private final Map<String, Bucket> buckets = new ConcurrentHashMap<>();

    @ServerRequestFilter
    public Response check(ResourceInfo resource) {
        if (!enabled || resource.getResourceMethod() == null) {
            return null;
        }
        Optional<Throttled.Kind> kind = kinds.computeIfAbsent(
                resource.getResourceMethod(),
                m -> Optional.ofNullable(m.getAnnotation(Throttled.class)).map(Throttled::value));
        if (kind.isEmpty() || identity.isAnonymous()) {
            return null;
        }
        int perMinute = kind.get() == Throttled.Kind.EXPORT ? exportsPerMinute : importsPerMinute;
        Bucket bucket = buckets.computeIfAbsent(
                kind.get() + " " + identity.getPrincipal().getName(), k -> new Bucket(perMinute));
        long waitSeconds = bucket.take(System.nanoTime());
        if (waitSeconds == 0) {
            return null;
        }
        String what = kind.get() == Throttled.Kind.EXPORT ? "导出" : "导入";
        return Response.status(429)
                .type(Problem.MEDIA_TYPE)
                .header("Retry-After", waitSeconds)
                .entity(Problem.of(
                        429, "request.throttled", what + "过于频繁（每分钟最多 " + perMinute + " 次），请 " + waitSeconds + " 秒后再试。"))
                .build();
    }

    /** For tests: switch the throttle on or off and start every bucket full. */
    public void reset(boolean enabled) {
        this.enabled = enabled;
        buckets.clear();
    }

    private static final class Bucket {
        private final int capacity;
        private final long nanosPerToken;
        private double tokens;
        private long last;

        Bucket(int perMinute) {
            this.capacity = Math.max(1, perMinute);
            this.nanosPerToken = Duration.ofMinutes(1).toNanos() / capacity;
            this.tokens = capacity;
            this.last = System.nanoTime();
        }

        /** 0 when a start is allowed now, else the whole seconds until the next one is. */
        synchronized long take(long now) {
            tokens = Math.min(capacity, tokens + (double) (now - last) / nanosPerToken);
            last = now;
            if (tokens >= 1) {
                tokens -= 1;
                return 0;
            }
            long nanos = (long) ((1 - tokens) * nanosPerToken);
            return Math.max(1, (nanos + 999_999_999L) / 1_000_000_000L);
        }
    }
}
