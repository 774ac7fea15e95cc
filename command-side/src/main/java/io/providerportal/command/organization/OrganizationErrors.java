package io.providerportal.command.organization;

import io.providerportal.platform.web.RuleViolationException;

/** The rejections of the organization feature, each with its stable code. */
final class OrganizationErrors {

    private OrganizationErrors() {
    }

    static RuleViolationException seatsOutOfRange(int max) {
        return new RuleViolationException("organization.seats-out-of-range", "seats",
                "must be between 1 and " + max);
    }
}
