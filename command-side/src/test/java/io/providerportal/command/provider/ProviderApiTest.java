package io.providerportal.command.provider;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.providerportal.client.ClientAccount;
import io.providerportal.platform.test.PortalTestClient;
import java.util.HashMap;
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
class ProviderApiTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;

    PortalTestClient api;
    String operator;

    @BeforeEach
    void setUp() throws Exception {
        api = new PortalTestClient(mvc);
        operator = api.operatorToken();
    }

    static Map<String, Object> msp(String ownerEmail) {
        Map<String, Object> body = new HashMap<>();
        body.put("name", "Acme IT");
        body.put("businessName", "Acme IT Ltd");
        body.put("type", "MSP");
        body.put("billingEmail", "Billing@Acme.test");
        body.put("ownerEmail", ownerEmail);
        return body;
    }

    @Test
    void anOperatorCreatesAnMspWhoseOwnerIsItsFirstAdmin() throws Exception {
        ClientAccount owner = api.register("Owner");

        UUID providerId = api.createdId(api.post("/providers", operator, msp(owner.email().toUpperCase()))
                .andExpect(status().isCreated())
                .andExpect(header().string("Location", org.hamcrest.Matchers.startsWith("/providers/")))
                .andExpect(header().exists("Portal-Position")));

        assertThat(jdbc.sql("select billing_email from provider_lookup where provider_id = ?").param(providerId)
                .query(String.class).single()).isEqualTo("billing@acme.test");
        assertThat(jdbc.sql("select type || ':' || status from provider_member_lookup where provider_id = ? and email = ?")
                .params(providerId, owner.email()).query(String.class).single())
                .isEqualTo("PROVIDER_ADMIN:CONFIRMED");
    }

    @Test
    void onlyOperatorsCreateProviders() throws Exception {
        ClientAccount user = api.register("Mallory");

        api.post("/providers", api.login(user), msp(user.email()))
                .andExpect(status().isForbidden())
                .andExpect(jsonPath("$.code").value("operator-required"));
        api.post("/providers", null, msp(user.email())).andExpect(status().isUnauthorized());
    }

    @Test
    void theOwnerMustBeRegisteredAndAnMspMustHaveOne() throws Exception {
        api.post("/providers", operator, msp("unknown-" + UUID.randomUUID() + "@example.test"))
                .andExpect(status().isUnprocessableEntity())
                .andExpect(jsonPath("$.code").value("provider.owner-not-registered"))
                .andExpect(jsonPath("$.errors[0].field").value("ownerEmail"));
        api.post("/providers", operator, msp(null))
                .andExpect(status().isUnprocessableEntity())
                .andExpect(jsonPath("$.code").value("provider.owner-required"));
    }

    @Test
    void badInputNamesTheFieldAndChangesNothing() throws Exception {
        long before = providers();
        Map<String, Object> body = msp(null);
        body.put("name", "");
        body.put("billingEmail", "not-an-email");

        api.post("/providers", operator, body)
                .andExpect(status().isBadRequest())
                .andExpect(header().string("Content-Type", "application/problem+json"))
                .andExpect(jsonPath("$.errors[?(@.field == 'name')]").exists())
                .andExpect(jsonPath("$.errors[?(@.field == 'billingEmail')]").exists());
        body.put("name", "Acme");
        body.put("billingEmail", "billing@acme.test");
        body.put("type", "PIRATE");
        api.post("/providers", operator, body)
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("type"));
        assertThat(providers()).isEqualTo(before);
    }

    @Test
    void theProfileIsEditedByItsAdminsAndOperatorsOnly() throws Exception {
        ClientAccount owner = api.register("Owner");
        ClientAccount stranger = api.register("Stranger");
        UUID providerId = api.createdId(api.post("/providers", operator, msp(owner.email())));
        Map<String, Object> profile = Map.of("name", "Acme", "billingEmail", "accounts@acme.test");

        api.put("/providers/" + providerId, api.login(owner), profile)
                .andExpect(status().isNoContent()).andExpect(header().exists("Portal-Position"));
        api.put("/providers/" + providerId, operator, profile).andExpect(status().isNoContent());
        api.put("/providers/" + providerId, api.login(stranger), profile)
                .andExpect(status().isNotFound()).andExpect(jsonPath("$.code").value("provider.not-found"));
        api.put("/providers/" + UUID.randomUUID(), operator, profile).andExpect(status().isNotFound());
    }

    @Test
    void onlyOperatorsDisableAndEnable() throws Exception {
        ClientAccount owner = api.register("Owner");
        UUID providerId = api.createdId(api.post("/providers", operator, msp(owner.email())));

        api.post("/providers/" + providerId + "/disable", api.login(owner), null)
                .andExpect(status().isForbidden());
        api.post("/providers/" + providerId + "/disable", operator, null).andExpect(status().isNoContent());
        assertThat(enabled(providerId)).isFalse();
        api.post("/providers/" + providerId + "/enable", operator, null).andExpect(status().isNoContent());
        assertThat(enabled(providerId)).isTrue();
    }

    private long providers() {
        return jdbc.sql("select count(*) from provider_lookup").query(Long.class).single();
    }

    private boolean enabled(UUID providerId) {
        return jdbc.sql("select enabled from provider_lookup where provider_id = ?").param(providerId)
                .query(Boolean.class).single();
    }
}
