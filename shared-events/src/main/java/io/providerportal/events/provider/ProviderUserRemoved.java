package io.providerportal.events.provider;

import io.providerportal.events.ProviderEvent;
import java.util.UUID;
import org.axonframework.serialization.Revision;

/** A member (or a pending invitation) was removed from the provider. */
@Revision("1")
public record ProviderUserRemoved(UUID providerId, UUID providerUserId) implements ProviderEvent {}
