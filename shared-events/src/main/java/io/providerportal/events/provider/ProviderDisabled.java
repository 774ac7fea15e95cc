package io.providerportal.events.provider;

import io.providerportal.events.ProviderEvent;
import java.util.UUID;
import org.axonframework.serialization.Revision;

/** The provider was disabled; its client organizations are disabled with it. */
@Revision("1")
public record ProviderDisabled(UUID providerId) implements ProviderEvent {}
