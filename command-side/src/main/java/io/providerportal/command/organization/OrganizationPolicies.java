package io.providerportal.command.organization;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import io.providerportal.events.organization.PolicyType;
import io.providerportal.events.organization.PolicyUpdated;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;

/** The policies of one organization (O-17); an aggregate member that records a policy only when it changes. */
final class OrganizationPolicies {

    private record Setting(boolean enabled, String data) {}

    private final Map<PolicyType, Setting> policies = new EnumMap<>(PolicyType.class);

    @CommandHandler
    void handle(SetPolicy command) {
        Setting wanted = new Setting(command.enabled(), command.data());
        if (!Objects.equals(policies.get(command.type()), wanted)) {
            apply(new PolicyUpdated(command.organizationId(), command.type(), command.enabled(), command.data()));
        }
    }

    @EventSourcingHandler
    void on(PolicyUpdated event) {
        policies.put(event.type(), new Setting(event.enabled(), event.data()));
    }
}
