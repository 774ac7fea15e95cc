package io.providerportal.command.organization;

import static io.providerportal.command.organization.OrganizationMembersTest.ADMIN;
import static io.providerportal.command.organization.OrganizationMembersTest.AS_OWNER;
import static io.providerportal.command.organization.OrganizationMembersTest.COLLECTION;
import static io.providerportal.command.organization.OrganizationMembersTest.CUSTOM;
import static io.providerportal.command.organization.OrganizationMembersTest.ORG;
import static io.providerportal.command.organization.OrganizationMembersTest.organization;
import static io.providerportal.platform.test.ErrorMatchers.withCode;

import io.providerportal.command.organization.OrganizationCommands.CollectionAccess;
import io.providerportal.command.organization.OrganizationCommands.CreateGroup;
import io.providerportal.command.organization.OrganizationCommands.DeleteGroup;
import io.providerportal.command.organization.OrganizationCommands.InviteOrganizationUsers;
import io.providerportal.command.organization.OrganizationCommands.Invitee;
import io.providerportal.command.organization.OrganizationCommands.UpdateGroup;
import io.providerportal.events.organization.CollectionGroupAccessRemoved;
import io.providerportal.events.organization.CollectionGroupAccessSet;
import io.providerportal.events.organization.GroupCreated;
import io.providerportal.events.organization.GroupDeleted;
import io.providerportal.events.organization.GroupMemberAdded;
import io.providerportal.events.organization.GroupMemberRemoved;
import io.providerportal.events.organization.GroupRenamed;
import io.providerportal.events.organization.OrganizationUserInvited;
import io.providerportal.events.organization.OrganizationUserRemoved;
import io.providerportal.events.organization.OrganizationUserType;
import io.providerportal.platform.web.NotFoundException;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The group rules of the {@link Organization} aggregate (O-16). */
class OrganizationGroupsTest {

    static final UUID GROUP = UUID.randomUUID();

    private FixtureConfiguration<Organization> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Organization.class);
    }

    private static Object[] withGroup(Object... more) {
        Object[] base = organization();
        Object[] events = Arrays.copyOf(base, base.length + 3 + more.length);
        events[base.length] = new GroupCreated(ORG, GROUP, "Sales");
        events[base.length + 1] = new GroupMemberAdded(ORG, GROUP, ADMIN);
        events[base.length + 2] = new CollectionGroupAccessSet(ORG, COLLECTION, GROUP, true, false, false);
        System.arraycopy(more, 0, events, base.length + 3, more.length);
        return events;
    }

    @Test
    void createsAGroupWithMembersAndAccess() {
        fixture.given(organization())
                .when(new CreateGroup(
                        ORG,
                        GROUP,
                        "Sales",
                        Set.of(ADMIN),
                        List.of(new CollectionAccess(COLLECTION, true, false, false))))
                .expectEvents(
                        new GroupCreated(ORG, GROUP, "Sales"),
                        new GroupMemberAdded(ORG, GROUP, ADMIN),
                        new CollectionGroupAccessSet(ORG, COLLECTION, GROUP, true, false, false));
    }

    @Test
    void updatingRecordsOnlyWhatChanged() {
        fixture.given(withGroup())
                .when(new UpdateGroup(ORG, GROUP, "Marketing", Set.of(CUSTOM), List.of()))
                .expectEvents(
                        new GroupRenamed(ORG, GROUP, "Marketing"),
                        new GroupMemberAdded(ORG, GROUP, CUSTOM),
                        new GroupMemberRemoved(ORG, GROUP, ADMIN),
                        new CollectionGroupAccessRemoved(ORG, COLLECTION, GROUP));
        fixture.given(withGroup())
                .when(new UpdateGroup(
                        ORG,
                        GROUP,
                        "Sales",
                        Set.of(ADMIN),
                        List.of(new CollectionAccess(COLLECTION, true, false, false))))
                .expectSuccessfulHandlerExecution()
                .expectNoEvents();
    }

    @Test
    void membersAndCollectionsMustBelongToTheOrganization() {
        fixture.given(organization())
                .when(new CreateGroup(ORG, GROUP, "Sales", Set.of(UUID.randomUUID()), List.of()))
                .expectNoEvents()
                .expectException(NotFoundException.class)
                .expectException(withCode("organization-user.not-found"));
        fixture.given(organization())
                .when(new CreateGroup(
                        ORG,
                        GROUP,
                        "Sales",
                        Set.of(),
                        List.of(new CollectionAccess(UUID.randomUUID(), false, false, true))))
                .expectNoEvents()
                .expectException(withCode("collection.not-found"));
    }

    @Test
    void unknownGroupsAreNotFound() {
        fixture.given(organization())
                .when(new DeleteGroup(ORG, GROUP))
                .expectNoEvents()
                .expectException(withCode("group.not-found"));
        fixture.given(withGroup()).when(new DeleteGroup(ORG, GROUP)).expectEvents(new GroupDeleted(ORG, GROUP));
    }

    @Test
    void invitationsPutTheNewMemberInTheirGroups() {
        UUID bob = UUID.randomUUID();
        fixture.given(withGroup())
                .when(new InviteOrganizationUsers(
                        ORG,
                        List.of(new Invitee(bob, "bob@contoso.test")),
                        OrganizationUserType.USER,
                        Set.of(),
                        List.of(),
                        Set.of(GROUP),
                        AS_OWNER))
                .expectEvents(
                        new OrganizationUserInvited(ORG, bob, "bob@contoso.test", OrganizationUserType.USER),
                        new GroupMemberAdded(ORG, GROUP, bob));
    }

    @Test
    void aRemovedMemberLeavesTheirGroups() {
        fixture.given(withGroup(new OrganizationUserRemoved(ORG, ADMIN)))
                .when(new UpdateGroup(
                        ORG, GROUP, "Sales", Set.of(), List.of(new CollectionAccess(COLLECTION, true, false, false))))
                .expectSuccessfulHandlerExecution()
                .expectNoEvents();
    }
}
