package io.providerportal.command.organization;

import static io.providerportal.command.organization.OrganizationClientLifecycleTest.CLIENT;
import static io.providerportal.command.organization.OrganizationClientLifecycleTest.OWNER;
import static io.providerportal.command.organization.OrganizationClientLifecycleTest.OWNER_INVITED;
import static io.providerportal.command.organization.OrganizationClientLifecycleTest.PROVIDER;
import static io.providerportal.command.organization.OrganizationMembersTest.ORG;
import static io.providerportal.command.organization.OrganizationMembersTest.organization;
import static io.providerportal.platform.test.ErrorMatchers.withCode;

import io.providerportal.command.organization.OrganizationCommands.AddToProvider;
import io.providerportal.command.organization.OrganizationCommands.ApplyProviderPolicy;
import io.providerportal.command.organization.OrganizationCommands.SetPolicy;
import io.providerportal.command.organization.OrganizationCommands.UnlinkFromProvider;
import io.providerportal.events.organization.ClientOrganizationAdded;
import io.providerportal.events.organization.ClientOrganizationUnlinked;
import io.providerportal.events.organization.OrganizationUserAccepted;
import io.providerportal.events.organization.OrganizationUserConfirmed;
import io.providerportal.events.organization.PolicyType;
import io.providerportal.events.organization.PolicyUpdated;
import io.providerportal.events.organization.ProviderPolicyApplied;
import io.providerportal.platform.policy.PolicyState;
import java.util.Map;
import java.util.UUID;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** A provider's default policies in its clients: recorded, never undercut, kept when a client leaves. */
class ProviderDefaultPoliciesTest {

    private static final String AT_LEAST_14 = "{\"minLength\":14}";
    private static final ProviderPolicyApplied PROVIDER_MASTER_PASSWORD =
            new ProviderPolicyApplied(ORG, PROVIDER, PolicyType.MASTER_PASSWORD, true, AT_LEAST_14);

    private FixtureConfiguration<Organization> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Organization.class);
    }

    @Test
    void aClientRecordsEachChangeOfItsProvidersDefaultAndNoOtherProvidersDefault() {
        PolicyState atLeast14 = new PolicyState(true, AT_LEAST_14);
        fixture.given(CLIENT)
                .when(new ApplyProviderPolicy(ORG, PROVIDER, PolicyType.MASTER_PASSWORD, atLeast14))
                .expectEvents(PROVIDER_MASTER_PASSWORD);
        fixture.given(CLIENT, PROVIDER_MASTER_PASSWORD)
                .when(new ApplyProviderPolicy(ORG, PROVIDER, PolicyType.MASTER_PASSWORD, atLeast14))
                .expectSuccessfulHandlerExecution()
                .expectNoEvents();
        fixture.given(CLIENT)
                .when(new ApplyProviderPolicy(ORG, UUID.randomUUID(), PolicyType.MASTER_PASSWORD, atLeast14))
                .expectSuccessfulHandlerExecution()
                .expectNoEvents();
    }

    @Test
    void anOrganizationJoiningAProviderLivesUnderItsDefaultsFromThen() {
        fixture.given(organization())
                .when(new AddToProvider(
                        ORG,
                        PROVIDER,
                        "billing@acme.test",
                        "2.k",
                        Map.of(PolicyType.MASTER_PASSWORD, new PolicyState(true, AT_LEAST_14))))
                .expectEvents(
                        new ClientOrganizationAdded(ORG, PROVIDER, "billing@acme.test", "2.k"),
                        PROVIDER_MASTER_PASSWORD);
    }

    @Test
    void aClientsOwnPolicyIsNeverWeakerThanItsProvidersDefault() {
        fixture.given(CLIENT, PROVIDER_MASTER_PASSWORD)
                .when(new SetPolicy(ORG, PolicyType.MASTER_PASSWORD, true, "{\"minLength\":12}"))
                .expectNoEvents()
                .expectException(withCode("policy.weaker-than-provider"));
        fixture.given(CLIENT, PROVIDER_MASTER_PASSWORD)
                .when(new SetPolicy(ORG, PolicyType.MASTER_PASSWORD, false, null))
                .expectNoEvents()
                .expectException(withCode("policy.weaker-than-provider"));
        fixture.given(CLIENT, PROVIDER_MASTER_PASSWORD)
                .when(new SetPolicy(ORG, PolicyType.MASTER_PASSWORD, true, "{\"minLength\":16,\"requireUpper\":true}"))
                .expectEvents(new PolicyUpdated(
                        ORG, PolicyType.MASTER_PASSWORD, true, "{\"minLength\":16,\"requireUpper\":true}"));
    }

    @Test
    void aClientLeavingItsProviderKeepsWhatItLivedUnderAsItsOwn() {
        UUID ownerUser = UUID.randomUUID();
        fixture.given(
                        CLIENT,
                        OWNER_INVITED,
                        new OrganizationUserAccepted(ORG, OWNER, ownerUser),
                        new OrganizationUserConfirmed(ORG, OWNER, ownerUser, "4.k"),
                        new PolicyUpdated(ORG, PolicyType.MASTER_PASSWORD, true, "{\"requireUpper\":true}"),
                        PROVIDER_MASTER_PASSWORD,
                        new ProviderPolicyApplied(ORG, PROVIDER, PolicyType.SINGLE_ORG, true, null))
                .when(new UnlinkFromProvider(ORG, PROVIDER))
                .expectEvents(
                        new PolicyUpdated(
                                ORG, PolicyType.MASTER_PASSWORD, true, "{\"minLength\":14,\"requireUpper\":true}"),
                        new PolicyUpdated(ORG, PolicyType.SINGLE_ORG, true, null),
                        new ClientOrganizationUnlinked(ORG, PROVIDER, "zoe@contoso.test"));
    }
}
