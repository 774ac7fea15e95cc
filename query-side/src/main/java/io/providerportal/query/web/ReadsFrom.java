package io.providerportal.query.web;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The projections (processing groups) whose tables a query endpoint reads, authorization included. A read sent with
 * {@code Portal-Min-Position} waits for these alone, so that a projection it does not read (the audit log catching
 * up, say) cannot hold it. An endpoint without it waits for every streaming processor of its JVM.
 */
@Documented
@Target({ElementType.TYPE, ElementType.METHOD})
@Retention(RetentionPolicy.RUNTIME)
public @interface ReadsFrom {

    /** Names from {@link io.providerportal.query.projection.ProjectionNames}; none for a read of the event store. */
    String[] value();
}
