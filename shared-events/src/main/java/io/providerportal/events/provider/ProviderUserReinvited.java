package io.providerportal.events.provider;

import io.providerportal.events.ProviderEvent;
import java.util.UUID;
import org.axonframework.serialization.Revision;

/** A pending invitation was sent again, with a fresh token. */
@Revision("1")
public record ProviderUserReinvited(UUID providerId, UUID providerUserId, String email) implements ProviderEvent {}
