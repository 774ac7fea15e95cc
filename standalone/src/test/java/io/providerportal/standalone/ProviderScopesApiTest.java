package io.providerportal.standalone;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.fasterxml.jackson.databind.JsonNode;
import io.providerportal.platform.test.PortalTestClient;
import io.providerportal.standalone.Scenario.Member;
import io.providerportal.standalone.Scenario.Organization;
import io.providerportal.standalone.Scenario.Provider;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Provider members limited to some clients, and read-only technicians: outside their clients they see and
 * administer nothing; a change of scope is recorded and holds from the next request.
 */
@PortalTest
class ProviderScopesApiTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    PortalTestClient api;
    Scenario scenario;
    Provider provider;
    Organization contoso;
    Organization fabrikam;

    @BeforeEach
    void setUp() throws Exception {
        api = new PortalTestClient(mvc);
        scenario = new Scenario(api, jdbc);
        provider = scenario.provider("Acme");
        contoso = scenario.client(provider, "Contoso", 5);
        fabrikam = scenario.client(provider, "Fabrikam", 5);
    }

    @Test
    void aServiceUserLimitedToOneClientSeesAndAdministersNoOther() throws Exception {
        Member service = provider.confirmed("Service", "SERVICE_USER");
        setScope(service, false, List.of(contoso.id));

        assertThat(clientNames(service)).containsExactly("Contoso");
        api.get("/providers/" + provider.id, service.token())
                .andExpect(jsonPath("$.clientCount").value(1));
        api.get("/providers/" + provider.id, provider.adminToken)
                .andExpect(jsonPath("$.clientCount").value(2));
        api.get("/organizations/" + contoso.id + "/users", service.token()).andExpect(status().isOk());
        api.get("/organizations/" + fabrikam.id + "/users", service.token()).andExpect(status().isNotFound());
        api.get("/organizations/" + fabrikam.id, service.token()).andExpect(status().isNotFound());
        api.post("/organizations/" + fabrikam.id + "/groups", service.token(), Map.of("name", "Sales"))
                .andExpect(status().isNotFound());
        api.put(clients() + "/" + fabrikam.id, service.token(), Map.of("name", "Fabrikam", "seats", 6))
                .andExpect(status().isNotFound());
        api.post("/organizations/" + contoso.id + "/groups", service.token(), Map.of("name", "Sales"))
                .andExpect(status().isCreated());
        JsonNode sync = api.body(api.get("/api/sync", service.token()).andExpect(status().isOk()));
        assertThat(sync.at("/profile/providerOrganizations"))
                .extracting(o -> o.get("id").asText())
                .containsExactly(contoso.id.toString());

        // the change shows in the provider's log and holds from the very next request
        setScope(service, true, List.of());
        assertThat(clientNames(service)).containsExactlyInAnyOrder("Contoso", "Fabrikam");
        api.get("/organizations/" + fabrikam.id + "/users", service.token()).andExpect(status().isOk());
        JsonNode log = api.body(api.get("/providers/" + provider.id + "/events", provider.adminToken));
        assertThat(log.get("data"))
                .filteredOn(entry -> entry.get("name").asText().equals("ProviderUser_ScopeSet"))
                .hasSize(2);
    }

    @Test
    void aTechnicianLooksAtTheClientsInScopeAndChangesNothing() throws Exception {
        Member technician = provider.confirmed("Tech", "TECHNICIAN");
        setScope(technician, false, List.of(contoso.id));
        String org = "/organizations/" + contoso.id;

        assertThat(clientNames(technician)).containsExactly("Contoso");
        for (String read : List.of("", "/users", "/groups", "/collections", "/policies", "/events")) {
            api.get(org + read, technician.token()).andExpect(status().isOk());
        }
        api.post(org + "/groups", technician.token(), Map.of("name", "Sales"))
                .andExpect(status().isForbidden())
                .andExpect(jsonPath("$.code").value("provider.read-only"));
        api.put(org + "/policies/SINGLE_ORG", technician.token(), Map.of("enabled", true))
                .andExpect(status().isForbidden());
        api.put(clients() + "/" + contoso.id, technician.token(), Map.of("name", "Contoso", "seats", 6))
                .andExpect(status().isForbidden());
        api.get("/organizations/" + fabrikam.id + "/users", technician.token()).andExpect(status().isNotFound());
    }

    @Test
    void onlyServiceUsersAndTechniciansAreScopedAndOnlyToClientsOfTheProvider() throws Exception {
        Member service = provider.confirmed("Service", "SERVICE_USER");
        api.put(
                        "/providers/" + provider.id + "/users/" + service.id() + "/scope",
                        provider.adminToken,
                        Map.of("allClients", false, "organizationIds", List.of(UUID.randomUUID())))
                .andExpect(status().isUnprocessableEntity())
                .andExpect(jsonPath("$.code").value("provider-user.scope-not-clients"));
        UUID ownerId =
                UUID.fromString(api
                        .body(api.get("/providers/" + provider.id + "/users", provider.adminToken))
                        .findValuesAsText("id")
                        .stream()
                        .filter(id -> !id.equals(service.id().toString()))
                        .findFirst()
                        .orElseThrow());
        api.put(
                        "/providers/" + provider.id + "/users/" + ownerId + "/scope",
                        provider.adminToken,
                        Map.of("allClients", false, "organizationIds", List.of(contoso.id)))
                .andExpect(status().isUnprocessableEntity())
                .andExpect(jsonPath("$.code").value("provider-user.admin-reaches-every-client"));
        api.put(
                        "/providers/" + provider.id + "/users/" + service.id() + "/scope",
                        service.token(),
                        Map.of("allClients", false, "organizationIds", List.of(contoso.id)))
                .andExpect(status().isForbidden());
    }

    @Test
    void aServiceUserScopedToAClientGroupFollowsTheGroupAsItChanges() throws Exception {
        Organization northwind = scenario.client(provider, "Northwind", 5);
        Member service = provider.confirmed("Service", "SERVICE_USER");
        String groups = "/providers/" + provider.id + "/client-groups";
        UUID retail = api.createdId(
                api.post(groups, provider.adminToken, Map.of("name", "Retail", "organizationIds", List.of(contoso.id)))
                        .andExpect(status().isCreated()));
        api.put(
                        "/providers/" + provider.id + "/users/" + service.id() + "/scope",
                        provider.adminToken,
                        Map.of(
                                "allClients",
                                false,
                                "organizationIds",
                                List.of(northwind.id),
                                "clientGroupIds",
                                List.of(retail)))
                .andExpect(status().isNoContent());

        assertThat(clientNames(service)).containsExactlyInAnyOrder("Contoso", "Northwind");
        api.get("/organizations/" + contoso.id + "/users", service.token()).andExpect(status().isOk());
        api.get("/organizations/" + fabrikam.id + "/users", service.token()).andExpect(status().isNotFound());

        // the group changes: the member follows on the next request
        api.put(
                        groups + "/" + retail,
                        provider.adminToken,
                        Map.of("name", "Retail", "organizationIds", List.of(fabrikam.id)))
                .andExpect(status().isNoContent());
        assertThat(clientNames(service)).containsExactlyInAnyOrder("Fabrikam", "Northwind");
        api.post("/organizations/" + fabrikam.id + "/groups", service.token(), Map.of("name", "Sales"))
                .andExpect(status().isCreated());
        api.get("/organizations/" + contoso.id + "/users", service.token()).andExpect(status().isNotFound());
        JsonNode sync = api.body(api.get("/api/sync", service.token()).andExpect(status().isOk()));
        assertThat(sync.at("/profile/providerOrganizations"))
                .extracting(o -> o.get("id").asText())
                .containsExactlyInAnyOrder(fabrikam.id.toString(), northwind.id.toString());
        JsonNode listed = api.body(api.get(groups, provider.adminToken).andExpect(status().isOk()));
        assertThat(listed.at("/data/0/name").asText()).isEqualTo("Retail");
        assertThat(listed.at("/data/0/organizationIds/0").asText()).isEqualTo(fabrikam.id.toString());
        api.get(groups, service.token()).andExpect(status().isForbidden());

        api.delete(groups + "/" + retail, provider.adminToken).andExpect(status().isNoContent());
        assertThat(clientNames(service)).containsExactly("Northwind");
        api.get(groups, provider.adminToken)
                .andExpect(jsonPath("$.data.length()").value(0));
        JsonNode log = api.body(api.get("/providers/" + provider.id + "/events", provider.adminToken));
        assertThat(log.get("data").findValuesAsText("name"))
                .contains("ProviderClientGroup_Created", "ProviderClientGroup_Updated", "ProviderClientGroup_Deleted");
    }

    @Test
    void aClientGroupHoldsOnlyClientsOfTheProviderAndAScopeOnlyItsGroups() throws Exception {
        String groups = "/providers/" + provider.id + "/client-groups";
        Organization foreign = scenario.own("Foreign", 5);
        api.post(
                        groups,
                        provider.adminToken,
                        Map.of("name", "Mixed", "organizationIds", List.of(contoso.id, foreign.id)))
                .andExpect(status().isUnprocessableEntity())
                .andExpect(jsonPath("$.code").value("provider.client-group-not-clients"))
                .andExpect(jsonPath("$.errors[0].field").value("organizationIds"));
        api.post(groups, provider.adminToken, Map.of("name", " ", "organizationIds", List.of()))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("name"));
        Member service = provider.confirmed("Service", "SERVICE_USER");
        api.post(groups, service.token(), Map.of("name", "Retail", "organizationIds", List.of()))
                .andExpect(status().isForbidden());
        api.put(
                        groups + "/" + UUID.randomUUID(),
                        provider.adminToken,
                        Map.of("name", "X", "organizationIds", List.of()))
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.code").value("provider.client-group-not-found"));
        api.put(
                        "/providers/" + provider.id + "/users/" + service.id() + "/scope",
                        provider.adminToken,
                        Map.of("allClients", false, "clientGroupIds", List.of(UUID.randomUUID())))
                .andExpect(status().isUnprocessableEntity())
                .andExpect(jsonPath("$.code").value("provider-user.scope-unknown-client-groups"));
    }

    private void setScope(Member member, boolean allClients, List<UUID> organizationIds) throws Exception {
        api.put(
                        "/providers/" + provider.id + "/users/" + member.id() + "/scope",
                        provider.adminToken,
                        Map.of("allClients", allClients, "organizationIds", organizationIds))
                .andExpect(status().isNoContent());
    }

    private List<String> clientNames(Member member) throws Exception {
        JsonNode page = api.body(api.get(clients(), member.token()).andExpect(status().isOk()));
        return page.get("data").findValuesAsText("name");
    }

    private String clients() {
        return "/providers/" + provider.id + "/clients";
    }
}
