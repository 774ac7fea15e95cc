package io.providerportal.command.provider;

import io.providerportal.events.provider.ProviderClientGroupCreated;
import io.providerportal.events.provider.ProviderClientGroupDeleted;
import io.providerportal.events.provider.ProviderClientGroupUpdated;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.axonframework.eventsourcing.EventSourcingHandler;

/**
 * The provider's client groups: named sets of its clients, so that a member is scoped by group rather than
 * client by client. An aggregate member of {@link Provider}.
 */
final class ProviderClientGroups {

    private record Group(String name, List<UUID> organizationIds) {}

    private final Map<UUID, Group> groups = new HashMap<>();

    void require(UUID clientGroupId) {
        if (!groups.containsKey(clientGroupId)) {
            throw ProviderErrors.clientGroupNotFound();
        }
    }

    /** A scope names only groups of this provider. */
    void requireAll(Collection<UUID> clientGroupIds) {
        if (!groups.keySet().containsAll(clientGroupIds)) {
            throw ProviderErrors.unknownClientGroups();
        }
    }

    boolean isAlready(UUID clientGroupId, String name, List<UUID> organizationIds) {
        return new Group(name, organizationIds).equals(groups.get(clientGroupId));
    }

    @EventSourcingHandler
    void on(ProviderClientGroupCreated event) {
        groups.put(event.clientGroupId(), new Group(event.name(), List.copyOf(event.organizationIds())));
    }

    @EventSourcingHandler
    void on(ProviderClientGroupUpdated event) {
        groups.put(event.clientGroupId(), new Group(event.name(), List.copyOf(event.organizationIds())));
    }

    @EventSourcingHandler
    void on(ProviderClientGroupDeleted event) {
        groups.remove(event.clientGroupId());
    }
}
