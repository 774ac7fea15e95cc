package io.providerportal.events.vault;

import io.providerportal.events.OrganizationEvent;
import java.util.UUID;

/**
 * An event in the history of one vault item. Its {@link #organizationId()} is the owning organization, or null
 * while the item is personal.
 */
public interface VaultItemEvent extends OrganizationEvent {

    UUID itemId();
}
