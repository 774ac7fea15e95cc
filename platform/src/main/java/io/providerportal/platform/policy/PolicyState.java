package io.providerportal.platform.policy;

/**
 * One policy as set: on or off, and its settings as canonical JSON (or null). A policy never set is {@link #OFF}.
 */
public record PolicyState(boolean enabled, String data) {

    public static final PolicyState OFF = new PolicyState(false, null);

    public static PolicyState orOff(PolicyState state) {
        return state == null ? OFF : state;
    }
}
