package io.providerportal.command.organization;

import static io.providerportal.platform.test.ErrorMatchers.withCode;

import io.providerportal.command.organization.OrganizationCommands.CreateClientOrganization;
import io.providerportal.command.organization.OrganizationCommands.DisableOrganization;
import io.providerportal.command.organization.OrganizationCommands.EnableOrganization;
import io.providerportal.events.organization.ClientOrganizationCreated;
import io.providerportal.events.organization.CollectionCreated;
import io.providerportal.events.organization.CollectionMemberAccessSet;
import io.providerportal.events.organization.OrganizationDisabled;
import io.providerportal.events.organization.OrganizationEnabled;
import io.providerportal.events.organization.OrganizationUserInvited;
import io.providerportal.events.organization.OrganizationUserType;
import io.providerportal.events.organization.PlanType;
import io.providerportal.platform.web.RuleViolationException;
import java.util.Map;
import java.util.UUID;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class OrganizationTest {

    private static final UUID ORG = UUID.randomUUID();
    private static final UUID PROVIDER = UUID.randomUUID();
    private static final UUID COLLECTION = UUID.randomUUID();
    private static final UUID OWNER = UUID.randomUUID();
    private static final String KEY =
            "2.AAAAAAAAAAAAAAAAAAAAAA==|AAAAAAAAAAAAAAAAAAAAAA==|" + "AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA=";
    private static final ClientOrganizationCreated CREATED =
            new ClientOrganizationCreated(ORG, PROVIDER, "Contoso", PlanType.TEAMS, 10, "billing@acme.test", KEY);

    private FixtureConfiguration<Organization> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Organization.class);
    }

    private static CreateClientOrganization create(int seats) {
        return new CreateClientOrganization(
                ORG,
                PROVIDER,
                "Contoso",
                PlanType.TEAMS,
                seats,
                "billing@acme.test",
                KEY,
                COLLECTION,
                "2.collection-name",
                OWNER,
                "owner@contoso.test",
                Map.of());
    }

    @Test
    void createsTheClientWithDefaultCollectionAndInvitedOwnerWhoManagesIt() {
        fixture.givenNoPriorActivity()
                .when(create(10))
                .expectEvents(
                        CREATED,
                        new CollectionCreated(ORG, COLLECTION, "2.collection-name"),
                        new OrganizationUserInvited(ORG, OWNER, "owner@contoso.test", OrganizationUserType.OWNER),
                        new CollectionMemberAccessSet(ORG, COLLECTION, OWNER, false, false, true));
    }

    @ParameterizedTest
    @ValueSource(ints = {0, -1, Organization.MAX_SEATS + 1})
    void rejectsSeatsOutOfRange(int seats) {
        fixture.givenNoPriorActivity()
                .when(create(seats))
                .expectNoEvents()
                .expectException(RuleViolationException.class)
                .expectException(withCode("organization.seats-out-of-range"));
    }

    @Test
    void disablingIsRecordedOnce() {
        fixture.given(CREATED).when(new DisableOrganization(ORG)).expectEvents(new OrganizationDisabled(ORG));
        fixture.given(CREATED, new OrganizationDisabled(ORG))
                .when(new DisableOrganization(ORG))
                .expectNoEvents();
    }

    @Test
    void enablingIsRecordedOnlyWhenDisabled() {
        fixture.given(CREATED).when(new EnableOrganization(ORG)).expectNoEvents();
        fixture.given(CREATED, new OrganizationDisabled(ORG))
                .when(new EnableOrganization(ORG))
                .expectEvents(new OrganizationEnabled(ORG));
    }
}
