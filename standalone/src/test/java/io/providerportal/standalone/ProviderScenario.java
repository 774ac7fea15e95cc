package io.providerportal.standalone;

import static org.awaitility.Awaitility.await;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.providerportal.client.ClientAccount;
import io.providerportal.client.ClientCrypto;
import io.providerportal.platform.test.PortalTestClient;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Builds providers and members through the API, the way their users would, invitation mails included. */
class ProviderScenario {

    private static final Pattern TOKEN = Pattern.compile("token=([A-Za-z0-9_.-]+)");

    private final PortalTestClient api;
    private final JdbcClient jdbc;
    private final String operator;

    ProviderScenario(PortalTestClient api, JdbcClient jdbc) throws Exception {
        this.api = api;
        this.jdbc = jdbc;
        this.operator = api.operatorToken();
    }

    String operator() {
        return operator;
    }

    /** A provider whose owner is a newly registered, confirmed Provider Admin. */
    Provider provider(String name) throws Exception {
        ClientAccount owner = api.register(name + "Owner");
        UUID id = api.createdId(api.post("/providers", operator, Map.of("name", name, "type", "MSP",
                "billingEmail", "billing@" + name.toLowerCase() + ".test", "ownerEmail", owner.email()))
                .andExpect(status().isCreated()));
        return new Provider(id, api.login(owner));
    }

    final class Provider {
        final UUID id;
        final String adminToken;

        Provider(UUID id, String adminToken) {
            this.id = id;
            this.adminToken = adminToken;
        }

        Member invite(String name, String type) throws Exception {
            ClientAccount account = api.register(name);
            UUID memberId = UUID.fromString(api.body(api.post("/providers/" + id + "/users/invite", adminToken,
                    Map.of("emails", List.of(account.email()), "type", type)).andExpect(status().isOk()))
                    .at("/invited/0/providerUserId").asText());
            return new Member(memberId, account, api.login(account));
        }

        Member accepted(String name, String type) throws Exception {
            Member member = invite(name, type);
            api.post("/providers/" + id + "/users/" + member.id + "/accept", member.token,
                    Map.of("token", invitationToken(member.account.email()))).andExpect(status().isNoContent());
            return member;
        }

        Member confirmed(String name, String type) throws Exception {
            Member member = accepted(name, type);
            api.post("/providers/" + id + "/users/" + member.id + "/confirm", adminToken,
                    Map.of("key", wrappedProviderKey(member.account))).andExpect(status().isNoContent());
            return member;
        }
    }

    record Member(UUID id, ClientAccount account, String token) {
    }

    static String wrappedProviderKey(ClientAccount member) {
        return ClientCrypto.wrap(member.publicKey(), ClientCrypto.SymmetricKey.random().toBytes());
    }

    private String invitationToken(String email) {
        String body = await().atMost(Duration.ofSeconds(10)).until(() -> jdbc.sql(
                        "select body from mail_outbox where recipient = ? order by created_at desc limit 1")
                .param(email).query(String.class).optional(), Optional::isPresent).orElseThrow();
        Matcher matcher = TOKEN.matcher(body);
        if (!matcher.find()) {
            throw new IllegalStateException("No accept link in " + body);
        }
        return matcher.group(1);
    }
}
