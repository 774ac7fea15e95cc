package io.providerportal.command.organization;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import io.providerportal.command.organization.OrganizationCommands.AddCollectionAccess;
import io.providerportal.command.organization.OrganizationCommands.CollectionAccess;
import io.providerportal.command.organization.OrganizationCommands.CreateCollection;
import io.providerportal.command.organization.OrganizationCommands.DeleteCollection;
import io.providerportal.command.organization.OrganizationCommands.Grant;
import io.providerportal.command.organization.OrganizationCommands.SetCollectionAccess;
import io.providerportal.command.organization.OrganizationCommands.UpdateCollection;
import io.providerportal.command.organization.OrganizationCommands.UpdateCollectionManagement;
import io.providerportal.events.organization.CollectionCreated;
import io.providerportal.events.organization.CollectionDeleted;
import io.providerportal.events.organization.CollectionManagementUpdated;
import io.providerportal.events.organization.CollectionRenamed;
import io.providerportal.platform.security.CollectionPolicy;
import io.providerportal.platform.security.OrganizationRole;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;

/**
 * Who may create, change and delete collections (C-04..C-06), with the organization's collection management
 * settings. An aggregate member of {@link Organization}: it decides from its siblings' state, so the effective
 * Manage flag of the actor (a direct row wins over group rows) is always the current one.
 */
final class CollectionManagement {

    private final OrganizationMembers members;
    private final OrganizationGroups groups;
    private final OrganizationCollections collections;
    private boolean limitCollectionCreation;
    private boolean limitCollectionDeletion;
    private boolean allowAdminAccessToAllCollectionItems = true;

    CollectionManagement(OrganizationMembers members, OrganizationGroups groups, OrganizationCollections collections) {
        this.members = members;
        this.groups = groups;
        this.collections = collections;
    }

    /** The actor as these rules see them: a provider member, or a confirmed member (with their member id). */
    private record Standing(OrganizationRole role, UUID memberId) {}

    @CommandHandler
    void handle(CreateCollection command) {
        Standing actor = standing(command.actor());
        CollectionPolicy.checkCreate(actor.role(), settings());
        validate(command.users(), command.groups());
        apply(new CollectionCreated(
                command.organizationId(), command.collectionId(), command.name(), command.externalId()));
        setAccess(
                command.organizationId(),
                command.collectionId(),
                withCreatorAsManager(actor, command.users()),
                command.groups());
    }

    @CommandHandler
    void handle(UpdateCollection command) {
        requireMayEdit(command.actor(), command.collectionId());
        validate(command.users(), command.groups());
        if (!collections.name(command.collectionId()).equals(command.name())) {
            apply(new CollectionRenamed(command.organizationId(), command.collectionId(), command.name()));
        }
        setAccess(command.organizationId(), command.collectionId(), command.users(), command.groups());
    }

    @CommandHandler
    void handle(SetCollectionAccess command) {
        requireMayEdit(command.actor(), command.collectionId());
        validate(command.users(), command.groups());
        setAccess(command.organizationId(), command.collectionId(), command.users(), command.groups());
    }

    /** All or nothing: the actor must be allowed to edit every listed collection. */
    @CommandHandler
    void handle(AddCollectionAccess command) {
        command.collectionIds().forEach(id -> requireMayEdit(command.actor(), id));
        validate(command.users(), command.groups());
        for (UUID collectionId : command.collectionIds()) {
            collections.grantOn(command.organizationId(), collectionId, command.users());
            groups.grantOn(command.organizationId(), collectionId, command.groups());
        }
    }

    @CommandHandler
    void handle(DeleteCollection command) {
        collections.requireExists(command.collectionId());
        Standing actor = standing(command.actor());
        CollectionPolicy.checkDelete(actor.role(), settings(), manages(actor, command.collectionId()));
        apply(new CollectionDeleted(command.organizationId(), command.collectionId()));
    }

    @CommandHandler
    void handle(UpdateCollectionManagement command) {
        CollectionPolicy.checkSettingsChange(standing(command.actor()).role());
        if (command.limitCollectionCreation() != limitCollectionCreation
                || command.limitCollectionDeletion() != limitCollectionDeletion
                || command.allowAdminAccessToAllCollectionItems() != allowAdminAccessToAllCollectionItems) {
            apply(new CollectionManagementUpdated(
                    command.organizationId(),
                    command.limitCollectionCreation(),
                    command.limitCollectionDeletion(),
                    command.allowAdminAccessToAllCollectionItems()));
        }
    }

    /** C-05, as {@link CollectionPolicy#checkEdit} decides it. */
    private void requireMayEdit(OrganizationActor acting, UUID collectionId) {
        collections.requireExists(collectionId);
        Standing actor = standing(acting);
        boolean orphaned = !collections.hasDirectManager(collectionId) && !groups.hasGroupManager(collectionId);
        CollectionPolicy.checkEdit(actor.role(), settings(), manages(actor, collectionId), orphaned);
    }

    private CollectionPolicy.Settings settings() {
        return new CollectionPolicy.Settings(
                limitCollectionCreation, limitCollectionDeletion, allowAdminAccessToAllCollectionItems);
    }

    /** The effective Manage flag: a direct row wins, otherwise any of the member's groups (C-03). */
    private boolean manages(Standing actor, UUID collectionId) {
        if (actor.memberId() == null) {
            return false;
        }
        return collections
                .directAccess(actor.memberId(), collectionId)
                .map(CollectionAccess::manage)
                .orElseGet(() -> groups.groupAccessOf(actor.memberId(), collectionId).stream()
                        .anyMatch(CollectionAccess::manage));
    }

    /** A member without access to every collection gets Manage on what they create, or they could not reach it. */
    private List<Grant> withCreatorAsManager(Standing actor, List<Grant> users) {
        if (CollectionPolicy.reachesEveryCollection(actor.role(), settings())
                || users.stream().anyMatch(grant -> grant.id().equals(actor.memberId()))) {
            return users;
        }
        List<Grant> withCreator = new ArrayList<>(users);
        withCreator.add(new Grant(actor.memberId(), false, false, true));
        return withCreator;
    }

    private Standing standing(OrganizationActor actor) {
        if (actor.providerMember()) {
            return new Standing(actor.role(null), null);
        }
        Optional<UUID> memberId = members.confirmedMemberId(actor.userId());
        return memberId.map(id -> new Standing(actor.role(members.get(id)), id))
                .orElseThrow(OrganizationErrors::notAMember);
    }

    private void validate(List<Grant> users, List<Grant> groupGrants) {
        users.forEach(grant -> members.get(grant.id()));
        groupGrants.forEach(grant -> groups.requireExists(grant.id()));
    }

    private void setAccess(UUID organizationId, UUID collectionId, List<Grant> users, List<Grant> groupGrants) {
        collections.setAccessTo(organizationId, collectionId, users);
        groups.setAccessTo(organizationId, collectionId, groupGrants);
    }

    @EventSourcingHandler
    void on(CollectionManagementUpdated event) {
        limitCollectionCreation = event.limitCollectionCreation();
        limitCollectionDeletion = event.limitCollectionDeletion();
        allowAdminAccessToAllCollectionItems = event.allowAdminAccessToAllCollectionItems();
    }
}
