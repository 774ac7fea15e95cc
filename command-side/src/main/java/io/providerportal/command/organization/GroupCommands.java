package io.providerportal.command.organization;

import io.providerportal.command.organization.MemberCommands.CollectionAccess;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** The group commands of the {@link Organization} aggregate; each states the group's whole new state. */
final class GroupCommands {

    private GroupCommands() {}

    record CreateGroup(
            @TargetAggregateIdentifier UUID organizationId,
            UUID groupId,
            String name,
            Set<UUID> members,
            List<CollectionAccess> collections) {}

    record UpdateGroup(
            @TargetAggregateIdentifier UUID organizationId,
            UUID groupId,
            String name,
            Set<UUID> members,
            List<CollectionAccess> collections) {}

    record DeleteGroup(@TargetAggregateIdentifier UUID organizationId, UUID groupId) {}
}
