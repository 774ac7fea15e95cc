package io.providerportal.events.provider;

import io.providerportal.events.ProviderEvent;
import java.util.UUID;
import org.axonframework.serialization.Revision;

/** An operator created a provider. A new provider is enabled. */
@Revision("1")
public record ProviderCreated(UUID providerId, String name, String businessName, ProviderType type, String billingEmail)
        implements ProviderEvent {}
