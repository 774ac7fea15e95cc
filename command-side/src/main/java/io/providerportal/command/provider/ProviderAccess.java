package io.providerportal.command.provider;

import io.providerportal.events.organization.PlanType;
import io.providerportal.events.organization.PolicyType;
import io.providerportal.events.provider.ProviderUserType;
import io.providerportal.platform.policy.PolicyState;
import io.providerportal.platform.security.Actor;
import io.providerportal.platform.security.OrganizationPolicy;
import io.providerportal.platform.security.ProviderPermission;
import io.providerportal.platform.security.ProviderPolicy;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.springframework.stereotype.Component;

/**
 * The command side's one authorization check for everything done to or through a provider: the actor's confirmed
 * membership comes from the command-side lookup table, the decision from {@link ProviderPolicy}.
 */
@Component
public class ProviderAccess {

    /** What a command about a provider needs to know of it. */
    public record ProviderContext(UUID providerId, boolean enabled, String billingEmail) {}

    private final ProviderLookup lookup;

    ProviderAccess(ProviderLookup lookup) {
        this.lookup = lookup;
    }

    /**
     * Checks the permission on the provider. A provider not yet set up, or disabled, takes no commands from its
     * members (operators still enable it, edit it and set its seats); its owner learns that it awaits set-up.
     */
    public ProviderContext require(Actor actor, UUID providerId, ProviderPermission permission) {
        if (permission == ProviderPermission.CHANGE_STATUS) {
            requireOperator(actor); // before the look-up: a refusal must not tell real providers from unknown ids
        }
        ProviderLookup.ProviderRow provider = lookup.find(providerId).orElseThrow(ProviderPolicy::notFound);
        if (!provider.setUp() && !actor.isOperator()) {
            throw lookup.isMember(providerId, actor.id()) ? ProviderErrors.setupRequired() : ProviderPolicy.notFound();
        }
        ProviderPolicy.check(
                permission, lookup.confirmedMembership(providerId, actor.id()).orElse(null), actor.isOperator());
        if (!provider.enabled() && !actor.isOperator()) {
            throw ProviderErrors.disabled();
        }
        return new ProviderContext(provider.providerId(), provider.enabled(), provider.billingEmail());
    }

    /**
     * The actor's type as a confirmed member of the provider, if they are one, the provider is enabled and they
     * reach the client.
     */
    public Optional<ProviderUserType> reachOf(Actor actor, UUID providerId, UUID organizationId) {
        return lookup.confirmedMembershipReaching(providerId, actor.id(), organizationId)
                .filter(type -> lookup.find(providerId)
                        .map(ProviderLookup.ProviderRow::enabled)
                        .orElse(false));
    }

    /** A client outside the actor's scope does not exist for them. */
    public void requireReach(Actor actor, UUID providerId, UUID organizationId) {
        if (!actor.isOperator()
                && lookup.confirmedMembershipReaching(providerId, actor.id(), organizationId)
                        .isEmpty()) {
            throw OrganizationPolicy.notFound();
        }
    }

    /** Whether every one of the organizations is a client of the provider. */
    boolean areClients(UUID providerId, List<UUID> organizationIds) {
        return lookup.clientsAmong(providerId, organizationIds)
                == Set.copyOf(organizationIds).size();
    }

    public Optional<ProviderUserType> confirmedType(Actor actor, UUID providerId) {
        return lookup.confirmedMembership(providerId, actor.id());
    }

    /** The provider's enabled default policies, which its clients live under. */
    public Map<PolicyType, PolicyState> policies(UUID providerId) {
        return lookup.policies(providerId);
    }

    /** The seats of the plan the provider has bought (0 if none were set). */
    public int seatMinimum(UUID providerId, PlanType plan) {
        return lookup.seatMinimum(providerId, plan);
    }

    public void requireOperator(Actor actor) {
        if (!actor.isOperator()) {
            throw ProviderErrors.operatorRequired();
        }
    }
}
