package io.providerportal.query.projection;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a projection and names the tables it writes. A rebuild fills fresh copies of exactly these tables and swaps
 * them in; the projection's handlers get their failures isolated so that an event they cannot handle is parked.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
public @interface ReadModel {

    String[] tables();
}
