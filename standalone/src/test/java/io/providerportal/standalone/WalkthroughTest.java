package io.providerportal.standalone;

import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.providerportal.client.ClientAccount;
import io.providerportal.client.PortalClient;
import io.providerportal.platform.test.PortalTestClient;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;

/** The README's walkthrough, through both sides in one JVM: every step a first-time user takes. */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
class WalkthroughTest {

    @Autowired
    MockMvc mvc;

    @Test
    void registerLogInCreateAProviderAndAClientThenReadTheDashboard() throws Exception {
        PortalTestClient api = new PortalTestClient(mvc);
        // given a registered user and an operator
        ClientAccount alice = api.register("Alice");
        String token = api.login(alice);
        String operator = api.operatorToken();

        // when the operator creates a provider owned by Alice, and Alice creates two clients
        UUID providerId = api.createdId(api.post("/providers", operator, Map.of("name", "Acme IT",
                "businessName", "Acme IT Ltd", "type", "MSP", "billingEmail", "billing@acme-it.test",
                "ownerEmail", alice.email())).andExpect(status().isCreated()));
        UUID contoso = api.createdId(api.post("/providers/" + providerId + "/clients", token,
                PortalClient.newClientJson("Contoso", "owner@contoso.test", "TEAMS", 10))
                .andExpect(status().isCreated()));
        api.post("/providers/" + providerId + "/clients", token,
                PortalClient.newClientJson("Fabrikam", "it@fabrikam.test", "ENTERPRISE", 25))
                .andExpect(status().isCreated());

        // then her dashboard shows both, read-your-writes, without waiting by hand
        api.get("/providers/" + providerId, token)
                .andExpect(status().isOk())
                .andExpect(header().string("Portal-Position-Reached", "true"))
                .andExpect(jsonPath("$.name").value("Acme IT"))
                .andExpect(jsonPath("$.clientCount").value(2));
        api.get("/providers/" + providerId + "/clients?sort=seats&direction=desc", token)
                .andExpect(status().isOk())
                .andExpect(header().string("Portal-Position-Reached", "true"))
                .andExpect(jsonPath("$.data[0].name").value("Fabrikam"))
                .andExpect(jsonPath("$.data[1].organizationId").value(contoso.toString()))
                .andExpect(jsonPath("$.data[1].occupiedSeats").value(1))
                .andExpect(jsonPath("$.data[1].remainingSeats").value(9))
                .andExpect(jsonPath("$.data[1].status").value("ACTIVE"));
    }
}
