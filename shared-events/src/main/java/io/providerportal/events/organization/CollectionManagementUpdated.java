package io.providerportal.events.organization;

import io.providerportal.events.OrganizationEvent;
import java.util.UUID;
import org.axonframework.serialization.Revision;

/**
 * The organization's collection management settings were set. Until the first of these an organization has
 * the defaults: any member may create collections, Manage holders may delete them, and Owners and Admins reach
 * every item.
 *
 * @param limitCollectionCreation             only Owners, Admins and Custom members with CreateNewCollections
 *                                            may create collections
 * @param limitCollectionDeletion             only Owners and Admins (with Manage) and Custom members with
 *                                            DeleteAnyCollection may delete collections
 * @param allowAdminAccessToAllCollectionItems Owners and Admins may manage every collection and every item
 */
@Revision("1")
public record CollectionManagementUpdated(
        UUID organizationId,
        boolean limitCollectionCreation,
        boolean limitCollectionDeletion,
        boolean allowAdminAccessToAllCollectionItems)
        implements OrganizationEvent {}
