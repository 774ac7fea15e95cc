package io.providerportal.command.organization;

import java.util.List;
import java.util.UUID;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * The collection commands of the {@link Organization} aggregate (C-01..C-06), handled by
 * {@link CollectionManagement}.
 */
public final class CollectionCommands {

    private CollectionCommands() {}

    /** Access of one member or group (by its id) to a collection. */
    public record Grant(UUID id, boolean readOnly, boolean hidePasswords, boolean manage) {

        MemberCommands.CollectionAccess to(UUID collectionId) {
            return new MemberCommands.CollectionAccess(collectionId, readOnly, hidePasswords, manage);
        }
    }

    /** {@code externalId}, the id a directory gives the collection, is kept trimmed; a blank one is none. */
    public record CreateCollection(
            @TargetAggregateIdentifier UUID organizationId,
            UUID collectionId,
            String name,
            String externalId,
            List<Grant> users,
            List<Grant> groups,
            OrganizationActor actor) {

        public CreateCollection {
            externalId = externalId == null || externalId.isBlank() ? null : externalId.trim();
        }
    }

    /** Renames the collection and replaces its whole access. */
    public record UpdateCollection(
            @TargetAggregateIdentifier UUID organizationId,
            UUID collectionId,
            String name,
            List<Grant> users,
            List<Grant> groups,
            OrganizationActor actor) {}

    /** Replaces the collection's whole access, name unchanged. */
    record SetCollectionAccess(
            @TargetAggregateIdentifier UUID organizationId,
            UUID collectionId,
            List<Grant> users,
            List<Grant> groups,
            OrganizationActor actor) {}

    /** Adds (or changes) the listed access on every listed collection, keeping the rest of their access. */
    record AddCollectionAccess(
            @TargetAggregateIdentifier UUID organizationId,
            List<UUID> collectionIds,
            List<Grant> users,
            List<Grant> groups,
            OrganizationActor actor) {}

    public record DeleteCollection(
            @TargetAggregateIdentifier UUID organizationId, UUID collectionId, OrganizationActor actor) {}

    record UpdateCollectionManagement(
            @TargetAggregateIdentifier UUID organizationId,
            boolean limitCollectionCreation,
            boolean limitCollectionDeletion,
            boolean allowAdminAccessToAllCollectionItems,
            OrganizationActor actor) {}
}
