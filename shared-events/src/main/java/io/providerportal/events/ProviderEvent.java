package io.providerportal.events;

import java.util.UUID;

/** An event that belongs to a provider's history: its audit log, its isolation checks and its sequencing. */
public interface ProviderEvent {

    UUID providerId();
}
