package io.providerportal.command.provider;

import static io.providerportal.platform.test.ErrorMatchers.withCode;

import io.providerportal.command.provider.ProviderCommands.AcceptProviderUser;
import io.providerportal.command.provider.ProviderCommands.ConfirmProviderUser;
import io.providerportal.command.provider.ProviderCommands.InviteProviderOwner;
import io.providerportal.command.provider.ProviderCommands.InviteProviderUsers;
import io.providerportal.command.provider.ProviderCommands.Invitee;
import io.providerportal.command.provider.ProviderCommands.SetUpProvider;
import io.providerportal.events.provider.ProviderCreated;
import io.providerportal.events.provider.ProviderOwnerAssigned;
import io.providerportal.events.provider.ProviderOwnerInvited;
import io.providerportal.events.provider.ProviderSetUp;
import io.providerportal.events.provider.ProviderType;
import io.providerportal.events.provider.ProviderUserAccepted;
import io.providerportal.events.provider.ProviderUserAdded;
import io.providerportal.events.provider.ProviderUserInvited;
import io.providerportal.events.provider.ProviderUserReinvited;
import io.providerportal.events.provider.ProviderUserRemoved;
import io.providerportal.events.provider.ProviderUserType;
import io.providerportal.platform.web.ConflictException;
import io.providerportal.platform.web.NotFoundException;
import io.providerportal.platform.web.RuleViolationException;
import java.util.List;
import java.util.UUID;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** A new provider waits for its owner to set up the provider key, and takes no member commands until then. */
class ProviderSetUpTest {

    private static final UUID PROVIDER = UUID.randomUUID();
    private static final UUID OWNER = UUID.randomUUID();
    private static final UUID OWNER_USER = UUID.randomUUID();
    private static final String KEY = "4.providerKeyForTheOwner";
    private static final ProviderCreated MSP =
            new ProviderCreated(PROVIDER, "Acme IT", null, ProviderType.MSP, "billing@acme.test");
    private static final ProviderCreated RESELLER =
            new ProviderCreated(PROVIDER, "Resell", null, ProviderType.RESELLER, "billing@resell.test");
    private static final ProviderOwnerAssigned ASSIGNED =
            new ProviderOwnerAssigned(PROVIDER, OWNER, OWNER_USER, "owner@acme.test");
    private static final ProviderOwnerInvited INVITED = new ProviderOwnerInvited(PROVIDER, OWNER, "owner@resell.test");

    private FixtureConfiguration<Provider> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Provider.class);
    }

    @Test
    void theAssignedOwnerSetsUpTheKeyAndIsConfirmedWithIt() {
        fixture.given(MSP, ASSIGNED)
                .when(new SetUpProvider(PROVIDER, OWNER_USER, KEY))
                .expectEvents(new ProviderSetUp(PROVIDER, OWNER, OWNER_USER, KEY));
    }

    @Test
    void toAnyoneButTheOwnerTheProviderDoesNotExist() {
        fixture.given(MSP, ASSIGNED)
                .when(new SetUpProvider(PROVIDER, UUID.randomUUID(), KEY))
                .expectNoEvents()
                .expectException(NotFoundException.class)
                .expectException(withCode("provider.not-found"));
    }

    @Test
    void theKeyIsSetUpOnce() {
        fixture.given(MSP, ASSIGNED, new ProviderSetUp(PROVIDER, OWNER, OWNER_USER, KEY))
                .when(new SetUpProvider(PROVIDER, OWNER_USER, "4.another"))
                .expectNoEvents()
                .expectException(ConflictException.class)
                .expectException(withCode("provider.already-set-up"));
    }

    @Test
    void takesNoMemberCommandsBeforeSetUp() {
        fixture.given(MSP, ASSIGNED)
                .when(new InviteProviderUsers(
                        PROVIDER,
                        List.of(new Invitee(UUID.randomUUID(), "bob@acme.test")),
                        ProviderUserType.SERVICE_USER))
                .expectNoEvents()
                .expectException(RuleViolationException.class)
                .expectException(withCode("provider.setup-required"));
        fixture.given(MSP, ASSIGNED)
                .when(new ConfirmProviderUser(PROVIDER, OWNER, KEY))
                .expectNoEvents()
                .expectException(withCode("provider.setup-required"));
    }

    @Test
    void aResellerWithoutOwnerGetsOneByInvitationWhoAcceptsThenSetsUp() {
        fixture.given(RESELLER)
                .when(new InviteProviderOwner(PROVIDER, OWNER, "owner@resell.test"))
                .expectEvents(INVITED);
        fixture.given(RESELLER, INVITED)
                .when(new SetUpProvider(PROVIDER, OWNER_USER, KEY))
                .expectNoEvents()
                .expectException(withCode("provider.not-found"));
        fixture.given(RESELLER, INVITED)
                .when(new AcceptProviderUser(PROVIDER, OWNER, OWNER_USER, "owner@resell.test"))
                .expectEvents(new ProviderUserAccepted(PROVIDER, OWNER, OWNER_USER));
        fixture.given(RESELLER, INVITED, new ProviderUserAccepted(PROVIDER, OWNER, OWNER_USER))
                .when(new SetUpProvider(PROVIDER, OWNER_USER, KEY))
                .expectEvents(new ProviderSetUp(PROVIDER, OWNER, OWNER_USER, KEY));
    }

    @Test
    void invitingTheSameOwnerAgainResendsAndAnotherReplacesThemUntilSetUp() {
        fixture.given(RESELLER, INVITED)
                .when(new InviteProviderOwner(PROVIDER, UUID.randomUUID(), "owner@resell.test"))
                .expectEvents(new ProviderUserReinvited(PROVIDER, OWNER, "owner@resell.test"));
        UUID replacement = UUID.randomUUID();
        fixture.given(MSP, ASSIGNED)
                .when(new InviteProviderOwner(PROVIDER, replacement, "new-owner@acme.test"))
                .expectEvents(
                        new ProviderUserRemoved(PROVIDER, OWNER),
                        new ProviderOwnerInvited(PROVIDER, replacement, "new-owner@acme.test"));
        fixture.given(
                        MSP,
                        ASSIGNED,
                        new ProviderUserRemoved(PROVIDER, OWNER),
                        new ProviderOwnerInvited(PROVIDER, replacement, "new-owner@acme.test"))
                .when(new SetUpProvider(PROVIDER, OWNER_USER, KEY))
                .expectNoEvents()
                .expectException(withCode("provider.not-found"));
        fixture.given(MSP, ASSIGNED, new ProviderSetUp(PROVIDER, OWNER, OWNER_USER, KEY))
                .when(new InviteProviderOwner(PROVIDER, UUID.randomUUID(), "owner@acme.test"))
                .expectNoEvents()
                .expectException(ConflictException.class)
                .expectException(withCode("provider.already-set-up"));
    }

    @Test
    void aProviderCreatedBeforeSetUpExistedKeepsWorkingAndIsSetUpAlready() {
        ProviderUserAdded legacyOwner =
                new ProviderUserAdded(PROVIDER, OWNER, OWNER_USER, "owner@acme.test", ProviderUserType.PROVIDER_ADMIN);
        UUID bob = UUID.randomUUID();
        fixture.given(MSP, legacyOwner)
                .when(new InviteProviderUsers(
                        PROVIDER, List.of(new Invitee(bob, "bob@acme.test")), ProviderUserType.SERVICE_USER))
                .expectEvents(new ProviderUserInvited(PROVIDER, bob, "bob@acme.test", ProviderUserType.SERVICE_USER));
        fixture.given(MSP, legacyOwner)
                .when(new SetUpProvider(PROVIDER, OWNER_USER, KEY))
                .expectNoEvents()
                .expectException(withCode("provider.already-set-up"));
    }
}
