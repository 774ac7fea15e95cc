package io.providerportal.events.provider;

import io.providerportal.events.ProviderEvent;
import java.util.UUID;
import org.axonframework.serialization.Revision;

/** A client group is gone; members scoped to it no longer reach its clients through it. */
@Revision("1")
public record ProviderClientGroupDeleted(UUID providerId, UUID clientGroupId) implements ProviderEvent {}
