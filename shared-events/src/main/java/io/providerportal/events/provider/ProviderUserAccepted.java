package io.providerportal.events.provider;

import io.providerportal.events.ProviderEvent;
import java.util.UUID;
import org.axonframework.serialization.Revision;

/** The invited user accepted with a valid token; the Provider Admin may now confirm them. */
@Revision("1")
public record ProviderUserAccepted(UUID providerId, UUID providerUserId, UUID userId) implements ProviderEvent {}
