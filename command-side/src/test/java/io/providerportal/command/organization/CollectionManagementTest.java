package io.providerportal.command.organization;

import static io.providerportal.command.organization.OrganizationMembersTest.ADMIN;
import static io.providerportal.command.organization.OrganizationMembersTest.AS_ADMIN;
import static io.providerportal.command.organization.OrganizationMembersTest.AS_CUSTOM;
import static io.providerportal.command.organization.OrganizationMembersTest.AS_OWNER;
import static io.providerportal.command.organization.OrganizationMembersTest.AS_PROVIDER;
import static io.providerportal.command.organization.OrganizationMembersTest.COLLECTION;
import static io.providerportal.command.organization.OrganizationMembersTest.CUSTOM;
import static io.providerportal.command.organization.OrganizationMembersTest.ORG;
import static io.providerportal.command.organization.OrganizationMembersTest.OWNER;
import static io.providerportal.platform.test.ErrorMatchers.withCode;

import io.providerportal.command.organization.OrganizationCommands.AddCollectionAccess;
import io.providerportal.command.organization.OrganizationCommands.CreateCollection;
import io.providerportal.command.organization.OrganizationCommands.DeleteCollection;
import io.providerportal.command.organization.OrganizationCommands.Grant;
import io.providerportal.command.organization.OrganizationCommands.SetCollectionAccess;
import io.providerportal.command.organization.OrganizationCommands.UpdateCollection;
import io.providerportal.command.organization.OrganizationCommands.UpdateCollectionManagement;
import io.providerportal.events.organization.CollectionCreated;
import io.providerportal.events.organization.CollectionDeleted;
import io.providerportal.events.organization.CollectionGroupAccessRemoved;
import io.providerportal.events.organization.CollectionGroupAccessSet;
import io.providerportal.events.organization.CollectionManagementUpdated;
import io.providerportal.events.organization.CollectionMemberAccessRemoved;
import io.providerportal.events.organization.CollectionMemberAccessSet;
import io.providerportal.events.organization.CollectionRenamed;
import io.providerportal.events.organization.CustomPermission;
import io.providerportal.events.organization.GroupCreated;
import io.providerportal.events.organization.GroupMemberAdded;
import io.providerportal.events.organization.OrganizationUserAccepted;
import io.providerportal.events.organization.OrganizationUserConfirmed;
import io.providerportal.events.organization.OrganizationUserInvited;
import io.providerportal.events.organization.OrganizationUserPermissionsSet;
import io.providerportal.events.organization.OrganizationUserType;
import io.providerportal.platform.web.ForbiddenException;
import io.providerportal.platform.web.NotFoundException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Who may create, change and delete collections (C-04..C-06), and the collection management settings. */
class CollectionManagementTest {

    static final UUID USER = UUID.randomUUID();
    static final UUID USER_ACCOUNT = UUID.randomUUID();
    static final UUID GROUP = UUID.randomUUID();
    static final UUID OTHER = UUID.randomUUID();
    static final OrganizationActor AS_USER = new OrganizationActor(USER_ACCOUNT, null);
    static final String NAME = "2.new-name";

    private FixtureConfiguration<Organization> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Organization.class);
    }

    /**
     * The organization of {@link OrganizationMembersTest} plus a confirmed User in a group, and a second collection
     * {@code OTHER} that the group manages and nobody reaches directly.
     */
    static Object[] organization(Object... more) {
        List<Object> events = new ArrayList<>(Arrays.asList(OrganizationMembersTest.organization()));
        events.addAll(List.of(
                new OrganizationUserInvited(ORG, USER, "user@contoso.test", OrganizationUserType.USER),
                new OrganizationUserAccepted(ORG, USER, USER_ACCOUNT),
                new OrganizationUserConfirmed(ORG, USER, USER_ACCOUNT, "4.key"),
                new GroupCreated(ORG, GROUP, "Sales"),
                new GroupMemberAdded(ORG, GROUP, USER),
                new CollectionCreated(ORG, OTHER, "2.other"),
                new CollectionGroupAccessSet(ORG, OTHER, GROUP, false, false, true)));
        events.addAll(Arrays.asList(more));
        return events.toArray();
    }

    private static Object limits(boolean creation, boolean deletion, boolean adminAccess) {
        return new CollectionManagementUpdated(ORG, creation, deletion, adminAccess);
    }

    private static UpdateCollection rename(UUID collection, OrganizationActor actor) {
        return new UpdateCollection(
                ORG, collection, NAME, List.of(), List.of(new Grant(GROUP, false, false, true)), actor);
    }

    @Test
    void anyMemberCreatesByDefaultAndManagesWhatTheyCreate() {
        UUID created = UUID.randomUUID();
        fixture.given(organization())
                .when(new CreateCollection(
                        ORG, created, NAME, "sales", List.of(), List.of(new Grant(GROUP, true, true, false)), AS_USER))
                .expectEvents(
                        new CollectionCreated(ORG, created, NAME, "sales"),
                        new CollectionMemberAccessSet(ORG, created, USER, false, false, true),
                        new CollectionGroupAccessSet(ORG, created, GROUP, true, true, false));
    }

    @Test
    void ownersWhoReachEveryItemAreNotAddedToWhatTheyCreate() {
        UUID created = UUID.randomUUID();
        fixture.given(organization())
                .when(new CreateCollection(ORG, created, NAME, null, List.of(), List.of(), AS_OWNER))
                .expectEvents(new CollectionCreated(ORG, created, NAME));
    }

    @Test
    void limitedCreationLeavesItToAdminsAndTheCustomFlag() {
        fixture.given(organization(limits(true, false, true)))
                .when(new CreateCollection(ORG, UUID.randomUUID(), NAME, null, List.of(), List.of(), AS_USER))
                .expectNoEvents()
                .expectException(ForbiddenException.class)
                .expectException(withCode("collection.permission-required"));
        fixture.given(organization(
                        limits(true, false, true),
                        new OrganizationUserPermissionsSet(
                                ORG, CUSTOM, List.of(CustomPermission.CREATE_NEW_COLLECTIONS))))
                .when(new CreateCollection(ORG, UUID.randomUUID(), NAME, null, List.of(), List.of(), AS_CUSTOM))
                .expectSuccessfulHandlerExecution();
        fixture.given(organization(limits(true, false, true)))
                .when(new CreateCollection(ORG, UUID.randomUUID(), NAME, null, List.of(), List.of(), AS_ADMIN))
                .expectSuccessfulHandlerExecution();
    }

    @Test
    void aManageHolderThroughAGroupRenamesAndSetsAccess() {
        fixture.given(organization())
                .when(new UpdateCollection(
                        ORG,
                        OTHER,
                        NAME,
                        List.of(new Grant(ADMIN, true, false, false)),
                        List.of(new Grant(GROUP, false, false, true)),
                        AS_USER))
                .expectEvents(
                        new CollectionRenamed(ORG, OTHER, NAME),
                        new CollectionMemberAccessSet(ORG, OTHER, ADMIN, true, false, false));
    }

    @Test
    void aDirectRowWithoutManageOverridesTheGroupsManage() {
        fixture.given(organization(new CollectionMemberAccessSet(ORG, OTHER, USER, false, false, false)))
                .when(rename(OTHER, AS_USER))
                .expectNoEvents()
                .expectException(ForbiddenException.class)
                .expectException(withCode("collection.permission-required"));
    }

    @Test
    void adminsNeedManageOnceTheyNoLongerReachEverything() {
        fixture.given(organization(limits(false, false, false)))
                .when(rename(OTHER, AS_ADMIN))
                .expectException(ForbiddenException.class)
                .expectException(withCode("collection.permission-required"));
        fixture.given(organization(limits(false, false, true)))
                .when(rename(OTHER, AS_ADMIN))
                .expectEvents(new CollectionRenamed(ORG, OTHER, NAME));
    }

    @Test
    void adminsStillManageACollectionNobodyManages() {
        fixture.given(organization(
                        limits(false, false, false),
                        new CollectionMemberAccessSet(ORG, COLLECTION, OWNER, false, false, false)))
                .when(new SetCollectionAccess(
                        ORG, COLLECTION, List.of(new Grant(ADMIN, false, false, true)), List.of(), AS_ADMIN))
                .expectEvents(
                        new CollectionMemberAccessSet(ORG, COLLECTION, ADMIN, false, false, true),
                        new CollectionMemberAccessRemoved(ORG, COLLECTION, OWNER));
    }

    @Test
    void providerMembersAndEditAnyCollectionChangeAnyCollection() {
        fixture.given(organization(limits(false, false, false)))
                .when(rename(OTHER, AS_PROVIDER))
                .expectEvents(new CollectionRenamed(ORG, OTHER, NAME));
        fixture.given(organization(
                        limits(false, false, false),
                        new OrganizationUserPermissionsSet(ORG, CUSTOM, List.of(CustomPermission.EDIT_ANY_COLLECTION))))
                .when(rename(OTHER, AS_CUSTOM))
                .expectEvents(new CollectionRenamed(ORG, OTHER, NAME));
    }

    @Test
    void settingAccessNamesOnlyExistingMembersAndGroups() {
        fixture.given(organization())
                .when(new SetCollectionAccess(
                        ORG, OTHER, List.of(), List.of(new Grant(UUID.randomUUID(), false, false, true)), AS_OWNER))
                .expectNoEvents()
                .expectException(NotFoundException.class)
                .expectException(withCode("group.not-found"));
        fixture.given(organization())
                .when(new SetCollectionAccess(ORG, OTHER, List.of(), List.of(), AS_OWNER))
                .expectEvents(new CollectionGroupAccessRemoved(ORG, OTHER, GROUP));
    }

    @Test
    void manageHoldersDeleteUnlessDeletionIsLimited() {
        fixture.given(organization())
                .when(new DeleteCollection(ORG, OTHER, AS_USER))
                .expectEvents(new CollectionDeleted(ORG, OTHER));
        fixture.given(organization(limits(false, true, true)))
                .when(new DeleteCollection(ORG, OTHER, AS_USER))
                .expectNoEvents()
                .expectException(ForbiddenException.class)
                .expectException(withCode("collection.permission-required"));
        fixture.given(organization(
                        limits(false, true, true),
                        new OrganizationUserPermissionsSet(
                                ORG, CUSTOM, List.of(CustomPermission.DELETE_ANY_COLLECTION))))
                .when(new DeleteCollection(ORG, OTHER, AS_CUSTOM))
                .expectEvents(new CollectionDeleted(ORG, OTHER));
    }

    @Test
    void aDeletedCollectionIsGoneWithItsAccess() {
        fixture.given(organization(new CollectionDeleted(ORG, OTHER)))
                .when(rename(OTHER, AS_OWNER))
                .expectException(NotFoundException.class)
                .expectException(withCode("collection.not-found"));
    }

    @Test
    void onlyOwnersAndProviderMembersChangeTheSettings() {
        fixture.given(organization())
                .when(new UpdateCollectionManagement(ORG, true, true, false, AS_ADMIN))
                .expectNoEvents()
                .expectException(ForbiddenException.class)
                .expectException(withCode("organization.owner-required"));
        fixture.given(organization())
                .when(new UpdateCollectionManagement(ORG, true, true, false, AS_PROVIDER))
                .expectEvents(limits(true, true, false));
        fixture.given(organization())
                .when(new UpdateCollectionManagement(ORG, false, false, true, AS_OWNER))
                .expectSuccessfulHandlerExecution()
                .expectNoEvents();
    }

    @Test
    void bulkAccessAddsToEveryCollectionAndKeepsTheirOtherAccessButOnlyWhereTheActorMayEditAll() {
        List<Grant> reader = List.of(new Grant(USER, true, false, false));
        fixture.given(organization())
                .when(new AddCollectionAccess(ORG, List.of(COLLECTION, OTHER), reader, List.of(), AS_OWNER))
                .expectEvents(
                        new CollectionMemberAccessSet(ORG, COLLECTION, USER, true, false, false),
                        new CollectionMemberAccessSet(ORG, OTHER, USER, true, false, false));
        // the User manages OTHER through the group, not COLLECTION: nothing is written
        fixture.given(organization())
                .when(new AddCollectionAccess(ORG, List.of(OTHER, COLLECTION), reader, List.of(), AS_USER))
                .expectNoEvents()
                .expectException(withCode("collection.permission-required"));
        fixture.given(organization())
                .when(new AddCollectionAccess(ORG, List.of(OTHER, UUID.randomUUID()), reader, List.of(), AS_OWNER))
                .expectNoEvents()
                .expectException(withCode("collection.not-found"));
    }
}
