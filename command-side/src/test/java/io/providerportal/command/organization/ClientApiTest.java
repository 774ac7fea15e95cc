package io.providerportal.command.organization;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.providerportal.client.ClientAccount;
import io.providerportal.client.ClientCrypto.SymmetricKey;
import io.providerportal.client.PortalClient;
import io.providerportal.platform.test.ColdClient;
import io.providerportal.platform.test.PortalTestClient;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;

@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
class ClientApiTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    PortalTestClient api;
    String operator;
    ClientAccount owner;
    UUID providerId;

    @BeforeEach
    void setUp() throws Exception {
        api = new PortalTestClient(mvc);
        operator = api.operatorToken();
        owner = api.register("Owner");
        providerId = api.createdId(api.post(
                "/providers",
                operator,
                Map.of(
                        "name",
                        "Acme IT",
                        "type",
                        "MSP",
                        "billingEmail",
                        "billing@acme.test",
                        "ownerEmail",
                        owner.email())));
        ColdClient.logIn(api, owner.email(), owner.password())
                .setUpProvider(providerId)
                .andExpect(status().isNoContent());
    }

    static String client(String name) {
        return PortalClient.newClientJson(SymmetricKey.random(), name, "IT@Contoso.test", "TEAMS", 10);
    }

    @Test
    void aProviderAdminCreatesAClientWhoseOwnerIsInvitedToManageTheDefaultCollection() throws Exception {
        var created = api.post(clients(), api.login(owner), client("Contoso")).andExpect(status().isCreated());
        UUID organizationId = api.createdId(created);
        created.andExpect(header().string("Location", "/organizations/" + organizationId));

        assertThat(eventTypes(organizationId))
                .containsExactly(
                        "ClientOrganizationCreated",
                        "CollectionCreated",
                        "OrganizationUserInvited",
                        "CollectionMemberAccessSet");
        String invited = payload(organizationId, "OrganizationUserInvited");
        assertThat(new ObjectMapper().readTree(invited).get("email").asText()).isEqualTo("it@contoso.test");
        assertThat(new ObjectMapper()
                        .readTree(payload(organizationId, "ClientOrganizationCreated"))
                        .get("billingEmail")
                        .asText())
                .isEqualTo("billing@acme.test");
    }

    @Test
    void unlinkingAnOrganizationThatIsNoClientIsNotFound() throws Exception {
        api.delete(clients() + "/" + UUID.randomUUID(), api.login(owner))
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.code").value("organization.not-a-client"));
    }

    @Test
    void strangersAndOperatorsCannotCreateClientsOfAProvider() throws Exception {
        ClientAccount stranger = api.register("Stranger");

        api.post(clients(), api.login(stranger), client("Contoso"))
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.code").value("provider.not-found"));
        api.post(clients(), operator, client("Contoso")).andExpect(status().isNotFound());
        api.post("/providers/" + UUID.randomUUID() + "/clients", api.login(owner), client("Contoso"))
                .andExpect(status().isNotFound());
    }

    @Test
    void plaintextKeysAndBadSeatsAreRefusedAndNothingIsCreated() throws Exception {
        String token = api.login(owner);
        String plaintextKey = client("Contoso").replaceAll("\"key\":\"[^\"]+\"", "\"key\":\"organization key\"");
        String noSeats = client("Contoso").replace("\"seats\":10", "\"seats\":0");

        api.post(clients(), token, plaintextKey)
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("key"));
        api.post(clients(), token, noSeats)
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("seats"));
        assertThat(clientsOfProvider()).isEmpty();
    }

    @Test
    void aDisabledProviderCreatesNoClientsAndItsClientsAreDisabledWithIt() throws Exception {
        String token = api.login(owner);
        UUID organizationId = api.createdId(api.post(clients(), token, client("Contoso")));

        api.post("/providers/" + providerId + "/disable", operator, null).andExpect(status().isNoContent());

        api.post(clients(), token, client("Fabrikam"))
                .andExpect(status().isUnprocessableEntity())
                .andExpect(jsonPath("$.code").value("provider.disabled"));
        await().atMost(Duration.ofSeconds(10))
                .until(() -> eventTypes(organizationId).contains("OrganizationDisabled"));

        api.post("/providers/" + providerId + "/enable", operator, null).andExpect(status().isNoContent());
        await().atMost(Duration.ofSeconds(10))
                .until(() -> eventTypes(organizationId).contains("OrganizationEnabled"));
    }

    private String clients() {
        return "/providers/" + providerId + "/clients";
    }

    private List<UUID> clientsOfProvider() {
        return jdbc.sql("select organization_id from organization_lookup where provider_id = ?")
                .param(providerId)
                .query(UUID.class)
                .list();
    }

    private List<String> eventTypes(UUID aggregateId) {
        return jdbc.sql("""
                select substring(payload_type from '[^.]+$') from domain_event_entry
                where aggregate_identifier = ? order by sequence_number
                """).param(aggregateId.toString()).query(String.class).list();
    }

    private String payload(UUID aggregateId, String type) {
        return jdbc.sql("""
                select convert_from(payload, 'UTF8') from domain_event_entry
                where aggregate_identifier = ? and payload_type like ?
                """)
                .params(aggregateId.toString(), "%." + type)
                .query(String.class)
                .single();
    }
}
