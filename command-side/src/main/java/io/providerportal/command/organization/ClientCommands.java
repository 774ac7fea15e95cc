package io.providerportal.command.organization;

import java.util.UUID;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** What a provider does with an organization as its client (PO-06..PO-08). */
final class ClientCommands {

    private ClientCommands() {}

    record AddToProvider(
            @TargetAggregateIdentifier UUID organizationId, UUID providerId, String billingEmail, String providerKey) {}

    record UpdateClient(@TargetAggregateIdentifier UUID organizationId, UUID providerId, String name, int seats) {}

    record UnlinkFromProvider(@TargetAggregateIdentifier UUID organizationId, UUID providerId) {}
}
