package io.providerportal.command.organization;

import io.providerportal.command.provider.ProviderAccess;
import io.providerportal.events.organization.OrganizationUserType;
import io.providerportal.platform.security.Actor;
import io.providerportal.platform.security.OrganizationPermission;
import io.providerportal.platform.security.OrganizationPolicy;
import io.providerportal.platform.security.OrganizationRole;
import io.providerportal.platform.web.ForbiddenException;
import io.providerportal.platform.web.RuleViolationException;
import java.util.UUID;
import org.springframework.stereotype.Component;

/**
 * The command side's one authorization check for everything done in an organization: the actor's standing comes
 * from the command-side lookups (a confirmed member of the managing provider counts as an Owner, a technician of
 * it changes nothing), the decision from {@link OrganizationPolicy}.
 */
@Component
public class OrganizationAccess {

    private final OrganizationLookup lookup;
    private final ProviderAccess providers;

    OrganizationAccess(OrganizationLookup lookup, ProviderAccess providers) {
        this.lookup = lookup;
        this.providers = providers;
    }

    /** A confirmed Owner of the organization in their own right (provider members do not count). */
    void requireOwner(Actor actor, UUID organizationId) {
        lookup.find(organizationId).orElseThrow(OrganizationPolicy::notFound);
        OrganizationUserType type = lookup.confirmedMember(organizationId, actor.id())
                .map(OrganizationLookup.ConfirmedMember::type)
                .orElseThrow(OrganizationPolicy::notFound);
        if (type != OrganizationUserType.OWNER) {
            throw new ForbiddenException(
                    "organization.owner-required", "Only an Owner of the organization may do this.");
        }
    }

    /**
     * Checks the permission and answers who acts, as the aggregate's rules need it. A disabled organization (or
     * one whose provider is disabled) takes no commands: its members keep their data but may not change it.
     */
    public OrganizationActor require(Actor actor, UUID organizationId, OrganizationPermission permission) {
        OrganizationLookup.OrganizationRow organization =
                lookup.find(organizationId).orElseThrow(OrganizationPolicy::notFound);
        OrganizationRole role = organization
                .providerId()
                .flatMap(id -> providers.reachOf(actor, id, organizationId))
                .map(OrganizationRole::ofProviderMember)
                .orElseGet(() -> lookup.confirmedMember(organizationId, actor.id())
                        .map(m -> OrganizationRole.member(m.type(), m.permissions()))
                        .orElse(OrganizationRole.NONE));
        OrganizationPolicy.checkChange(permission, role);
        if (!organization.enabled()) {
            throw new RuleViolationException("organization.disabled", "The organization is disabled.");
        }
        return new OrganizationActor(actor.id(), role.providerType());
    }
}
