package io.providerportal.command.organization;

import static io.providerportal.command.organization.OrganizationMembersTest.ORG;
import static io.providerportal.command.organization.OrganizationMembersTest.organization;

import io.providerportal.events.organization.PolicyType;
import io.providerportal.events.organization.PolicyUpdated;
import java.util.Arrays;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class OrganizationPoliciesTest {

    private FixtureConfiguration<Organization> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Organization.class);
    }

    @Test
    void aPolicyIsRecordedWhenItChangesOnly() {
        PolicyUpdated enabled = new PolicyUpdated(ORG, PolicyType.MASTER_PASSWORD, true, "{\"minLength\":14}");
        fixture.given(organization())
                .when(new SetPolicy(ORG, PolicyType.MASTER_PASSWORD, true, "{\"minLength\":14}"))
                .expectEvents(enabled);
        Object[] given = Arrays.copyOf(organization(), organization().length + 1);
        given[given.length - 1] = enabled;
        fixture.given(given)
                .when(new SetPolicy(ORG, PolicyType.MASTER_PASSWORD, true, "{\"minLength\":14}"))
                .expectSuccessfulHandlerExecution()
                .expectNoEvents();
        fixture.given(given)
                .when(new SetPolicy(ORG, PolicyType.MASTER_PASSWORD, false, "{\"minLength\":14}"))
                .expectEvents(new PolicyUpdated(ORG, PolicyType.MASTER_PASSWORD, false, "{\"minLength\":14}"));
    }
}
