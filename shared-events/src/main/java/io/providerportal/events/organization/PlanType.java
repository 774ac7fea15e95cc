package io.providerportal.events.organization;

/** The plans a provider may put its clients on. */
public enum PlanType {
    TEAMS,
    ENTERPRISE
}
