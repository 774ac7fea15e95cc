package io.providerportal.events.provider;

import io.providerportal.events.ProviderEvent;
import java.util.UUID;
import org.axonframework.serialization.Revision;

/**
 * The provider was deleted, once it had no client left: its members lose it and no command reaches it again. Its
 * history stays in the event store for auditors.
 */
@Revision("1")
public record ProviderDeleted(UUID providerId) implements ProviderEvent {}
