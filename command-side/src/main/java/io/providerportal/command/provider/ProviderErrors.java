package io.providerportal.command.provider;

import io.providerportal.platform.web.ForbiddenException;
import io.providerportal.platform.web.NotFoundException;
import io.providerportal.platform.web.RuleViolationException;

/** The rejections of the provider feature, each with its stable code. */
public final class ProviderErrors {

    private ProviderErrors() {
    }

    static RuleViolationException ownerRequired() {
        return new RuleViolationException("provider.owner-required", "ownerEmail",
                "A managed service provider needs an owner.");
    }

    static RuleViolationException ownerNotRegistered() {
        return new RuleViolationException("provider.owner-not-registered", "ownerEmail",
                "The owner must register an account before the provider is created.");
    }

    public static NotFoundException notFound() {
        return new NotFoundException("provider.not-found", "No such provider.");
    }

    public static ForbiddenException adminRequired() {
        return new ForbiddenException("provider.admin-required", "Only a Provider Admin may do this.");
    }

    static ForbiddenException operatorRequired() {
        return new ForbiddenException("operator-required", "Only an operator may do this.");
    }

    public static RuleViolationException disabled() {
        return new RuleViolationException("provider.disabled", "The provider is disabled.");
    }
}
