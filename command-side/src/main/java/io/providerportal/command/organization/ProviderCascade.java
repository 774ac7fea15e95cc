package io.providerportal.command.organization;

import io.providerportal.command.organization.OrganizationCommands.ApplyProviderPolicy;
import io.providerportal.command.organization.OrganizationCommands.DisableOrganization;
import io.providerportal.command.organization.OrganizationCommands.EnableOrganization;
import io.providerportal.events.provider.ProviderDisabled;
import io.providerportal.events.provider.ProviderEnabled;
import io.providerportal.events.provider.ProviderPolicyUpdated;
import io.providerportal.platform.policy.PolicyState;
import java.util.UUID;
import java.util.function.Function;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.DisallowReplay;
import org.axonframework.eventhandling.EventHandler;
import org.springframework.stereotype.Component;

/**
 * Copies what a provider decides for all its clients onto each client organization: its enabled flag (P-08) and
 * its default policies. Runs in its own streaming processor, so a provider with many clients is handled
 * reliably (the token only moves once every client has been) without one long transaction. Re-running it is
 * harmless: the commands are idempotent, and a client created or added meanwhile got the provider's state with it.
 */
@Component
@ProcessingGroup("client-cascade")
@DisallowReplay
class ProviderCascade {

    private final OrganizationLookup clients;
    private final CommandGateway commands;

    ProviderCascade(OrganizationLookup clients, CommandGateway commands) {
        this.clients = clients;
        this.commands = commands;
    }

    @EventHandler
    void on(ProviderDisabled event) {
        toEachClient(event.providerId(), DisableOrganization::new);
    }

    @EventHandler
    void on(ProviderEnabled event) {
        toEachClient(event.providerId(), EnableOrganization::new);
    }

    @EventHandler
    void on(ProviderPolicyUpdated event) {
        PolicyState policy = new PolicyState(event.enabled(), event.data());
        toEachClient(event.providerId(), id -> new ApplyProviderPolicy(id, event.providerId(), event.type(), policy));
    }

    private void toEachClient(UUID providerId, Function<UUID, Object> command) {
        clients.clientsOf(providerId).forEach(id -> commands.sendAndWait(command.apply(id)));
    }
}
