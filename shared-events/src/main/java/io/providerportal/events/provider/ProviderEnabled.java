package io.providerportal.events.provider;

import io.providerportal.events.ProviderEvent;
import java.util.UUID;
import org.axonframework.serialization.Revision;

/** A disabled provider was enabled again; its client organizations are enabled with it. */
@Revision("1")
public record ProviderEnabled(UUID providerId) implements ProviderEvent {}
