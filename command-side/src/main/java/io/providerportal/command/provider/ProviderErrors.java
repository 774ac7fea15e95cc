package io.providerportal.command.provider;

import io.providerportal.platform.web.ConflictException;
import io.providerportal.platform.web.ForbiddenException;
import io.providerportal.platform.web.NotFoundException;
import io.providerportal.platform.web.RuleViolationException;

/** The rejections of the provider feature, each with its stable code. */
public final class ProviderErrors {

    private ProviderErrors() {}

    static RuleViolationException adminsReachEveryClient() {
        return new RuleViolationException(
                "provider-user.admin-reaches-every-client",
                "A Provider Admin reaches every client: only Service Users and technicians are limited to some.");
    }

    static RuleViolationException notClients() {
        return new RuleViolationException(
                "provider-user.scope-not-clients", "organizationIds", "must all be clients of the provider");
    }

    static RuleViolationException hasClients(int clients) {
        return new RuleViolationException(
                "provider.has-clients",
                "The provider still has " + clients + " client organization(s): unlink or delete them first.");
    }

    static RuleViolationException groupNotClients() {
        return new RuleViolationException(
                "provider.client-group-not-clients", "organizationIds", "must all be clients of the provider");
    }

    static NotFoundException clientGroupNotFound() {
        return new NotFoundException("provider.client-group-not-found", "No such client group.");
    }

    static RuleViolationException unknownClientGroups() {
        return new RuleViolationException(
                "provider-user.scope-unknown-client-groups",
                "clientGroupIds",
                "must all be client groups of the provider");
    }

    static RuleViolationException ownerRequired() {
        return new RuleViolationException(
                "provider.owner-required", "ownerEmail", "A managed service provider needs an owner.");
    }

    static RuleViolationException ownerNotRegistered() {
        return new RuleViolationException(
                "provider.owner-not-registered",
                "ownerEmail",
                "The owner must register an account before the provider is created.");
    }

    static ForbiddenException operatorRequired() {
        return new ForbiddenException("operator-required", "Only an operator may do this.");
    }

    public static RuleViolationException disabled() {
        return new RuleViolationException("provider.disabled", "The provider is disabled.");
    }

    static NotFoundException memberNotFound() {
        return new NotFoundException("provider-user.not-found", "No such provider member.");
    }

    static RuleViolationException notInvited() {
        return new RuleViolationException("provider-user.not-invited", "The member has no pending invitation.");
    }

    static RuleViolationException notAccepted() {
        return new RuleViolationException(
                "provider-user.not-accepted", "Only a member who accepted the invitation can be confirmed.");
    }

    static RuleViolationException lastAdmin() {
        return new RuleViolationException(
                "provider.last-admin", "A provider must keep at least one confirmed Provider Admin.");
    }

    static RuleViolationException cannotRemoveSelf() {
        return new RuleViolationException("provider-user.cannot-remove-self", "You cannot remove yourself.");
    }

    public static RuleViolationException setupRequired() {
        return new RuleViolationException(
                "provider.setup-required",
                "The provider's owner must set up the provider key first (POST /providers/{id}/setup).");
    }

    static ConflictException alreadySetUp() {
        return new ConflictException("provider.already-set-up", "The provider key is already set up.");
    }
}
