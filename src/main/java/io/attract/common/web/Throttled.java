package io.attract.common.web;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** A heavy operation each user may start only so often (issue #23, item 8; {@link Throttle}). */
@Target(ElementType.METHOD)
@Retention(RetentionPolicy.RUNTIME)
public @interface Throttled {

    Kind value();

    enum Kind {
        /** Files out: exports, reports, templates. */
        EXPORT,
        /** Files in: imports and their previews. */
        IMPORT
    }
}
