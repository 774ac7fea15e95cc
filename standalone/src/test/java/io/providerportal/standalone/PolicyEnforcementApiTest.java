package io.providerportal.standalone;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.fasterxml.jackson.databind.JsonNode;
import io.providerportal.client.ClientCrypto;
import io.providerportal.client.ClientCrypto.SymmetricKey;
import io.providerportal.platform.test.PortalTestClient;
import io.providerportal.platform.test.Scenarios;
import io.providerportal.standalone.Scenario.Member;
import io.providerportal.standalone.Scenario.Organization;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

/** The policies the server enforces itself, end to end: each one refuses what it forbids and lets the rest pass. */
@PortalTest
class PolicyEnforcementApiTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    PortalTestClient api;
    Scenario scenario;

    @BeforeEach
    void setUp() throws Exception {
        api = new PortalTestClient(mvc);
        scenario = new Scenario(api, jdbc);
    }

    @Test
    void aMemberUnderSingleOrganizationJoinsNoOtherOrganizationAndNoOneElsewhereJoinsIt() throws Exception {
        Organization strict = scenario.own("Strict", 5);
        Member bob = strict.confirmed("Bob", "USER", List.of());
        Member admin = strict.confirmed("Ada", "ADMIN", List.of());
        setSingleOrganization(strict, true);
        Organization other = scenario.own("Other", 5);

        Member bobElsewhere = other.invite(bob.account(), "USER", List.of());
        acceptAs(other, bobElsewhere)
                .andExpect(status().isUnprocessableEntity())
                .andExpect(jsonPath("$.code").value("policy.single-organization-elsewhere"));
        SymmetricKey ownKey = SymmetricKey.random();
        api.post(
                        "/organizations",
                        bob.token(),
                        Map.of(
                                "name",
                                "Bob's own",
                                "billingEmail",
                                bob.account().email(),
                                "plan",
                                "TEAMS",
                                "seats",
                                2,
                                "key",
                                ClientCrypto.wrap(bob.account().publicKey(), ownKey.toBytes()),
                                "collectionName",
                                ClientCrypto.encrypt(ownKey, "Default collection")))
                .andExpect(status().isUnprocessableEntity())
                .andExpect(jsonPath("$.code").value("policy.single-organization-elsewhere"));
        // Admins of the strict organization are exempt, as in Bitwarden
        other.acceptAndConfirm(other.invite(admin.account(), "USER", List.of()));

        Member carol = other.confirmed("Carol", "USER", List.of());
        Member carolInStrict = strict.invite(carol.account(), "USER", List.of());
        acceptAs(strict, carolInStrict)
                .andExpect(status().isUnprocessableEntity())
                .andExpect(jsonPath("$.code").value("policy.single-organization"));

        // an invitation accepted before the policy was switched on is refused at confirmation
        setSingleOrganization(strict, false);
        Member dave = other.confirmed("Dave", "USER", List.of());
        Member daveInStrict = strict.invite(dave.account(), "USER", List.of());
        strict.accept(daveInStrict);
        setSingleOrganization(strict, true);
        api.post(
                        "/organizations/" + strict.id + "/users/" + daveInStrict.id() + "/confirm",
                        strict.adminToken,
                        Map.of("key", Scenarios.WRAPPED_FOR_NOBODY))
                .andExpect(status().isUnprocessableEntity())
                .andExpect(jsonPath("$.code").value("policy.single-organization"));

        // once the policy is off again, everyone joins
        setSingleOrganization(strict, false);
        other.acceptAndConfirm(bobElsewhere);
        strict.acceptAndConfirm(carolInStrict);
    }

    @Test
    void underOrganizationDataOwnershipMembersKeepNoPersonalItemsAndEveryPolicyReachesTheirVault() throws Exception {
        Organization org = scenario.own("Owned", 5);
        Member bob = org.confirmed("Bob", "USER", List.of());
        String policies = "/organizations/" + org.id + "/policies/";
        api.put(policies + "ORGANIZATION_DATA_OWNERSHIP", org.adminToken, Map.of("enabled", true))
                .andExpect(status().isNoContent());
        api.put(policies + "MASTER_PASSWORD", org.adminToken, Map.of("enabled", true, "data", Map.of("minLength", 14)))
                .andExpect(status().isNoContent());

        SymmetricKey bobsKey = bob.account().userKey();
        api.post("/items", bob.token(), Items.login(bobsKey, "mail", "bob", "secret"))
                .andExpect(status().isUnprocessableEntity())
                .andExpect(jsonPath("$.code").value("policy.organization-data-ownership"));
        api.post("/api/ciphers", bob.token(), bitwardenLogin(bobsKey))
                .andExpect(status().isUnprocessableEntity())
                .andExpect(jsonPath("$.message").value(containsString("personal vaults")));
        // the Owner is exempt, as in Bitwarden
        api.post("/items", org.adminToken, Items.login(org.admin.userKey(), "mail", "owner", "secret"))
                .andExpect(status().isCreated());

        JsonNode vault = api.body(api.get("/vault", bob.token()).andExpect(status().isOk()));
        assertThat(vault.get("policies"))
                .anySatisfy(p -> {
                    assertThat(p.get("organizationId").asText()).isEqualTo(org.id.toString());
                    assertThat(p.get("type").asText()).isEqualTo("ORGANIZATION_DATA_OWNERSHIP");
                    assertThat(p.get("enabled").asBoolean()).isTrue();
                })
                .anySatisfy(p -> {
                    assertThat(p.get("type").asText()).isEqualTo("MASTER_PASSWORD");
                    assertThat(p.at("/data/minLength").asInt()).isEqualTo(14);
                });
        JsonNode sync = api.body(api.get("/api/sync", bob.token()).andExpect(status().isOk()));
        assertThat(sync.get("policies"))
                .anySatisfy(p -> assertThat(p.get("type").asInt()).isEqualTo(5));

        api.put(policies + "ORGANIZATION_DATA_OWNERSHIP", org.adminToken, Map.of("enabled", false))
                .andExpect(status().isNoContent());
        api.post("/items", bob.token(), Items.login(bobsKey, "mail", "bob", "secret"))
                .andExpect(status().isCreated());
    }

    private static Map<String, Object> bitwardenLogin(SymmetricKey key) {
        return Map.of(
                "type",
                1,
                "name",
                ClientCrypto.encrypt(key, "mail"),
                "favorite",
                false,
                "reprompt",
                0,
                "login",
                Map.of("username", ClientCrypto.encrypt(key, "bob"), "password", ClientCrypto.encrypt(key, "secret")));
    }

    private ResultActions acceptAs(Organization org, Member member) throws Exception {
        return api.post(
                "/organizations/" + org.id + "/users/" + member.id() + "/accept",
                member.token(),
                Map.of("token", scenario.invitationToken(member.account().email(), member.id())));
    }

    private void setSingleOrganization(Organization org, boolean enabled) throws Exception {
        api.put("/organizations/" + org.id + "/policies/SINGLE_ORG", org.adminToken, Map.of("enabled", enabled))
                .andExpect(status().isNoContent());
    }
}
