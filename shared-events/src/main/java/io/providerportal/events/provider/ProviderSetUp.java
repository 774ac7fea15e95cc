package io.providerportal.events.provider;

import io.providerportal.events.ProviderEvent;
import java.util.UUID;
import org.axonframework.serialization.Revision;

/**
 * The provider's owner created the provider key in their client and holds it wrapped with their public key
 * (EncString type 4). The owner is now a confirmed Provider Admin, and the provider takes member and client
 * commands.
 */
@Revision("1")
public record ProviderSetUp(UUID providerId, UUID providerUserId, UUID userId, String key) implements ProviderEvent {}
