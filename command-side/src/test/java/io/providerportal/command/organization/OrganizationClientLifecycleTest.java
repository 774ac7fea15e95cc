package io.providerportal.command.organization;

import static io.providerportal.command.organization.OrganizationMembersTest.ORG;
import static io.providerportal.command.organization.OrganizationMembersTest.organization;
import static io.providerportal.platform.test.ErrorMatchers.withCode;

import io.providerportal.command.organization.OrganizationCommands.AddToProvider;
import io.providerportal.command.organization.OrganizationCommands.DeleteOrganization;
import io.providerportal.command.organization.OrganizationCommands.UnlinkFromProvider;
import io.providerportal.command.organization.OrganizationCommands.UpdateClient;
import io.providerportal.events.organization.ClientOrganizationAdded;
import io.providerportal.events.organization.ClientOrganizationCreated;
import io.providerportal.events.organization.ClientOrganizationUnlinked;
import io.providerportal.events.organization.ClientOrganizationUpdated;
import io.providerportal.events.organization.OrganizationDeleted;
import io.providerportal.events.organization.OrganizationDisabled;
import io.providerportal.events.organization.OrganizationEnabled;
import io.providerportal.events.organization.OrganizationUserAccepted;
import io.providerportal.events.organization.OrganizationUserConfirmed;
import io.providerportal.events.organization.OrganizationUserInvited;
import io.providerportal.events.organization.OrganizationUserType;
import io.providerportal.events.organization.PlanType;
import io.providerportal.platform.web.NotFoundException;
import io.providerportal.platform.web.RuleViolationException;
import java.util.Arrays;
import java.util.Map;
import java.util.UUID;
import org.axonframework.eventsourcing.AggregateDeletedException;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The client lifecycle rules of the {@link Organization} aggregate (PO-06..PO-08). */
class OrganizationClientLifecycleTest {

    static final UUID PROVIDER = UUID.randomUUID();
    static final UUID OWNER = UUID.randomUUID();
    static final ClientOrganizationCreated CLIENT =
            new ClientOrganizationCreated(ORG, PROVIDER, "Contoso", PlanType.TEAMS, 10, "billing@acme.test", "2.k");
    static final OrganizationUserInvited OWNER_INVITED =
            new OrganizationUserInvited(ORG, OWNER, "zoe@contoso.test", OrganizationUserType.OWNER);

    private FixtureConfiguration<Organization> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Organization.class);
    }

    @Test
    void anOrganizationJoinsOneProviderOnly() {
        fixture.given(organization())
                .when(new AddToProvider(ORG, PROVIDER, "billing@acme.test", "2.k", Map.of()))
                .expectEvents(new ClientOrganizationAdded(ORG, PROVIDER, "billing@acme.test", "2.k"));
        fixture.given(CLIENT)
                .when(new AddToProvider(ORG, UUID.randomUUID(), "billing@other.test", "2.k", Map.of()))
                .expectNoEvents()
                .expectException(RuleViolationException.class)
                .expectException(withCode("organization.already-client"));
    }

    @Test
    void theProviderRenamesAndResizesItsClientButNotBelowTheSeatsTaken() {
        fixture.given(CLIENT, OWNER_INVITED)
                .when(new UpdateClient(ORG, PROVIDER, "Contoso Ltd", 20))
                .expectEvents(new ClientOrganizationUpdated(ORG, PROVIDER, "Contoso Ltd", 20));
        fixture.given(
                        CLIENT,
                        OWNER_INVITED,
                        new OrganizationUserInvited(
                                ORG, UUID.randomUUID(), "a@contoso.test", OrganizationUserType.USER))
                .when(new UpdateClient(ORG, PROVIDER, "Contoso", 1))
                .expectNoEvents()
                .expectException(withCode("organization.seats-below-occupied"));
        fixture.given(CLIENT)
                .when(new UpdateClient(ORG, PROVIDER, "Contoso", 10))
                .expectSuccessfulHandlerExecution()
                .expectNoEvents();
    }

    @Test
    void onlyItsOwnProviderActsOnAClient() {
        fixture.given(CLIENT)
                .when(new UpdateClient(ORG, UUID.randomUUID(), "Mine", 10))
                .expectNoEvents()
                .expectException(NotFoundException.class)
                .expectException(withCode("organization.not-a-client"));
        fixture.given(organization())
                .when(new UnlinkFromProvider(ORG, PROVIDER))
                .expectNoEvents()
                .expectException(withCode("organization.not-a-client"));
    }

    @Test
    void aClientLeavesOnlyWithAConfirmedOwnerOfItsOwnWhoThenReceivesTheBills() {
        fixture.given(CLIENT, OWNER_INVITED)
                .when(new UnlinkFromProvider(ORG, PROVIDER))
                .expectNoEvents()
                .expectException(RuleViolationException.class)
                .expectException(withCode("organization.owner-required-to-unlink"));
        UUID second = UUID.randomUUID();
        fixture.given(
                        CLIENT,
                        OWNER_INVITED,
                        new OrganizationUserAccepted(ORG, OWNER, UUID.randomUUID()),
                        new OrganizationUserConfirmed(ORG, OWNER, UUID.randomUUID(), "4.k"),
                        new OrganizationUserInvited(ORG, second, "adam@contoso.test", OrganizationUserType.OWNER),
                        new OrganizationUserAccepted(ORG, second, UUID.randomUUID()),
                        new OrganizationUserConfirmed(ORG, second, UUID.randomUUID(), "4.k"))
                .when(new UnlinkFromProvider(ORG, PROVIDER))
                .expectEvents(new ClientOrganizationUnlinked(ORG, PROVIDER, "adam@contoso.test"));
    }

    @Test
    void anUnlinkedOrganizationCanJoinAgain() {
        Object[] given = Arrays.copyOf(organization(), organization().length + 2);
        given[given.length - 2] = new ClientOrganizationAdded(ORG, PROVIDER, "billing@acme.test", "2.k");
        given[given.length - 1] = new ClientOrganizationUnlinked(ORG, PROVIDER, "owner@contoso.test");
        fixture.given(given)
                .when(new AddToProvider(ORG, PROVIDER, "billing@acme.test", "2.k", Map.of()))
                .expectEvents(new ClientOrganizationAdded(ORG, PROVIDER, "billing@acme.test", "2.k"));
    }

    @Test
    void aClientDisabledWithItsProviderIsEnabledAgainWhenItLeaves() {
        UUID ownerUser = UUID.randomUUID();
        fixture.given(
                        CLIENT,
                        OWNER_INVITED,
                        new OrganizationUserAccepted(ORG, OWNER, ownerUser),
                        new OrganizationUserConfirmed(ORG, OWNER, ownerUser, "4.k"),
                        new OrganizationDisabled(ORG))
                .when(new UnlinkFromProvider(ORG, PROVIDER))
                .expectEvents(
                        new ClientOrganizationUnlinked(ORG, PROVIDER, "zoe@contoso.test"),
                        new OrganizationEnabled(ORG));
    }

    @Test
    void aDeletedClientNamesItsProviderAndTakesNoCommandAgain() {
        fixture.given(CLIENT, OWNER_INVITED)
                .when(new DeleteOrganization(ORG))
                .expectEvents(new OrganizationDeleted(ORG, PROVIDER))
                .expectMarkedDeleted();
        fixture.given(organization())
                .when(new DeleteOrganization(ORG))
                .expectEvents(new OrganizationDeleted(ORG, null));
        fixture.given(CLIENT, new OrganizationDeleted(ORG, PROVIDER))
                .when(new UpdateClient(ORG, PROVIDER, "Contoso", 10))
                .expectNoEvents()
                .expectException(AggregateDeletedException.class);
    }
}
