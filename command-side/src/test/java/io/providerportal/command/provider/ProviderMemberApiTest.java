package io.providerportal.command.provider;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.fasterxml.jackson.databind.JsonNode;
import io.providerportal.client.ClientAccount;
import io.providerportal.command.invitation.InvitationTokens;
import io.providerportal.command.invitation.InvitationTokens.Invitation;
import io.providerportal.command.invitation.InvitationTokens.Kind;
import io.providerportal.platform.test.ColdClient;
import io.providerportal.platform.test.PortalTestClient;
import io.providerportal.platform.test.Scenarios;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Who may do what to provider members. The command side alone serves no public keys, so confirmations here send a
 * well-formed key wrapped for nobody; confirming with fetched keys is proven where both sides run (KeyChainTest).
 */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
class ProviderMemberApiTest {

    private static final Pattern TOKEN = Pattern.compile("token=([A-Za-z0-9_.-]+)");

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    InvitationTokens invitationTokens;

    PortalTestClient api;
    ClientAccount owner;
    String ownerToken;
    UUID providerId;

    @BeforeEach
    void setUp() throws Exception {
        api = new PortalTestClient(mvc);
        owner = api.register("Owner");
        ColdClient ownerClient = ColdClient.logIn(api, owner.email(), owner.password());
        ownerToken = ownerClient.token();
        providerId = api.createdId(api.post(
                "/providers",
                api.operatorToken(),
                Map.of(
                        "name",
                        "Acme IT",
                        "type",
                        "MSP",
                        "billingEmail",
                        "billing@acme.test",
                        "ownerEmail",
                        owner.email())));
        ownerClient.setUpProvider(providerId).andExpect(status().isNoContent());
    }

    private String users() {
        return "/providers/" + providerId + "/users";
    }

    private UUID invite(ClientAccount account, String type) throws Exception {
        JsonNode answer = api.body(
                api.post(users() + "/invite", ownerToken, Map.of("emails", List.of(account.email()), "type", type))
                        .andExpect(status().isOk()));
        return UUID.fromString(answer.at("/invited/0/providerUserId").asText());
    }

    /** The accept token from the invitation mail in the outbox: what the invited user clicks. */
    private String mailedToken(String email) {
        String body = await().atMost(Duration.ofSeconds(10))
                .until(
                        () -> jdbc.sql(
                                        "select body from mail_outbox where recipient = ? order by created_at desc limit 1")
                                .param(email)
                                .query(String.class)
                                .optional(),
                        Optional::isPresent)
                .orElseThrow();
        Matcher matcher = TOKEN.matcher(body);
        assertThat(matcher.find()).as("accept link in %s", body).isTrue();
        return matcher.group(1);
    }

    private String memberStatus(UUID providerUserId) {
        return jdbc.sql("select status from provider_member_lookup where provider_user_id = ?")
                .param(providerUserId)
                .query(String.class)
                .single();
    }

    @Test
    void anInvitedServiceUserAcceptsIsConfirmedAndThenHasServiceUserRights() throws Exception {
        ClientAccount bob = api.register("Bob");
        String bobToken = api.login(bob);

        UUID bobId = invite(bob, "SERVICE_USER");
        assertThat(memberStatus(bobId)).isEqualTo("INVITED");
        api.post(users() + "/invite", bobToken, Map.of("emails", List.of("x@example.test"), "type", "SERVICE_USER"))
                .andExpect(status().isNotFound());

        api.post(users() + "/" + bobId + "/accept", bobToken, Map.of("token", mailedToken(bob.email())))
                .andExpect(status().isNoContent())
                .andExpect(header().exists("Portal-Position"));
        assertThat(memberStatus(bobId)).isEqualTo("ACCEPTED");
        api.post(users() + "/invite", bobToken, Map.of("emails", List.of("x@example.test"), "type", "SERVICE_USER"))
                .andExpect(status().isNotFound());

        api.post(users() + "/" + bobId + "/confirm", ownerToken, Map.of("key", Scenarios.WRAPPED_FOR_NOBODY))
                .andExpect(status().isNoContent());
        assertThat(memberStatus(bobId)).isEqualTo("CONFIRMED");
        api.post(users() + "/invite", bobToken, Map.of("emails", List.of("x@example.test"), "type", "SERVICE_USER"))
                .andExpect(status().isForbidden())
                .andExpect(jsonPath("$.code").value("provider.admin-required"));
    }

    @Test
    void invitingReportsTheEmailsAlreadyThere() throws Exception {
        ClientAccount bob = api.register("Bob");
        invite(bob, "SERVICE_USER");

        api.post(
                        users() + "/invite",
                        ownerToken,
                        Map.of(
                                "emails",
                                List.of(
                                        "new-" + UUID.randomUUID() + "@example.test",
                                        bob.email().toUpperCase(),
                                        owner.email()),
                                "type",
                                "PROVIDER_ADMIN"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.invited.length()").value(1))
                .andExpect(jsonPath("$.skipped").value(org.hamcrest.Matchers.contains(bob.email(), owner.email())));
    }

    @Test
    void anInvitationIsForItsRecipientOnlyAndOnlyWhileValid() throws Exception {
        ClientAccount bob = api.register("Bob");
        ClientAccount mallory = api.register("Mallory");
        UUID bobId = invite(bob, "PROVIDER_ADMIN");
        String token = mailedToken(bob.email());
        String expired = invitationTokens.issue(
                Kind.PROVIDER,
                new Invitation(providerId, bobId, bob.email()),
                Instant.now().minus(InvitationTokens.LIFETIME).minusSeconds(60));

        api.post(users() + "/" + bobId + "/accept", api.login(mallory), Map.of("token", token))
                .andExpect(status().isForbidden())
                .andExpect(jsonPath("$.code").value("invitation.wrong-user"));
        api.post(users() + "/" + bobId + "/accept", api.login(bob), Map.of("token", expired))
                .andExpect(status().isUnprocessableEntity())
                .andExpect(jsonPath("$.code").value("invitation.invalid"))
                .andExpect(jsonPath("$.errors[0].field").value("token"));
        api.post(users() + "/" + bobId + "/accept", api.login(bob), Map.of("token", token + "x"))
                .andExpect(status().isUnprocessableEntity());
        api.post(users() + "/" + UUID.randomUUID() + "/accept", api.login(bob), Map.of("token", token))
                .andExpect(status().isUnprocessableEntity());
        assertThat(memberStatus(bobId)).isEqualTo("INVITED");
    }

    @Test
    void anAccessTokenIsNoInvitationAndAnInvitationIsNoAccessToken() throws Exception {
        ClientAccount bob = api.register("Bob");
        UUID bobId = invite(bob, "SERVICE_USER");
        String bobToken = api.login(bob);

        api.post(users() + "/" + bobId + "/accept", bobToken, Map.of("token", bobToken))
                .andExpect(status().isUnprocessableEntity());
        api.get("/providers/" + providerId, mailedToken(bob.email())).andExpect(status().isUnauthorized());
    }

    @Test
    void confirmingNeedsAnAcceptedMemberAndAWrappedKey() throws Exception {
        ClientAccount bob = api.register("Bob");
        UUID bobId = invite(bob, "SERVICE_USER");

        api.post(users() + "/" + bobId + "/confirm", ownerToken, Map.of("key", Scenarios.WRAPPED_FOR_NOBODY))
                .andExpect(status().isUnprocessableEntity())
                .andExpect(jsonPath("$.code").value("provider-user.not-accepted"));
        api.post(users() + "/" + bobId + "/confirm", ownerToken, Map.of("key", "the provider key"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("key"));
    }

    @Test
    void theProviderKeepsAConfirmedAdminAndNobodyRemovesThemselves() throws Exception {
        UUID ownerId = jdbc.sql("select provider_user_id from provider_member_lookup where provider_id = ?")
                .param(providerId)
                .query(UUID.class)
                .single();

        api.put(users() + "/" + ownerId, ownerToken, Map.of("type", "SERVICE_USER"))
                .andExpect(status().isUnprocessableEntity())
                .andExpect(jsonPath("$.code").value("provider.last-admin"));
        api.delete(users() + "/" + ownerId, ownerToken)
                .andExpect(status().isUnprocessableEntity())
                .andExpect(jsonPath("$.code").value("provider-user.cannot-remove-self"));
        assertThat(memberStatus(ownerId)).isEqualTo("CONFIRMED");
    }

    @Test
    void bulkOperationsReportEachMember() throws Exception {
        UUID bob = invite(api.register("Bob"), "SERVICE_USER");
        UUID carol = invite(api.register("Carol"), "SERVICE_USER");
        UUID unknown = UUID.randomUUID();

        api.post(users() + "/reinvite", ownerToken, Map.of("ids", List.of(bob, unknown)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[0].error").isEmpty())
                .andExpect(jsonPath("$[1].error").value("provider-user.not-found"));
        api.post(users() + "/remove", ownerToken, Map.of("ids", List.of(bob, carol, unknown)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[0].id").value(bob.toString()))
                .andExpect(jsonPath("$[0].error").isEmpty())
                .andExpect(jsonPath("$[1].error").isEmpty())
                .andExpect(jsonPath("$[2].error").value("provider-user.not-found"));
        assertThat(jdbc.sql("select count(*) from provider_member_lookup where provider_user_id in (?, ?)")
                        .params(bob, carol)
                        .query(Integer.class)
                        .single())
                .isZero();
    }
}
