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
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
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
        // the "add existing" list: what the admin owns and no provider manages
        api.get(clients() + "/addable", provider.adminToken)
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.data.length()").value(1))
                .andExpect(jsonPath("$.data[0].id").value(own.id.toString()))
                .andExpect(jsonPath("$.data[0].occupiedSeats").value(2));

        api.post(
                        clients() + "/existing",
                        provider.adminToken,
                        Map.of("organizationId", foreign.id, "key", Scenario.encrypted("organization key")))
                .andExpect(status().isNotFound());
        String keyUnderProviderKey = ClientCrypto.encrypt(
                provider.owner.providerKey(provider.id),
                own.admin.organizationKey(own.id).toBytes());
        api.post(
                        clients() + "/existing",
                        provider.adminToken,
                        Map.of("organizationId", own.id, "key", keyUnderProviderKey))
                .andExpect(status().isNoContent());
        api.post(
                        clients() + "/existing",
                        provider.adminToken,
                        Map.of("organizationId", own.id, "key", Scenario.encrypted("organization key")))
                .andExpect(status().isUnprocessableEntity())
                .andExpect(jsonPath("$.code").value("organization.already-client"));
        api.get(clients() + "/addable", provider.adminToken)
                .andExpect(jsonPath("$.data.length()").value(0));

        JsonNode row = api.body(api.get(clients(), provider.adminToken)).at("/data/0");
        assertThat(row.get("name").asText()).isEqualTo("Fabrikam");
        assertThat(row.get("occupiedSeats").asInt()).isEqualTo(2);
        assertThat(row.get("confirmedUsers").asInt()).isEqualTo(2);
        api.get("/organizations/" + own.id, provider.adminToken)
                .andExpect(jsonPath("$.providerId").value(provider.id.toString()))
                .andExpect(jsonPath("$.billingEmail").value("billing@acme.test"));
    }

    @Test
    void serviceUsersRacingForTheLastSeatsOfThePoolCannotBothWin() throws Exception {
        Organization first = scenario.client(provider, "Contoso", 5);
        Organization second = scenario.client(provider, "Fabrikam", 5);
        String serviceUser = provider.confirmed("Service", "SERVICE_USER").token();
        api.put("/providers/" + provider.id + "/plans/TEAMS", scenario.operator(), Map.of("seatMinimum", 20))
                .andExpect(status().isNoContent());

        // each alone fits (5 + 13 = 18 of 20); both together would take 26
        for (int round = 0; round < 3; round++) {
            int seats = 13 + round;
            CountDownLatch start = new CountDownLatch(1);
            ExecutorService pool = Executors.newFixedThreadPool(2);
            try {
                List<Future<Integer>> answers = List.of(first.id, second.id).stream()
                        .map(id -> pool.submit(() -> {
                            start.await();
                            return api.put(clients() + "/" + id, serviceUser, Map.of("name", "C", "seats", seats))
                                    .andReturn()
                                    .getResponse()
                                    .getStatus();
                        }))
                        .toList();
                start.countDown();
                List<Integer> statuses = new ArrayList<>();
                for (Future<Integer> answer : answers) {
                    statuses.add(answer.get());
                }
                assertThat(statuses).as("round %d", round).containsExactlyInAnyOrder(204, 403);
            } finally {
                pool.shutdown();
            }
            int allocated = api.body(api.get("/providers/" + provider.id, provider.adminToken))
                    .at("/plans/0/allocatedSeats")
                    .asInt();
            assertThat(allocated).isLessThanOrEqualTo(20);
            // back to 5 + 5 for the next round
            api.put(clients() + "/" + first.id, provider.adminToken, Map.of("name", "C", "seats", 5))
                    .andExpect(status().isNoContent());
            api.put(clients() + "/" + second.id, provider.adminToken, Map.of("name", "C", "seats", 5))
                    .andExpect(status().isNoContent());
        }
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
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("seats"));

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
        var created = api.body(api.post(
                clients(),
                provider.adminToken,
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
        assertThat(api.body(api.get(clients(), provider.adminToken)).get("data"))
                .hasSize(1);
    }
}
