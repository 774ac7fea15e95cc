package io.providerportal.standalone;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.fasterxml.jackson.databind.JsonNode;
import io.providerportal.client.ClientCrypto;
import io.providerportal.client.ClientCrypto.SymmetricKey;
import io.providerportal.client.PortalClient;
import io.providerportal.platform.test.PortalTestClient;
import io.providerportal.standalone.Scenario.Organization;
import io.providerportal.standalone.Scenario.Provider;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/** A provider's clients over their lifetime: added, resized within the seat pool, let go. */
@PortalTest
class ClientLifecycleApiTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;

    PortalTestClient api;
    Scenario scenario;
    Provider provider;

    @BeforeEach
    void setUp() throws Exception {
        api = new PortalTestClient(mvc);
        scenario = new Scenario(api, jdbc);
        provider = scenario.provider("Acme");
    }

    private String clients() {
        return "/providers/" + provider.id + "/clients";
    }

    @Test
    void aProviderAdminWhoOwnsAnOrganizationBringsItUnderTheProviderWithItsMembers() throws Exception {
        Organization own = scenario.own(provider.owner, "Fabrikam", 10);
        own.confirmed("Bob", "USER", List.of());
        Organization foreign = scenario.own("Northwind", 10);

        api.post(clients() + "/existing", provider.adminToken, Map.of("organizationId", foreign.id,
                        "key", Scenario.encrypted("organization key")))
                .andExpect(status().isNotFound());
        String keyUnderProviderKey = ClientCrypto.encrypt(provider.owner.providerKey(provider.id),
                own.admin.organizationKey(own.id).toBytes());
        api.post(clients() + "/existing", provider.adminToken, Map.of("organizationId", own.id,
                        "key", keyUnderProviderKey))
                .andExpect(status().isNoContent());
        api.post(clients() + "/existing", provider.adminToken, Map.of("organizationId", own.id,
                        "key", Scenario.encrypted("organization key")))
                .andExpect(status().isUnprocessableEntity())
                .andExpect(jsonPath("$.code").value("organization.already-client"));

        JsonNode row = api.body(api.get(clients(), provider.adminToken)).at("/data/0");
        assertThat(row.get("name").asText()).isEqualTo("Fabrikam");
        assertThat(row.get("occupiedSeats").asInt()).isEqualTo(2);
        assertThat(row.get("confirmedUsers").asInt()).isEqualTo(2);
        api.get("/organizations/" + own.id, provider.adminToken)
                .andExpect(jsonPath("$.providerId").value(provider.id.toString()))
                .andExpect(jsonPath("$.billingEmail").value("billing@acme.test"));
    }

    @Test
    void serviceUsersResizeClientsOnlyWithinTheSeatsTheProviderBought() throws Exception {
        Organization client = scenario.client(provider, "Contoso", 10);
        String serviceUser = provider.confirmed("Service", "SERVICE_USER").token();
        String resize = clients() + "/" + client.id;

        api.put(resize, serviceUser, Map.of("name", "Contoso", "seats", 12))
                .andExpect(status().isForbidden())
                .andExpect(jsonPath("$.code").value("provider.service-user-cannot-purchase"));
        api.put("/providers/" + provider.id + "/plans/TEAMS", scenario.operator(), Map.of("seatMinimum", 15))
                .andExpect(status().isNoContent());
        api.put(resize, serviceUser, Map.of("name", "Contoso Ltd", "seats", 15)).andExpect(status().isNoContent());
        api.put(resize, serviceUser, Map.of("name", "Contoso Ltd", "seats", 16)).andExpect(status().isForbidden());
        api.put(resize, serviceUser, Map.of("name", "Contoso Ltd", "seats", 5)).andExpect(status().isNoContent());
        api.put(resize, provider.adminToken, Map.of("name", "Contoso Ltd", "seats", 40))
                .andExpect(status().isNoContent());
        api.put(resize, provider.adminToken, Map.of("name", "Contoso Ltd", "seats", 0))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("seats"));

        api.get("/providers/" + provider.id, provider.adminToken)
                .andExpect(jsonPath("$.plans[0].plan").value("TEAMS"))
                .andExpect(jsonPath("$.plans[0].seatMinimum").value(15))
                .andExpect(jsonPath("$.plans[0].allocatedSeats").value(40));
        api.get(clients(), provider.adminToken)
                .andExpect(jsonPath("$.data[0].name").value("Contoso Ltd"))
                .andExpect(jsonPath("$.data[0].seats").value(40));
    }

    @Test
    void aClientLeavesWithItsDataOnceItHasAnOwnerOfItsOwn() throws Exception {
        Organization ready = scenario.client(provider, "Contoso", 10);
        var created = api.body(api.post(clients(), provider.adminToken,
                PortalClient.newClientJson(SymmetricKey.random(), "Pending", "p@pending.test", "TEAMS", 5)));
        String pending = created.get("id").asText();

        api.delete(clients() + "/" + pending, provider.adminToken)
                .andExpect(status().isUnprocessableEntity())
                .andExpect(jsonPath("$.code").value("organization.owner-required-to-unlink"));
        api.delete(clients() + "/" + ready.id, provider.adminToken).andExpect(status().isNoContent());

        api.get("/organizations/" + ready.id, provider.adminToken).andExpect(status().isNotFound());
        api.get("/organizations/" + ready.id, ready.adminToken)
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.providerId").isEmpty())
                .andExpect(jsonPath("$.name").value("Contoso"));
        assertThat(api.body(api.get(clients(), provider.adminToken)).get("data")).hasSize(1);
    }
}
