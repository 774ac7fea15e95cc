package io.providerportal.command.organization;

import static io.providerportal.command.organization.OrganizationMembersTest.AS_OWNER;
import static io.providerportal.command.organization.OrganizationMembersTest.ORG;
import static io.providerportal.command.organization.OrganizationMembersTest.organization;
import static io.providerportal.platform.test.ErrorMatchers.withCode;

import io.providerportal.command.organization.OrganizationCommands.AcceptOrganizationUser;
import io.providerportal.command.organization.OrganizationCommands.ConfirmOrganizationUser;
import io.providerportal.command.organization.OrganizationCommands.CreateOrganization;
import io.providerportal.command.organization.OrganizationCommands.Membership;
import io.providerportal.command.organization.OrganizationCommands.RestoreOrganizationUser;
import io.providerportal.command.organization.OrganizationCommands.SetPolicy;
import io.providerportal.events.organization.OrganizationUserAccepted;
import io.providerportal.events.organization.OrganizationUserInvited;
import io.providerportal.events.organization.OrganizationUserRevoked;
import io.providerportal.events.organization.OrganizationUserType;
import io.providerportal.events.organization.PlanType;
import io.providerportal.events.organization.PolicyType;
import io.providerportal.events.organization.PolicyUpdated;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
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

    private static final UUID BOB = UUID.randomUUID();
    private static final UUID BOB_USER = UUID.randomUUID();
    private static final UUID ELSEWHERE = UUID.randomUUID();
    private static final PolicyUpdated SINGLE_ORG_ON = new PolicyUpdated(ORG, PolicyType.SINGLE_ORG, true, null);

    private static Object[] withInvited(OrganizationUserType type, Object... more) {
        Object[] given = Arrays.copyOf(organization(), organization().length + 1 + more.length);
        given[organization().length] = new OrganizationUserInvited(ORG, BOB, "bob@contoso.test", type);
        System.arraycopy(more, 0, given, organization().length + 1, more.length);
        return given;
    }

    private static AcceptOrganizationUser accept(Membership... elsewhere) {
        return new AcceptOrganizationUser(ORG, BOB, BOB_USER, "bob@contoso.test", List.of(elsewhere));
    }

    @Test
    void underSingleOrganizationNoOneFromAnotherOrganizationJoinsButOwnersAndAdmins() {
        Membership user = new Membership(ELSEWHERE, OrganizationUserType.USER, false);
        fixture.given(withInvited(OrganizationUserType.USER, SINGLE_ORG_ON))
                .when(accept(user))
                .expectNoEvents()
                .expectException(withCode("policy.single-organization"));
        fixture.given(withInvited(OrganizationUserType.USER, SINGLE_ORG_ON))
                .when(accept())
                .expectEvents(new OrganizationUserAccepted(ORG, BOB, BOB_USER));
        fixture.given(withInvited(OrganizationUserType.ADMIN, SINGLE_ORG_ON))
                .when(accept(user))
                .expectEvents(new OrganizationUserAccepted(ORG, BOB, BOB_USER));
        fixture.given(withInvited(
                        OrganizationUserType.USER, SINGLE_ORG_ON, new OrganizationUserAccepted(ORG, BOB, BOB_USER)))
                .when(new ConfirmOrganizationUser(ORG, BOB, "4.key", List.of(user), AS_OWNER))
                .expectNoEvents()
                .expectException(withCode("policy.single-organization"));
    }

    @Test
    void aMemberBoundBySingleOrganizationElsewhereJoinsNoOtherOrganization() {
        Membership bound = new Membership(ELSEWHERE, OrganizationUserType.USER, true);
        fixture.given(withInvited(OrganizationUserType.ADMIN))
                .when(accept(bound))
                .expectNoEvents()
                .expectException(withCode("policy.single-organization-elsewhere"));
        fixture.given(withInvited(OrganizationUserType.USER))
                .when(accept(new Membership(ELSEWHERE, OrganizationUserType.OWNER, true)))
                .expectEvents(new OrganizationUserAccepted(ORG, BOB, BOB_USER));
        fixture.given(withInvited(OrganizationUserType.USER, new OrganizationUserRevoked(ORG, BOB)))
                .when(new RestoreOrganizationUser(ORG, BOB, List.of(bound), AS_OWNER))
                .expectNoEvents()
                .expectException(withCode("policy.single-organization-elsewhere"));
        fixture.givenNoPriorActivity()
                .when(new CreateOrganization(
                        ORG,
                        "Own",
                        "bob@contoso.test",
                        PlanType.TEAMS,
                        5,
                        BOB,
                        BOB_USER,
                        "bob@contoso.test",
                        "4.key",
                        UUID.randomUUID(),
                        "2.name",
                        List.of(bound)))
                .expectNoEvents()
                .expectException(withCode("policy.single-organization-elsewhere"));
    }
}
