package io.providerportal.command.provider;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import io.providerportal.command.provider.ProviderCommands.SetProviderPolicy;
import io.providerportal.events.organization.PolicyType;
import io.providerportal.events.provider.ProviderPolicyUpdated;
import io.providerportal.platform.policy.PolicyState;
import java.util.EnumMap;
import java.util.Map;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;

/** The provider's default policies for all its clients; recorded only when one changes. */
final class ProviderPolicies {

    private final Map<PolicyType, PolicyState> policies = new EnumMap<>(PolicyType.class);

    @CommandHandler
    void handle(SetProviderPolicy command) {
        PolicyState wanted = new PolicyState(command.enabled(), command.data());
        if (!wanted.equals(PolicyState.orOff(policies.get(command.type())))) {
            apply(new ProviderPolicyUpdated(command.providerId(), command.type(), command.enabled(), command.data()));
        }
    }

    @EventSourcingHandler
    void on(ProviderPolicyUpdated event) {
        policies.put(event.type(), new PolicyState(event.enabled(), event.data()));
    }
}
