package io.providerportal.standalone;

import static org.awaitility.Awaitility.await;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.providerportal.client.ClientAccount;
import io.providerportal.client.ClientCrypto;
import io.providerportal.client.PortalClient;
import io.providerportal.platform.test.PortalTestClient;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Builds providers, organizations and their members through the API, the way their users would, invitation mails
 * included.
 */
class Scenario {

    private static final Pattern TOKEN = Pattern.compile("token=([A-Za-z0-9_.-]+)");

    private final PortalTestClient api;
    private final JdbcClient jdbc;
    private final String operator;

    Scenario(PortalTestClient api, JdbcClient jdbc) throws Exception {
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
        return new Provider(id, owner, api.login(owner));
    }

    final class Provider {
        final UUID id;
        final ClientAccount owner;
        final String adminToken;

        Provider(UUID id, ClientAccount owner, String adminToken) {
            this.id = id;
            this.owner = owner;
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
                    Map.of("key", wrappedKey(member.account))).andExpect(status().isNoContent());
            return member;
        }
    }

    record Member(UUID id, ClientAccount account, String token) {
    }

    /** A client organization of the provider, whose invited owner has accepted and been confirmed by the provider. */
    Organization client(Provider provider, String name, int seats) throws Exception {
        ClientAccount owner = api.register(name + "Owner");
        var created = api.body(api.post("/providers/" + provider.id + "/clients", provider.adminToken,
                PortalClient.newClientJson(name, owner.email(), "TEAMS", seats)).andExpect(status().isCreated()));
        UUID id = UUID.fromString(created.get("id").asText());
        UUID ownerId = UUID.fromString(jdbc.sql(
                "select organization_user_id from organization_member_lookup where organization_id = ? and email = ?")
                .params(id, owner.email()).query(String.class).single());
        String ownerToken = api.login(owner);
        Organization organization = new Organization(id, UUID.fromString(created.get("defaultCollectionId").asText()),
                provider.adminToken);
        organization.acceptAndConfirm(new Member(ownerId, owner, ownerToken));
        return new Organization(id, organization.defaultCollectionId, ownerToken);
    }

    /** An organization a new user created for themselves, with the creator as Owner. */
    Organization own(String name, int seats) throws Exception {
        return own(api.register(name + "Owner"), name, seats);
    }

    /** An organization the user created for themselves, with them as Owner. */
    Organization own(ClientAccount owner, String name, int seats) throws Exception {
        String token = api.login(owner);
        var created = api.body(api.post("/organizations", token, Map.of("name", name,
                "billingEmail", owner.email(), "plan", "TEAMS", "seats", seats,
                "key", wrappedKey(owner), "collectionName", encrypted("Default collection")))
                .andExpect(status().isCreated()));
        return new Organization(UUID.fromString(created.get("id").asText()),
                UUID.fromString(created.get("defaultCollectionId").asText()), token);
    }

    final class Organization {
        final UUID id;
        final UUID defaultCollectionId;
        final String adminToken;

        Organization(UUID id, UUID defaultCollectionId, String adminToken) {
            this.id = id;
            this.defaultCollectionId = defaultCollectionId;
            this.adminToken = adminToken;
        }

        Member invite(String name, String type, List<String> permissions) throws Exception {
            ClientAccount account = api.register(name);
            UUID memberId = UUID.fromString(api.body(api.post("/organizations/" + id + "/users/invite", adminToken,
                    Map.of("emails", List.of(account.email()), "type", type, "permissions", permissions,
                            "collections", List.of(Map.of("id", defaultCollectionId, "readOnly", true)))))
                    .at("/invited/0/organizationUserId").asText());
            return new Member(memberId, account, api.login(account));
        }

        Member confirmed(String name, String type, List<String> permissions) throws Exception {
            Member member = invite(name, type, permissions);
            acceptAndConfirm(member);
            return member;
        }

        void acceptAndConfirm(Member member) throws Exception {
            api.post("/organizations/" + id + "/users/" + member.id() + "/accept", member.token(),
                    Map.of("token", invitationToken(member.account().email()))).andExpect(status().isNoContent());
            api.post("/organizations/" + id + "/users/" + member.id() + "/confirm", adminToken,
                    Map.of("key", wrappedKey(member.account()))).andExpect(status().isNoContent());
        }
    }

    /** A fresh symmetric key wrapped for the account, as a provider or organization key is. */
    static String wrappedKey(ClientAccount member) {
        return ClientCrypto.wrap(member.publicKey(), ClientCrypto.SymmetricKey.random().toBytes());
    }

    /** A well-formed key wrapped for some fresh key pair: what a confirmation sends, for tests of who may send it. */
    static String encryptedForNobody() {
        return ClientCrypto.wrap(ClientCrypto.publicKeyB64(ClientCrypto.rsaKeyPair()),
                ClientCrypto.SymmetricKey.random().toBytes());
    }

    static String encrypted(String text) {
        return ClientCrypto.encrypt(ClientCrypto.SymmetricKey.random(), text);
    }

    /** The accept token from the newest invitation mail to the address: what the invited user clicks. */
    String invitationToken(String email) {
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
