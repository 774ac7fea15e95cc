package io.providerportal.command.organization;

import io.providerportal.events.provider.ProviderDisabled;
import io.providerportal.events.provider.ProviderEnabled;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.DisallowReplay;
import org.axonframework.eventhandling.EventHandler;
import org.springframework.stereotype.Component;

/**
 * Copies a provider's enabled flag onto each of its client organizations (P-08). Runs in its own streaming
 * processor, so a provider with many clients is disabled reliably (the token only moves once every client has
 * been handled) without one long transaction. Re-running it is harmless: the commands are idempotent.
 */
@Component
@ProcessingGroup("client-cascade")
@DisallowReplay
class ProviderStatusCascade {

    private final OrganizationLookup clients;
    private final CommandGateway commands;

    ProviderStatusCascade(OrganizationLookup clients, CommandGateway commands) {
        this.clients = clients;
        this.commands = commands;
    }

    @EventHandler
    void on(ProviderDisabled event) {
        clients.clientsOf(event.providerId()).forEach(id -> commands.sendAndWait(new DisableOrganization(id)));
    }

    @EventHandler
    void on(ProviderEnabled event) {
        clients.clientsOf(event.providerId()).forEach(id -> commands.sendAndWait(new EnableOrganization(id)));
    }
}
