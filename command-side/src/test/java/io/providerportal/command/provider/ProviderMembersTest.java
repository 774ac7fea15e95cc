package io.providerportal.command.provider;

import static io.providerportal.platform.test.ErrorMatchers.withCode;

import io.providerportal.command.provider.ProviderCommands.AcceptProviderUser;
import io.providerportal.command.provider.ProviderCommands.ChangeProviderUserType;
import io.providerportal.command.provider.ProviderCommands.ConfirmProviderUser;
import io.providerportal.command.provider.ProviderCommands.InvitationResult;
import io.providerportal.command.provider.ProviderCommands.InviteProviderUsers;
import io.providerportal.command.provider.ProviderCommands.Invitee;
import io.providerportal.command.provider.ProviderCommands.ReinviteProviderUser;
import io.providerportal.command.provider.ProviderCommands.RemoveProviderUser;
import io.providerportal.events.provider.ProviderClientGroupCreated;
import io.providerportal.events.provider.ProviderClientGroupDeleted;
import io.providerportal.events.provider.ProviderClientGroupUpdated;
import io.providerportal.events.provider.ProviderCreated;
import io.providerportal.events.provider.ProviderOwnerAssigned;
import io.providerportal.events.provider.ProviderSetUp;
import io.providerportal.events.provider.ProviderType;
import io.providerportal.events.provider.ProviderUserAccepted;
import io.providerportal.events.provider.ProviderUserConfirmed;
import io.providerportal.events.provider.ProviderUserInvited;
import io.providerportal.events.provider.ProviderUserReinvited;
import io.providerportal.events.provider.ProviderUserRemoved;
import io.providerportal.events.provider.ProviderUserScopeSet;
import io.providerportal.events.provider.ProviderUserType;
import io.providerportal.events.provider.ProviderUserTypeChanged;
import io.providerportal.platform.web.ForbiddenException;
import io.providerportal.platform.web.NotFoundException;
import io.providerportal.platform.web.RuleViolationException;
import java.util.List;
import java.util.UUID;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The member rules of the {@link Provider} aggregate (PU-01..PU-10). */
class ProviderMembersTest {

    static final UUID PROVIDER = UUID.randomUUID();
    static final UUID OWNER = UUID.randomUUID();
    static final UUID OWNER_USER = UUID.randomUUID();
    static final UUID BOB = UUID.randomUUID();
    static final UUID BOB_USER = UUID.randomUUID();
    static final String KEY = "4.key";

    static final ProviderCreated CREATED =
            new ProviderCreated(PROVIDER, "Acme IT", null, ProviderType.MSP, "billing@acme.test");
    static final ProviderOwnerAssigned OWNER_ASSIGNED =
            new ProviderOwnerAssigned(PROVIDER, OWNER, OWNER_USER, "owner@acme.test");
    static final ProviderSetUp OWNER_SET_UP = new ProviderSetUp(PROVIDER, OWNER, OWNER_USER, KEY);
    static final ProviderUserInvited BOB_INVITED =
            new ProviderUserInvited(PROVIDER, BOB, "bob@acme.test", ProviderUserType.SERVICE_USER);
    static final ProviderUserAccepted BOB_ACCEPTED = new ProviderUserAccepted(PROVIDER, BOB, BOB_USER);
    static final ProviderUserConfirmed BOB_CONFIRMED = new ProviderUserConfirmed(PROVIDER, BOB, BOB_USER, KEY);

    private FixtureConfiguration<Provider> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Provider.class);
    }

    @Test
    void invitesNewEmailsAndReportsThoseAlreadyPresent() {
        UUID carol = UUID.randomUUID();
        UUID again = UUID.randomUUID();
        UUID twice = UUID.randomUUID();

        fixture.given(CREATED, OWNER_ASSIGNED, OWNER_SET_UP, BOB_INVITED)
                .when(new InviteProviderUsers(
                        PROVIDER,
                        List.of(
                                new Invitee(carol, "carol@acme.test"),
                                new Invitee(again, "bob@acme.test"),
                                new Invitee(twice, "carol@acme.test"),
                                new Invitee(UUID.randomUUID(), "owner@acme.test")),
                        ProviderUserType.PROVIDER_ADMIN))
                .expectEvents(
                        new ProviderUserInvited(PROVIDER, carol, "carol@acme.test", ProviderUserType.PROVIDER_ADMIN))
                .expectResultMessagePayload(new InvitationResult(
                        List.of(new Invitee(carol, "carol@acme.test")),
                        List.of("bob@acme.test", "carol@acme.test", "owner@acme.test")));
    }

    @Test
    void reinvitesOnlyPendingInvitations() {
        fixture.given(CREATED, OWNER_ASSIGNED, OWNER_SET_UP, BOB_INVITED)
                .when(new ReinviteProviderUser(PROVIDER, BOB))
                .expectEvents(new ProviderUserReinvited(PROVIDER, BOB, "bob@acme.test"));
        fixture.given(CREATED, OWNER_ASSIGNED, OWNER_SET_UP, BOB_INVITED, BOB_ACCEPTED)
                .when(new ReinviteProviderUser(PROVIDER, BOB))
                .expectNoEvents()
                .expectException(RuleViolationException.class)
                .expectException(withCode("provider-user.not-invited"));
    }

    @Test
    void theInvitedUserAccepts() {
        fixture.given(CREATED, OWNER_ASSIGNED, OWNER_SET_UP, BOB_INVITED)
                .when(new AcceptProviderUser(PROVIDER, BOB, BOB_USER, "bob@acme.test"))
                .expectEvents(BOB_ACCEPTED);
    }

    @Test
    void someoneElseCannotAccept() {
        fixture.given(CREATED, OWNER_ASSIGNED, OWNER_SET_UP, BOB_INVITED)
                .when(new AcceptProviderUser(PROVIDER, BOB, UUID.randomUUID(), "mallory@acme.test"))
                .expectNoEvents()
                .expectException(ForbiddenException.class)
                .expectException(withCode("invitation.wrong-user"));
    }

    @Test
    void anInvitationIsAcceptedOnce() {
        fixture.given(CREATED, OWNER_ASSIGNED, OWNER_SET_UP, BOB_INVITED, BOB_ACCEPTED)
                .when(new AcceptProviderUser(PROVIDER, BOB, BOB_USER, "bob@acme.test"))
                .expectNoEvents()
                .expectException(withCode("provider-user.not-invited"));
    }

    @Test
    void confirmsAnAcceptedMemberWithTheWrappedProviderKey() {
        fixture.given(CREATED, OWNER_ASSIGNED, OWNER_SET_UP, BOB_INVITED, BOB_ACCEPTED)
                .when(new ConfirmProviderUser(PROVIDER, BOB, KEY))
                .expectEvents(BOB_CONFIRMED);
    }

    @Test
    void cannotConfirmBeforeAcceptance() {
        fixture.given(CREATED, OWNER_ASSIGNED, OWNER_SET_UP, BOB_INVITED)
                .when(new ConfirmProviderUser(PROVIDER, BOB, KEY))
                .expectNoEvents()
                .expectException(RuleViolationException.class)
                .expectException(withCode("provider-user.not-accepted"));
    }

    @Test
    void unknownMembersAreNotFound() {
        fixture.given(CREATED, OWNER_ASSIGNED, OWNER_SET_UP)
                .when(new ConfirmProviderUser(PROVIDER, UUID.randomUUID(), KEY))
                .expectNoEvents()
                .expectException(NotFoundException.class)
                .expectException(withCode("provider-user.not-found"));
    }

    @Test
    void changesTypeWhileAnotherConfirmedAdminRemains() {
        fixture.given(
                        CREATED,
                        OWNER_ASSIGNED,
                        OWNER_SET_UP,
                        BOB_INVITED,
                        BOB_ACCEPTED,
                        BOB_CONFIRMED,
                        new ProviderUserTypeChanged(PROVIDER, BOB, ProviderUserType.PROVIDER_ADMIN))
                .when(new ChangeProviderUserType(PROVIDER, OWNER, ProviderUserType.SERVICE_USER))
                .expectEvents(new ProviderUserTypeChanged(PROVIDER, OWNER, ProviderUserType.SERVICE_USER));
    }

    @Test
    void theLastConfirmedAdminCannotBeDemoted() {
        // an invited or accepted admin does not count
        UUID pending = UUID.randomUUID();
        fixture.given(
                        CREATED,
                        OWNER_ASSIGNED,
                        OWNER_SET_UP,
                        new ProviderUserInvited(PROVIDER, pending, "p@acme.test", ProviderUserType.PROVIDER_ADMIN))
                .when(new ChangeProviderUserType(PROVIDER, OWNER, ProviderUserType.SERVICE_USER))
                .expectNoEvents()
                .expectException(RuleViolationException.class)
                .expectException(withCode("provider.last-admin"));
    }

    @Test
    void theLastConfirmedAdminCannotBeRemoved() {
        fixture.given(CREATED, OWNER_ASSIGNED, OWNER_SET_UP, BOB_INVITED, BOB_ACCEPTED, BOB_CONFIRMED)
                .when(new RemoveProviderUser(PROVIDER, OWNER, BOB_USER))
                .expectNoEvents()
                .expectException(withCode("provider.last-admin"));
    }

    @Test
    void nobodyRemovesThemselves() {
        fixture.given(CREATED, OWNER_ASSIGNED, OWNER_SET_UP, BOB_INVITED, BOB_ACCEPTED, BOB_CONFIRMED)
                .when(new RemoveProviderUser(PROVIDER, BOB, BOB_USER))
                .expectNoEvents()
                .expectException(RuleViolationException.class)
                .expectException(withCode("provider-user.cannot-remove-self"));
    }

    @Test
    void removesOtherMembersAndPendingInvitations() {
        fixture.given(CREATED, OWNER_ASSIGNED, OWNER_SET_UP, BOB_INVITED)
                .when(new RemoveProviderUser(PROVIDER, BOB, OWNER_USER))
                .expectEvents(new ProviderUserRemoved(PROVIDER, BOB));
    }

    @Test
    void anUnchangedTypeRecordsNothing() {
        fixture.given(CREATED, OWNER_ASSIGNED, OWNER_SET_UP)
                .when(new ChangeProviderUserType(PROVIDER, OWNER, ProviderUserType.PROVIDER_ADMIN))
                .expectSuccessfulHandlerExecution()
                .expectNoEvents();
    }

    @Test
    void aServiceUserIsLimitedToSomeClientsAndAProviderAdminNever() {
        UUID contoso = UUID.randomUUID();
        UUID fabrikam = UUID.randomUUID();
        ProviderUserScopeSet limited = new ProviderUserScopeSet(PROVIDER, BOB, false, List.of(contoso), List.of());
        fixture.given(CREATED, OWNER_ASSIGNED, OWNER_SET_UP, BOB_INVITED, BOB_ACCEPTED, BOB_CONFIRMED)
                .when(new ProviderCommands.SetProviderUserScope(
                        PROVIDER, BOB, false, List.of(contoso, contoso), List.of()))
                .expectEvents(limited);
        fixture.given(CREATED, OWNER_ASSIGNED, OWNER_SET_UP, BOB_INVITED, limited)
                .when(new ProviderCommands.SetProviderUserScope(PROVIDER, BOB, false, List.of(contoso), List.of()))
                .expectSuccessfulHandlerExecution()
                .expectNoEvents();
        fixture.given(CREATED, OWNER_ASSIGNED, OWNER_SET_UP, BOB_INVITED, limited)
                .when(new ProviderCommands.SetProviderUserScope(
                        PROVIDER, BOB, true, List.of(fabrikam), List.of(UUID.randomUUID())))
                .expectEvents(new ProviderUserScopeSet(PROVIDER, BOB, true, List.of(), List.of()));
        fixture.given(CREATED, OWNER_ASSIGNED, OWNER_SET_UP)
                .when(new ProviderCommands.SetProviderUserScope(PROVIDER, OWNER, false, List.of(contoso), List.of()))
                .expectNoEvents()
                .expectException(withCode("provider-user.admin-reaches-every-client"));
    }

    @Test
    void aServiceUserIsScopedToClientGroupsOfTheProviderOnly() {
        UUID retail = UUID.randomUUID();
        UUID contoso = UUID.randomUUID();
        ProviderClientGroupCreated created =
                new ProviderClientGroupCreated(PROVIDER, retail, "Retail", List.of(contoso));
        fixture.given(CREATED, OWNER_ASSIGNED, OWNER_SET_UP)
                .when(new ProviderCommands.CreateClientGroup(PROVIDER, retail, "Retail", List.of(contoso, contoso)))
                .expectEvents(created);
        fixture.given(CREATED, OWNER_ASSIGNED, OWNER_SET_UP, BOB_INVITED, created)
                .when(new ProviderCommands.SetProviderUserScope(PROVIDER, BOB, false, List.of(), List.of(retail)))
                .expectEvents(new ProviderUserScopeSet(PROVIDER, BOB, false, List.of(), List.of(retail)));
        fixture.given(CREATED, OWNER_ASSIGNED, OWNER_SET_UP, BOB_INVITED, created)
                .when(new ProviderCommands.SetProviderUserScope(
                        PROVIDER, BOB, false, List.of(), List.of(UUID.randomUUID())))
                .expectNoEvents()
                .expectException(withCode("provider-user.scope-unknown-client-groups"));
    }

    @Test
    void aClientGroupChangesAsAWholeAndOnlyWhenItExists() {
        UUID retail = UUID.randomUUID();
        UUID contoso = UUID.randomUUID();
        ProviderClientGroupCreated created =
                new ProviderClientGroupCreated(PROVIDER, retail, "Retail", List.of(contoso));
        fixture.given(CREATED, OWNER_ASSIGNED, OWNER_SET_UP, created)
                .when(new ProviderCommands.UpdateClientGroup(PROVIDER, retail, "Retail", List.of(contoso)))
                .expectSuccessfulHandlerExecution()
                .expectNoEvents();
        fixture.given(CREATED, OWNER_ASSIGNED, OWNER_SET_UP, created)
                .when(new ProviderCommands.UpdateClientGroup(PROVIDER, retail, "Shops", List.of()))
                .expectEvents(new ProviderClientGroupUpdated(PROVIDER, retail, "Shops", List.of()));
        fixture.given(CREATED, OWNER_ASSIGNED, OWNER_SET_UP, created)
                .when(new ProviderCommands.DeleteClientGroup(PROVIDER, retail))
                .expectEvents(new ProviderClientGroupDeleted(PROVIDER, retail));
        fixture.given(CREATED, OWNER_ASSIGNED, OWNER_SET_UP)
                .when(new ProviderCommands.DeleteClientGroup(PROVIDER, retail))
                .expectNoEvents()
                .expectException(withCode("provider.client-group-not-found"));
    }

    @Test
    void aDeletedGroupLeavesTheScopesThatNamedIt() {
        UUID retail = UUID.randomUUID();
        fixture.given(
                        CREATED,
                        OWNER_ASSIGNED,
                        OWNER_SET_UP,
                        BOB_INVITED,
                        new ProviderClientGroupCreated(PROVIDER, retail, "Retail", List.of()),
                        new ProviderUserScopeSet(PROVIDER, BOB, false, List.of(), List.of(retail)),
                        new ProviderClientGroupDeleted(PROVIDER, retail))
                .when(new ProviderCommands.SetProviderUserScope(PROVIDER, BOB, false, List.of(), List.of()))
                .expectSuccessfulHandlerExecution()
                .expectNoEvents();
    }
}
