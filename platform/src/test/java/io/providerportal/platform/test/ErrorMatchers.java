package io.providerportal.platform.test;

import io.providerportal.platform.web.PortalException;
import org.axonframework.test.matchers.Matchers;
import org.hamcrest.Matcher;

/** Matchers for aggregate fixtures that check a rejection's stable code, not only that something failed. */
public final class ErrorMatchers {

    private ErrorMatchers() {}

    public static Matcher<Object> withCode(String code) {
        return Matchers.<Object>predicate(e -> e instanceof PortalException portal && code.equals(portal.code()));
    }
}
