package io.providerportal.command.provider;

import static io.providerportal.platform.test.ErrorMatchers.withCode;

import io.providerportal.command.provider.ProviderCommands.CreateProvider;
import io.providerportal.command.provider.ProviderCommands.DeleteProvider;
import io.providerportal.command.provider.ProviderCommands.DisableProvider;
import io.providerportal.command.provider.ProviderCommands.EnableProvider;
import io.providerportal.command.provider.ProviderCommands.Owner;
import io.providerportal.command.provider.ProviderCommands.UpdateProviderProfile;
import io.providerportal.events.organization.PlanType;
import io.providerportal.events.organization.PolicyType;
import io.providerportal.events.provider.ProviderCreated;
import io.providerportal.events.provider.ProviderDeleted;
import io.providerportal.events.provider.ProviderDisabled;
import io.providerportal.events.provider.ProviderEnabled;
import io.providerportal.events.provider.ProviderOwnerAssigned;
import io.providerportal.events.provider.ProviderPolicyUpdated;
import io.providerportal.events.provider.ProviderProfileUpdated;
import io.providerportal.events.provider.ProviderSeatMinimumSet;
import io.providerportal.events.provider.ProviderType;
import io.providerportal.platform.web.RuleViolationException;
import java.util.UUID;
import org.axonframework.eventsourcing.AggregateDeletedException;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class ProviderTest {

    private static final UUID PROVIDER = UUID.randomUUID();
    private static final UUID OWNER_MEMBER = UUID.randomUUID();
    private static final UUID OWNER_USER = UUID.randomUUID();
    private static final ProviderCreated CREATED =
            new ProviderCreated(PROVIDER, "Acme IT", "Acme IT Ltd", ProviderType.MSP, "billing@acme.test");

    private FixtureConfiguration<Provider> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Provider.class);
    }

    @Test
    void createsAnMspWithItsOwnerWaitingToSetItUp() {
        fixture.givenNoPriorActivity()
                .when(new CreateProvider(
                        PROVIDER,
                        "Acme IT",
                        "Acme IT Ltd",
                        ProviderType.MSP,
                        "billing@acme.test",
                        new Owner(OWNER_MEMBER, OWNER_USER, "owner@acme.test")))
                .expectSuccessfulHandlerExecution()
                .expectEvents(
                        CREATED, new ProviderOwnerAssigned(PROVIDER, OWNER_MEMBER, OWNER_USER, "owner@acme.test"));
    }

    @Test
    void createsAResellerWithoutOwner() {
        fixture.givenNoPriorActivity()
                .when(new CreateProvider(PROVIDER, "Resell", null, ProviderType.RESELLER, "billing@r.test", null))
                .expectEvents(new ProviderCreated(PROVIDER, "Resell", null, ProviderType.RESELLER, "billing@r.test"));
    }

    @Test
    void rejectsAnMspWithoutOwner() {
        fixture.givenNoPriorActivity()
                .when(new CreateProvider(PROVIDER, "Acme IT", null, ProviderType.MSP, "billing@acme.test", null))
                .expectNoEvents()
                .expectException(RuleViolationException.class)
                .expectExceptionMessage("A managed service provider needs an owner.")
                .expectException(withCode("provider.owner-required"));
    }

    @Test
    void updatesTheProfile() {
        fixture.given(CREATED)
                .when(new UpdateProviderProfile(PROVIDER, "Acme", "Acme Ltd", "accounts@acme.test"))
                .expectEvents(new ProviderProfileUpdated(PROVIDER, "Acme", "Acme Ltd", "accounts@acme.test"));
    }

    @Test
    void anUnchangedProfileRecordsNothing() {
        fixture.given(CREATED)
                .when(new UpdateProviderProfile(PROVIDER, "Acme IT", "Acme IT Ltd", "billing@acme.test"))
                .expectSuccessfulHandlerExecution()
                .expectNoEvents();
    }

    @Test
    void disablesOnceAndEnablesOnce() {
        fixture.given(CREATED).when(new DisableProvider(PROVIDER)).expectEvents(new ProviderDisabled(PROVIDER));
        fixture.given(CREATED, new ProviderDisabled(PROVIDER))
                .when(new DisableProvider(PROVIDER))
                .expectSuccessfulHandlerExecution()
                .expectNoEvents();
        fixture.given(CREATED, new ProviderDisabled(PROVIDER))
                .when(new EnableProvider(PROVIDER))
                .expectEvents(new ProviderEnabled(PROVIDER));
        fixture.given(CREATED).when(new EnableProvider(PROVIDER)).expectNoEvents();
    }

    @Test
    void recordsTheSeatsBoughtPerPlan() {
        fixture.given(CREATED)
                .when(new ProviderCommands.SetSeatMinimum(PROVIDER, PlanType.ENTERPRISE, 50))
                .expectEvents(new ProviderSeatMinimumSet(PROVIDER, PlanType.ENTERPRISE, 50));
    }

    @Test
    void aDefaultPolicyIsRecordedWhenItChangesOnly() {
        ProviderPolicyUpdated enabled = new ProviderPolicyUpdated(PROVIDER, PolicyType.SINGLE_ORG, true, null);
        fixture.given(CREATED)
                .when(new ProviderCommands.SetProviderPolicy(PROVIDER, PolicyType.SINGLE_ORG, true, null))
                .expectEvents(enabled);
        fixture.given(CREATED, enabled)
                .when(new ProviderCommands.SetProviderPolicy(PROVIDER, PolicyType.SINGLE_ORG, true, null))
                .expectSuccessfulHandlerExecution()
                .expectNoEvents();
        fixture.given(CREATED)
                .when(new ProviderCommands.SetProviderPolicy(PROVIDER, PolicyType.SINGLE_ORG, false, null))
                .expectSuccessfulHandlerExecution()
                .expectNoEvents();
    }

    @Test
    void aProviderIsDeletedOnlyOnceItHasNoClientLeft() {
        fixture.given(CREATED)
                .when(new DeleteProvider(PROVIDER, 2))
                .expectNoEvents()
                .expectException(RuleViolationException.class)
                .expectException(withCode("provider.has-clients"));
    }

    @Test
    void aDeletedProviderTakesNoCommandAgain() {
        fixture.given(CREATED)
                .when(new DeleteProvider(PROVIDER, 0))
                .expectEvents(new ProviderDeleted(PROVIDER))
                .expectMarkedDeleted();
        setUp();
        fixture.given(CREATED, new ProviderDeleted(PROVIDER))
                .when(new DisableProvider(PROVIDER))
                .expectException(AggregateDeletedException.class);
    }
}
