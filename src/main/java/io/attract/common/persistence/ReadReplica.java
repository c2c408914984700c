package io.attract.common.persistence;

import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.ElementType.METHOD;
import static java.lang.annotation.ElementType.PARAMETER;
import static java.lang.annotation.ElementType.TYPE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import jakarta.inject.Qualifier;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

/**
 * The session that reads from the read replica ({@code quarkus.datasource.reads}, CloudNativePG's {@code -ro}
 * service), or from the primary when none is configured: {@code @Inject @ReadReplica EntityManager em;} in a query
 * bean of the cockpit, a report or an export. One read-only snapshot per request; never for a write, nor for a read
 * a write depends on (ADR 0019). When the data read was current: {@link ReadSnapshot#dataAsOf()}.
 */
@Qualifier
@Retention(RUNTIME)
@Target({FIELD, METHOD, PARAMETER, TYPE})
public @interface ReadReplica {}
