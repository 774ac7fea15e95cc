package io.providerportal.command.provider;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.providerportal.client.ClientAccount;
import io.providerportal.client.ClientCrypto;
import io.providerportal.platform.test.ColdClient;
import io.providerportal.platform.test.PortalTestClient;
import io.providerportal.platform.test.Scenarios;
import java.util.HashMap;
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
    void anOperatorCreatesAnMspWhoseOwnerBecomesItsFirstAdminBySettingUpTheKey() throws Exception {
        ColdClient owner = api.signUp("Owner");

        UUID providerId =
                api.createdId(api.post("/providers", operator, msp(owner.email().toUpperCase()))
                        .andExpect(status().isCreated())
                        .andExpect(header().string("Location", org.hamcrest.Matchers.startsWith("/providers/")))
                        .andExpect(header().exists("Portal-Position")));
        assertThat(jdbc.sql("select billing_email from provider_lookup where provider_id = ?")
                        .param(providerId)
                        .query(String.class)
                        .single())
                .isEqualTo("billing@acme.test");
        assertThat(ownerStatus(providerId, owner.email())).isEqualTo("PROVIDER_ADMIN:ACCEPTED");

        // until the key is set up, the owner is told so and can do nothing else
        api.post(
                        "/providers/" + providerId + "/users/invite",
                        owner.token(),
                        Map.of("emails", List.of("bob@acme.test"), "type", "SERVICE_USER"))
                .andExpect(status().isUnprocessableEntity())
                .andExpect(jsonPath("$.code").value("provider.setup-required"));

        owner.setUpProvider(providerId).andExpect(status().isNoContent()).andExpect(header().exists("Portal-Position"));
        assertThat(ownerStatus(providerId, owner.email())).isEqualTo("PROVIDER_ADMIN:CONFIRMED");
        owner.setUpProvider(providerId)
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.code").value("provider.already-set-up"));
    }

    @Test
    void onlyTheOwnerSetsUpAProviderWithAKeyWrappedForThem() throws Exception {
        ColdClient owner = api.signUp("Owner");
        ColdClient stranger = api.signUp("Stranger");
        UUID providerId = api.createdId(api.post("/providers", operator, msp(owner.email())));

        stranger.setUpProvider(providerId)
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.code").value("provider.not-found"));
        stranger.setUpProvider(UUID.randomUUID())
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.code").value("provider.not-found"));
        api.post("/providers/" + providerId + "/setup", operator, Map.of("key", Scenarios.WRAPPED_FOR_NOBODY))
                .andExpect(status().isForbidden())
                .andExpect(jsonPath("$.code").value("user-required"));
        api.post(
                        "/providers/" + providerId + "/setup",
                        owner.token(),
                        Map.of("key", ClientCrypto.encrypt(owner.userKey(), "not wrapped for anyone")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("key"));
        api.post("/providers/" + providerId + "/setup", null, Map.of("key", Scenarios.WRAPPED_FOR_NOBODY))
                .andExpect(status().isUnauthorized());
        assertThat(ownerStatus(providerId, owner.email())).isEqualTo("PROVIDER_ADMIN:ACCEPTED");
    }

    @Test
    void aResellerCreatedWithoutOwnerGetsOneByInvitationWhoAcceptsAndSetsItUp() throws Exception {
        ColdClient owner = api.signUp("Reseller");
        Map<String, Object> reseller = msp(null);
        reseller.put("type", "RESELLER");
        UUID providerId =
                api.createdId(api.post("/providers", operator, reseller).andExpect(status().isCreated()));

        api.post("/providers/" + providerId + "/owner", owner.token(), Map.of("email", owner.email()))
                .andExpect(status().isForbidden())
                .andExpect(jsonPath("$.code").value("operator-required"));
        // a mistyped owner is replaced by inviting the right one, as long as the provider is not set up
        api.post("/providers/" + providerId + "/owner", operator, Map.of("email", "typo@else.test"))
                .andExpect(status().isNoContent());
        api.post(
                        "/providers/" + providerId + "/owner",
                        operator,
                        Map.of("email", owner.email().toUpperCase()))
                .andExpect(status().isNoContent());
        UUID ownerMemberId = jdbc.sql("select provider_user_id from provider_member_lookup where provider_id = ?")
                .param(providerId)
                .query(UUID.class)
                .single();
        String link = Scenarios.invitationLink(jdbc, owner.email());
        assertThat(link).contains("/providers/" + providerId + "/users/" + ownerMemberId + "/accept");

        api.post(
                        "/providers/" + providerId + "/users/" + ownerMemberId + "/accept",
                        owner.token(),
                        Map.of("token", Scenarios.token(link)))
                .andExpect(status().isNoContent());
        owner.setUpProvider(providerId).andExpect(status().isNoContent());
        assertThat(ownerStatus(providerId, owner.email())).isEqualTo("PROVIDER_ADMIN:CONFIRMED");
        api.post("/providers/" + UUID.randomUUID() + "/owner", operator, Map.of("email", owner.email()))
                .andExpect(status().isNotFound());
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
        ColdClient owner = api.signUp("Owner");
        ClientAccount stranger = api.register("Stranger");
        UUID providerId = api.createdId(api.post("/providers", operator, msp(owner.email())));
        owner.setUpProvider(providerId).andExpect(status().isNoContent());
        Map<String, Object> profile = Map.of("name", "Acme", "billingEmail", "accounts@acme.test");

        api.put("/providers/" + providerId, owner.token(), profile)
                .andExpect(status().isNoContent())
                .andExpect(header().exists("Portal-Position"));
        api.put("/providers/" + providerId, operator, profile).andExpect(status().isNoContent());
        api.put("/providers/" + providerId, api.login(stranger), profile)
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.code").value("provider.not-found"));
        api.put("/providers/" + UUID.randomUUID(), operator, profile).andExpect(status().isNotFound());
    }

    @Test
    void onlyOperatorsDisableAndEnable() throws Exception {
        ClientAccount owner = api.register("Owner");
        UUID providerId = api.createdId(api.post("/providers", operator, msp(owner.email())));

        api.post("/providers/" + providerId + "/disable", api.login(owner), null)
                .andExpect(status().isForbidden());
        // the same answer for an unknown id: an operator-only refusal tells nothing about which providers exist
        api.post("/providers/" + UUID.randomUUID() + "/disable", api.login(owner), null)
                .andExpect(status().isForbidden())
                .andExpect(jsonPath("$.code").value("operator-required"));
        api.post("/providers/" + providerId + "/disable", operator, null).andExpect(status().isNoContent());
        assertThat(enabled(providerId)).isFalse();
        api.post("/providers/" + providerId + "/enable", operator, null).andExpect(status().isNoContent());
        assertThat(enabled(providerId)).isTrue();
    }

    private String ownerStatus(UUID providerId, String email) {
        return jdbc.sql("select type || ':' || status from provider_member_lookup where provider_id = ? and email = ?")
                .params(providerId, email)
                .query(String.class)
                .single();
    }

    private long providers() {
        return jdbc.sql("select count(*) from provider_lookup")
                .query(Long.class)
                .single();
    }

    private boolean enabled(UUID providerId) {
        return jdbc.sql("select enabled from provider_lookup where provider_id = ?")
                .param(providerId)
                .query(Boolean.class)
                .single();
    }
}
