package io.providerportal.events.organization;

import io.providerportal.events.OrganizationEvent;
import java.util.UUID;
import org.axonframework.serialization.Revision;

/**
 * A collection was created in an organization; its name is an EncString under the organization key.
 * Revision 2 added {@code externalId}, the id a directory gives the collection (null when none did); revision-1
 * events are upcast with none.
 */
@Revision("2")
public record CollectionCreated(UUID organizationId, UUID collectionId, String name, String externalId)
        implements OrganizationEvent {

    /** A collection no directory named. */
    public CollectionCreated(UUID organizationId, UUID collectionId, String name) {
        this(organizationId, collectionId, name, null);
    }
}
