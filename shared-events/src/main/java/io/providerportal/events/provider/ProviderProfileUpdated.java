package io.providerportal.events.provider;

import io.providerportal.events.ProviderEvent;
import java.util.UUID;
import org.axonframework.serialization.Revision;

/** The provider's profile fields were changed; each field carries its new value. */
@Revision("1")
public record ProviderProfileUpdated(UUID providerId, String name, String businessName, String billingEmail)
        implements ProviderEvent {}
