package io.providerportal.command.organization;

import static io.providerportal.platform.test.ErrorMatchers.withCode;

import io.providerportal.command.organization.OrganizationCommands.AcceptOrganizationUser;
import io.providerportal.command.organization.OrganizationCommands.CollectionAccess;
import io.providerportal.command.organization.OrganizationCommands.ConfirmOrganizationUser;
import io.providerportal.command.organization.OrganizationCommands.InvitationResult;
import io.providerportal.command.organization.OrganizationCommands.InviteOrganizationUsers;
import io.providerportal.command.organization.OrganizationCommands.Invitee;
import io.providerportal.command.organization.OrganizationCommands.RemoveOrganizationUser;
import io.providerportal.command.organization.OrganizationCommands.RestoreOrganizationUser;
import io.providerportal.command.organization.OrganizationCommands.RevokeOrganizationUser;
import io.providerportal.command.organization.OrganizationCommands.UpdateOrganizationUser;
import io.providerportal.events.organization.ClientOrganizationCreated;
import io.providerportal.events.organization.CollectionCreated;
import io.providerportal.events.organization.CollectionMemberAccessRemoved;
import io.providerportal.events.organization.CollectionMemberAccessSet;
import io.providerportal.events.organization.CustomPermission;
import io.providerportal.events.organization.OrganizationCreated;
import io.providerportal.events.organization.OrganizationOwnerAdded;
import io.providerportal.events.organization.OrganizationUserAccepted;
import io.providerportal.events.organization.OrganizationUserConfirmed;
import io.providerportal.events.organization.OrganizationUserInvited;
import io.providerportal.events.organization.OrganizationUserPermissionsSet;
import io.providerportal.events.organization.OrganizationUserRemoved;
import io.providerportal.events.organization.OrganizationUserRestored;
import io.providerportal.events.organization.OrganizationUserRevoked;
import io.providerportal.events.organization.OrganizationUserStatus;
import io.providerportal.events.organization.OrganizationUserType;
import io.providerportal.events.organization.OrganizationUserTypeChanged;
import io.providerportal.events.organization.PlanType;
import io.providerportal.events.provider.ProviderUserType;
import io.providerportal.platform.web.ForbiddenException;
import io.providerportal.platform.web.RuleViolationException;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The member rules of the {@link Organization} aggregate (O-07..O-14, PO-10, R-07). */
class OrganizationMembersTest {

    static final UUID ORG = UUID.randomUUID();
    static final UUID COLLECTION = UUID.randomUUID();
    static final UUID OWNER = UUID.randomUUID();
    static final UUID OWNER_USER = UUID.randomUUID();
    static final UUID ADMIN = UUID.randomUUID();
    static final UUID ADMIN_USER = UUID.randomUUID();
    static final UUID CUSTOM = UUID.randomUUID();
    static final UUID CUSTOM_USER = UUID.randomUUID();

    static final OrganizationActor AS_OWNER = new OrganizationActor(OWNER_USER, null);
    static final OrganizationActor AS_ADMIN = new OrganizationActor(ADMIN_USER, null);
    static final OrganizationActor AS_CUSTOM = new OrganizationActor(CUSTOM_USER, null);
    static final OrganizationActor AS_PROVIDER =
            new OrganizationActor(UUID.randomUUID(), ProviderUserType.SERVICE_USER);

    private FixtureConfiguration<Organization> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Organization.class);
    }

    /** An own organization of 5 seats: a confirmed Owner, a confirmed Admin and a Custom member with MANAGE_USERS. */
    static Object[] organization() {
        return new Object[] {
            new OrganizationCreated(ORG, "Contoso", "billing@contoso.test", PlanType.TEAMS, 5),
            new OrganizationOwnerAdded(ORG, OWNER, OWNER_USER, "owner@contoso.test", "4.key"),
            new CollectionCreated(ORG, COLLECTION, "2.name"),
            new OrganizationUserInvited(ORG, ADMIN, "admin@contoso.test", OrganizationUserType.ADMIN),
            new OrganizationUserAccepted(ORG, ADMIN, ADMIN_USER),
            new OrganizationUserConfirmed(ORG, ADMIN, ADMIN_USER, "4.key"),
            new OrganizationUserInvited(ORG, CUSTOM, "custom@contoso.test", OrganizationUserType.CUSTOM),
            new OrganizationUserPermissionsSet(ORG, CUSTOM, List.of(CustomPermission.MANAGE_USERS)),
            new OrganizationUserAccepted(ORG, CUSTOM, CUSTOM_USER),
            new OrganizationUserConfirmed(ORG, CUSTOM, CUSTOM_USER, "4.key")
        };
    }

    static InviteOrganizationUsers invite(
            OrganizationActor actor, OrganizationUserType type, Set<CustomPermission> permissions, UUID... ids) {
        List<Invitee> invitees = java.util.Arrays.stream(ids)
                .map(id -> new Invitee(id, id + "@example.test"))
                .toList();
        return new InviteOrganizationUsers(
                ORG,
                invitees,
                type,
                permissions,
                List.of(new CollectionAccess(COLLECTION, true, false, false)),
                Set.of(),
                actor);
    }

    @Test
    void invitesWithPermissionsAndCollectionAccess() {
        UUID bob = UUID.randomUUID();
        fixture.given(organization())
                .when(invite(AS_OWNER, OrganizationUserType.CUSTOM, Set.of(CustomPermission.MANAGE_GROUPS), bob))
                .expectEvents(
                        new OrganizationUserInvited(ORG, bob, bob + "@example.test", OrganizationUserType.CUSTOM),
                        new OrganizationUserPermissionsSet(ORG, bob, List.of(CustomPermission.MANAGE_GROUPS)),
                        new CollectionMemberAccessSet(ORG, COLLECTION, bob, true, false, false))
                .expectResultMessagePayload(
                        new InvitationResult(List.of(new Invitee(bob, bob + "@example.test")), List.of()));
    }

    @Test
    void invitingPastTheSeatsOfAProviderManagedOrganizationSendsToTheProvider() {
        fixture.given(
                        new ClientOrganizationCreated(
                                ORG, UUID.randomUUID(), "Contoso", PlanType.TEAMS, 2, "b@acme.test", "2.k"),
                        new CollectionCreated(ORG, COLLECTION, "2.name"),
                        new OrganizationUserInvited(ORG, OWNER, "owner@contoso.test", OrganizationUserType.OWNER))
                .when(invite(AS_PROVIDER, OrganizationUserType.USER, Set.of(), UUID.randomUUID(), UUID.randomUUID()))
                .expectNoEvents()
                .expectException(RuleViolationException.class)
                .expectExceptionMessage("Seat limit has been reached. Please contact your provider to add more seats.")
                .expectException(withCode("organization.seat-limit"));
    }

    @Test
    void onlyOwnersAndProviderMembersGrantTheOwnerRole() {
        fixture.given(organization())
                .when(invite(AS_ADMIN, OrganizationUserType.OWNER, Set.of(), UUID.randomUUID()))
                .expectNoEvents()
                .expectException(ForbiddenException.class)
                .expectException(withCode("organization.owner-required"));
        fixture.given(organization())
                .when(new UpdateOrganizationUser(
                        ORG, OWNER, OrganizationUserType.OWNER, Set.of(), List.of(), Set.of(), AS_ADMIN))
                .expectNoEvents()
                .expectException(withCode("organization.owner-required"));
        UUID bob = UUID.randomUUID();
        fixture.given(organization())
                .when(invite(AS_PROVIDER, OrganizationUserType.OWNER, Set.of(), bob))
                .expectSuccessfulHandlerExecution();
    }

    @Test
    void customMembersManageNoAdminsAndGrantOnlyWhatTheyHold() {
        fixture.given(organization())
                .when(invite(AS_CUSTOM, OrganizationUserType.ADMIN, Set.of(), UUID.randomUUID()))
                .expectNoEvents()
                .expectException(withCode("organization.custom-cannot-manage-admins"));
        fixture.given(organization())
                .when(new RevokeOrganizationUser(ORG, ADMIN, AS_CUSTOM))
                .expectNoEvents()
                .expectException(withCode("organization.custom-cannot-manage-admins"));
        fixture.given(organization())
                .when(invite(
                        AS_CUSTOM,
                        OrganizationUserType.CUSTOM,
                        Set.of(CustomPermission.MANAGE_POLICIES),
                        UUID.randomUUID()))
                .expectNoEvents()
                .expectException(withCode("organization.custom-permissions-not-held"));
        fixture.given(organization())
                .when(invite(
                        AS_CUSTOM,
                        OrganizationUserType.CUSTOM,
                        Set.of(CustomPermission.MANAGE_USERS),
                        UUID.randomUUID()))
                .expectSuccessfulHandlerExecution();
    }

    @Test
    void acceptanceIsForTheInvitedEmailAndConfirmationComesAfterIt() {
        UUID bob = UUID.randomUUID();
        Object[] given = append(
                organization(), new OrganizationUserInvited(ORG, bob, "bob@contoso.test", OrganizationUserType.USER));
        fixture.given(given)
                .when(new AcceptOrganizationUser(ORG, bob, UUID.randomUUID(), "mallory@contoso.test", List.of()))
                .expectNoEvents()
                .expectException(withCode("invitation.wrong-user"));
        fixture.given(given)
                .when(new ConfirmOrganizationUser(ORG, bob, "4.key", List.of(), AS_OWNER))
                .expectNoEvents()
                .expectException(withCode("organization-user.not-accepted"));
    }

    @Test
    void updatingReplacesDirectCollectionAccess() {
        UUID other = UUID.randomUUID();
        fixture.given(append(
                        organization(),
                        new CollectionCreated(ORG, other, "2.other"),
                        new CollectionMemberAccessSet(ORG, COLLECTION, ADMIN, false, false, true)))
                .when(new UpdateOrganizationUser(
                        ORG,
                        ADMIN,
                        OrganizationUserType.ADMIN,
                        Set.of(),
                        List.of(new CollectionAccess(other, true, true, false)),
                        Set.of(),
                        AS_OWNER))
                .expectEvents(
                        new CollectionMemberAccessSet(ORG, other, ADMIN, true, true, false),
                        new CollectionMemberAccessRemoved(ORG, COLLECTION, ADMIN));
        fixture.given(organization())
                .when(new UpdateOrganizationUser(
                        ORG,
                        ADMIN,
                        OrganizationUserType.ADMIN,
                        Set.of(),
                        List.of(new CollectionAccess(UUID.randomUUID(), true, true, false)),
                        Set.of(),
                        AS_OWNER))
                .expectNoEvents()
                .expectException(withCode("collection.not-found"));
    }

    @Test
    void theLastConfirmedOwnerStaysEvenAgainstTheProvider() {
        fixture.given(organization())
                .when(new RemoveOrganizationUser(ORG, OWNER, AS_PROVIDER))
                .expectNoEvents()
                .expectException(withCode("organization.last-owner"));
        fixture.given(organization())
                .when(new RevokeOrganizationUser(ORG, OWNER, AS_PROVIDER))
                .expectNoEvents()
                .expectException(withCode("organization.last-owner"));
        fixture.given(organization())
                .when(new UpdateOrganizationUser(
                        ORG, OWNER, OrganizationUserType.ADMIN, Set.of(), List.of(), Set.of(), AS_PROVIDER))
                .expectNoEvents()
                .expectException(withCode("organization.last-owner"));
        fixture.given(append(organization(), new OrganizationUserTypeChanged(ORG, ADMIN, OrganizationUserType.OWNER)))
                .when(new RemoveOrganizationUser(ORG, OWNER, AS_PROVIDER))
                .expectEvents(new OrganizationUserRemoved(ORG, OWNER));
    }

    @Test
    void nobodyRevokesOrRemovesThemselves() {
        fixture.given(organization())
                .when(new RevokeOrganizationUser(ORG, ADMIN, AS_ADMIN))
                .expectNoEvents()
                .expectException(withCode("organization-user.not-yourself"));
        fixture.given(organization())
                .when(new RemoveOrganizationUser(ORG, ADMIN, AS_ADMIN))
                .expectNoEvents()
                .expectException(withCode("organization-user.not-yourself"));
    }

    @Test
    void restoringReturnsToThePriorStatusAndNeedsASeat() {
        UUID bob = UUID.randomUUID();
        Object[] revoked = append(
                organization(),
                new OrganizationUserInvited(ORG, bob, "bob@contoso.test", OrganizationUserType.USER),
                new OrganizationUserAccepted(ORG, bob, UUID.randomUUID()),
                new OrganizationUserRevoked(ORG, bob));
        fixture.given(revoked)
                .when(new RestoreOrganizationUser(ORG, bob, List.of(), AS_OWNER))
                .expectEvents(new OrganizationUserRestored(ORG, bob, OrganizationUserStatus.ACCEPTED));
        fixture.given(append(
                        revoked,
                        new OrganizationUserInvited(
                                ORG, UUID.randomUUID(), "x@contoso.test", OrganizationUserType.USER),
                        new OrganizationUserInvited(
                                ORG, UUID.randomUUID(), "y@contoso.test", OrganizationUserType.USER)))
                .when(new RestoreOrganizationUser(ORG, bob, List.of(), AS_OWNER))
                .expectNoEvents()
                .expectException(RuleViolationException.class)
                .expectException(withCode("organization.seat-limit"));
        fixture.given(organization())
                .when(new RestoreOrganizationUser(ORG, ADMIN, List.of(), AS_OWNER))
                .expectNoEvents()
                .expectException(withCode("organization-user.not-revoked"));
    }

    private static Object[] append(Object[] events, Object... more) {
        Object[] all = java.util.Arrays.copyOf(events, events.length + more.length);
        System.arraycopy(more, 0, all, events.length, more.length);
        return all;
    }
}
