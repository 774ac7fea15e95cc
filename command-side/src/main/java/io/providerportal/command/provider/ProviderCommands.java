package io.providerportal.command.provider;

import io.providerportal.events.provider.ProviderType;
import java.util.UUID;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** The commands of the {@link Provider} aggregate. */
final class ProviderCommands {

    private ProviderCommands() {
    }

    /** The owner, if any, is an already registered user who becomes a confirmed Provider Admin. */
    record CreateProvider(@TargetAggregateIdentifier UUID providerId, String name, String businessName,
                          ProviderType type, String billingEmail, Owner owner) {
    }

    record Owner(UUID providerUserId, UUID userId, String email) {
    }

    record UpdateProviderProfile(@TargetAggregateIdentifier UUID providerId, String name, String businessName,
                                 String billingEmail) {
    }

    record DisableProvider(@TargetAggregateIdentifier UUID providerId) {
    }

    record EnableProvider(@TargetAggregateIdentifier UUID providerId) {
    }
}
