package io.providerportal.standalone;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.fasterxml.jackson.databind.JsonNode;
import io.providerportal.platform.test.PortalTestClient;
import io.providerportal.standalone.Scenario.Member;
import io.providerportal.standalone.Scenario.Organization;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

@PortalTest
class GroupsAndPoliciesApiTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    PortalTestClient api;
    Organization org;
    Member bob;

    @BeforeEach
    void setUp() throws Exception {
        api = new PortalTestClient(mvc);
        org = new Scenario(api, jdbc).own("Contoso", 10);
        bob = org.confirmed("Bob", "USER", List.of());
    }

    private String groups() {
        return "/organizations/" + org.id + "/groups";
    }

    @Test
    void aGroupHoldsMembersAndCollectionAccessAndShowsOnTheMemberList() throws Exception {
        UUID groupId = api.createdId(api.post(
                        groups(),
                        org.adminToken,
                        Map.of(
                                "name",
                                "Sales",
                                "members",
                                List.of(bob.id()),
                                "collections",
                                List.of(Map.of("id", org.defaultCollectionId, "hidePasswords", true))))
                .andExpect(status().isCreated()));

        api.get(groups(), org.adminToken)
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.data[0].id").value(groupId.toString()))
                .andExpect(jsonPath("$.data[0].name").value("Sales"))
                .andExpect(jsonPath("$.data[0].members[0]").value(bob.id().toString()))
                .andExpect(jsonPath("$.data[0].collections[0].hidePasswords").value(true));
        assertThat(memberGroups(bob.id())).containsExactly(groupId.toString());

        api.put(groups() + "/" + groupId, org.adminToken, Map.of("name", "Marketing"))
                .andExpect(status().isNoContent());
        api.get(groups(), org.adminToken)
                .andExpect(jsonPath("$.data[0].name").value("Marketing"))
                .andExpect(jsonPath("$.data[0].members").isEmpty())
                .andExpect(jsonPath("$.data[0].collections").isEmpty());

        api.delete(groups() + "/" + groupId, org.adminToken).andExpect(status().isNoContent());
        api.get(groups(), org.adminToken).andExpect(jsonPath("$.data").isEmpty());
    }

    @Test
    void membersJoinGroupsWhenInvitedOrUpdated() throws Exception {
        UUID groupId = api.createdId(api.post(groups(), org.adminToken, Map.of("name", "Sales")));

        api.put(
                        "/organizations/" + org.id + "/users/" + bob.id(),
                        org.adminToken,
                        Map.of("type", "USER", "groups", List.of(groupId)))
                .andExpect(status().isNoContent());
        assertThat(memberGroups(bob.id())).containsExactly(groupId.toString());

        UUID carol = UUID.fromString(api.body(api.post(
                        "/organizations/" + org.id + "/users/invite",
                        org.adminToken,
                        Map.of(
                                "emails",
                                List.of("carol-" + UUID.randomUUID() + "@example.test"),
                                "type",
                                "USER",
                                "groups",
                                List.of(groupId))))
                .at("/invited/0/organizationUserId")
                .asText());
        assertThat(memberGroups(carol)).containsExactly(groupId.toString());

        api.post(groups(), org.adminToken, Map.of("name", "Bad", "members", List.of(UUID.randomUUID())))
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.code").value("organization-user.not-found"));
    }

    @Test
    void policiesKeepTheirCheckedSettings() throws Exception {
        String policies = "/organizations/" + org.id + "/policies";

        api.get(policies + "/MASTER_PASSWORD", org.adminToken)
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.enabled").value(false));
        api.put(
                        policies + "/MASTER_PASSWORD",
                        org.adminToken,
                        Map.of("enabled", true, "data", Map.of("minLength", 14, "requireUpper", true)))
                .andExpect(status().isNoContent());
        api.put(policies + "/SINGLE_ORG", org.adminToken, Map.of("enabled", true))
                .andExpect(status().isNoContent());

        api.get(policies + "/MASTER_PASSWORD", org.adminToken)
                .andExpect(jsonPath("$.enabled").value(true))
                .andExpect(jsonPath("$.data.minLength").value(14))
                .andExpect(jsonPath("$.data.requireUpper").value(true));
        api.get(policies, org.adminToken).andExpect(jsonPath("$.data.length()").value(2));

        api.put(policies + "/MASTER_PASSWORD", org.adminToken, Map.of("enabled", true, "data", Map.of("minLength", 4)))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("data.minLength"));
        api.put(policies + "/NO_SUCH_POLICY", org.adminToken, Map.of("enabled", true))
                .andExpect(status().isBadRequest());
        api.get(policies + "/MASTER_PASSWORD", org.adminToken)
                .andExpect(jsonPath("$.data.minLength").value(14));
    }

    private List<String> memberGroups(UUID memberId) throws Exception {
        JsonNode members = api.body(api.get("/organizations/" + org.id + "/users", org.adminToken))
                .get("data");
        for (JsonNode member : members) {
            if (member.get("id").asText().equals(memberId.toString())) {
                return new com.fasterxml.jackson.databind.ObjectMapper()
                        .convertValue(
                                member.get("groups"),
                                new com.fasterxml.jackson.core.type.TypeReference<List<String>>() {});
            }
        }
        throw new AssertionError("no member " + memberId);
    }
}
