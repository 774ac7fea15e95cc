package io.providerportal.command.organization;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import io.providerportal.command.organization.OrganizationCommands.ApplyProviderPolicy;
import io.providerportal.command.organization.OrganizationCommands.Membership;
import io.providerportal.command.organization.OrganizationCommands.SetPolicy;
import io.providerportal.events.organization.ClientOrganizationUnlinked;
import io.providerportal.events.organization.OrganizationUserType;
import io.providerportal.events.organization.PolicyType;
import io.providerportal.events.organization.PolicyUpdated;
import io.providerportal.events.organization.ProviderPolicyApplied;
import io.providerportal.platform.policy.PolicySettings;
import io.providerportal.platform.policy.PolicyState;
import io.providerportal.platform.security.OrganizationPolicy;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;

/**
 * The policies of one organization (O-17) and, for a client, its provider's defaults: it lives under the
 * stricter of the two, setting by setting, and its own may not be weaker than the provider's. An aggregate member
 * that records a policy only when it changes.
 */
final class OrganizationPolicies {

    private final Map<PolicyType, PolicyState> own = new EnumMap<>(PolicyType.class);
    private final Map<PolicyType, PolicyState> provider = new EnumMap<>(PolicyType.class);

    @CommandHandler
    void handle(SetPolicy command) {
        PolicyState wanted = new PolicyState(command.enabled(), command.data());
        PolicySettings.requireAtLeast(command.type(), wanted, providers(command.type()));
        if (!wanted.equals(owns(command.type()))) {
            apply(new PolicyUpdated(command.organizationId(), command.type(), command.enabled(), command.data()));
        }
    }

    /** The provider's default of this type changed. */
    void applyProvider(UUID organizationId, ApplyProviderPolicy command) {
        if (!command.policy().equals(providers(command.type()))) {
            applyProviders(organizationId, command.providerId(), command.type(), command.policy());
        }
    }

    /** As a client starts living under its provider's defaults. */
    static void applyAll(UUID organizationId, UUID providerId, Map<PolicyType, PolicyState> policies) {
        policies.forEach((type, policy) -> applyProviders(organizationId, providerId, type, policy));
    }

    /** Before a client leaves its provider: what it lived under becomes its own. */
    void keepEffectiveAsOwn(UUID organizationId) {
        provider.forEach((type, theirs) -> {
            PolicyState effective = PolicySettings.combine(type, owns(type), theirs);
            if (!effective.equals(owns(type))) {
                apply(new PolicyUpdated(organizationId, type, effective.enabled(), effective.data()));
            }
        });
    }

    private static void applyProviders(UUID organizationId, UUID providerId, PolicyType type, PolicyState policy) {
        apply(new ProviderPolicyApplied(organizationId, providerId, type, policy.enabled(), policy.data()));
    }

    /**
     * SINGLE_ORG: a member under it belongs to no other organization. It binds (as
     * {@link OrganizationPolicy#boundByEnforcedPolicies} says) both the members of this organization when someone
     * joins it and those of the others they already belong to.
     */
    void requireSingleOrganization(OrganizationUserType joiningAs, List<Membership> elsewhere) {
        if (!elsewhere.isEmpty()
                && isOn(PolicyType.SINGLE_ORG)
                && OrganizationPolicy.boundByEnforcedPolicies(joiningAs)) {
            throw OrganizationErrors.singleOrganizationHere();
        }
        requireNotBoundElsewhere(elsewhere);
    }

    static void requireNotBoundElsewhere(List<Membership> elsewhere) {
        if (elsewhere.stream()
                .anyMatch(m -> m.singleOrganization() && OrganizationPolicy.boundByEnforcedPolicies(m.type()))) {
            throw OrganizationErrors.singleOrganizationElsewhere();
        }
    }

    private boolean isOn(PolicyType type) {
        return owns(type).enabled() || providers(type).enabled();
    }

    private PolicyState owns(PolicyType type) {
        return PolicyState.orOff(own.get(type));
    }

    private PolicyState providers(PolicyType type) {
        return PolicyState.orOff(provider.get(type));
    }

    @EventSourcingHandler
    void on(PolicyUpdated event) {
        own.put(event.type(), new PolicyState(event.enabled(), event.data()));
    }

    @EventSourcingHandler
    void on(ProviderPolicyApplied event) {
        provider.put(event.type(), new PolicyState(event.enabled(), event.data()));
    }

    @EventSourcingHandler
    void on(ClientOrganizationUnlinked event) {
        provider.clear();
    }
}
