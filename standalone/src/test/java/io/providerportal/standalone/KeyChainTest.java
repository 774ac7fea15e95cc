package io.providerportal.standalone;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.fasterxml.jackson.databind.JsonNode;
import io.providerportal.client.ClientCrypto;
import io.providerportal.client.ClientCrypto.SymmetricKey;
import io.providerportal.client.UnlockedKeys;
import io.providerportal.platform.test.ColdClient;
import io.providerportal.platform.test.PortalTestClient;
import io.providerportal.platform.test.Scenarios;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The whole key chain, walked by clients that hold nothing but an email and a master password: every key they use
 * they either generate themselves or fetch from the server, wrapped for them. Nothing passes between the actors of
 * this test but what the server serves and the invitation mails.
 */
@PortalTest
class KeyChainTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Test
    void fromAnOperatorsProviderToAUserDecryptingASharedItemOnFetchedKeysAlone() throws Exception {
        PortalTestClient api = new PortalTestClient(mvc);
        ColdClient owner = api.signUp("ProviderOwner");
        ColdClient serviceUser = api.signUp("ServiceUser");
        ColdClient clientOwner = api.signUp("ClientOwner");
        ColdClient user = api.signUp("User");

        // the operator creates an MSP; its owner sets up the provider key in their client
        UUID providerId = api.createdId(api.post(
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
        owner.setUpProvider(providerId).andExpect(status().isNoContent());

        // the owner invites a Service User, who accepts; the owner confirms them with the fetched public key
        String providerUsers = "/providers/" + providerId + "/users";
        UUID serviceUserId = UUID.fromString(api.body(api.post(
                        providerUsers + "/invite",
                        owner.token(),
                        Map.of("emails", List.of(serviceUser.email()), "type", "SERVICE_USER")))
                .at("/invited/0/providerUserId")
                .asText());
        accept(api, providerUsers, serviceUserId, serviceUser);
        String serviceUserKey = publicKeys(api, owner, providerUsers, serviceUserId);
        api.post(
                        providerUsers + "/" + serviceUserId + "/confirm",
                        owner.token(),
                        Map.of(
                                "key",
                                ClientCrypto.wrap(
                                        serviceUserKey,
                                        owner.providerKey(providerId).toBytes())))
                .andExpect(status().isNoContent());

        // the owner creates a client (a Provider Admin's right, PO-03): a new organization key under the provider key
        SymmetricKey organizationKey = SymmetricKey.random();
        JsonNode created = api.body(api.post(
                        "/providers/" + providerId + "/clients",
                        owner.token(),
                        Map.of(
                                "name",
                                "Contoso",
                                "ownerEmail",
                                clientOwner.email(),
                                "plan",
                                "TEAMS",
                                "seats",
                                10,
                                "key",
                                ClientCrypto.encrypt(owner.providerKey(providerId), organizationKey.toBytes()),
                                "collectionName",
                                ClientCrypto.encrypt(organizationKey, "Default collection")))
                .andExpect(status().isCreated()));
        UUID organizationId = UUID.fromString(created.get("id").asText());
        String organization = "/organizations/" + organizationId;
        // the Service User, confirmed with the provider key, reaches the client's key from the dashboard row
        SymmetricKey providerKey = serviceUser.providerKey(providerId);
        JsonNode dashboardRow = api.body(api.get("/providers/" + providerId + "/clients", serviceUser.token()))
                .at("/data/0");
        assertThat(UnlockedKeys.open(providerKey, dashboardRow.get("key").asText()))
                .isEqualTo(organizationKey);

        // ... and creates a collection with an encrypted name, under the organization key fetched through the chain
        UUID finance = api.createdId(api.post(
                        organization + "/collections",
                        serviceUser.token(),
                        Map.of("name", ClientCrypto.encrypt(serviceUser.organizationKey(organizationId), "Finance")))
                .andExpect(status().isCreated()));

        // the client's owner accepts; the Service User confirms them: provider key -> organization key, public key
        UUID clientOwnerId = memberId(api, serviceUser, organization, clientOwner.email());
        accept(api, organization + "/users", clientOwnerId, clientOwner);
        UUID clientOwnerUserId = UUID.fromString(memberOf(api, serviceUser, organization, clientOwner.email())
                .get("userId")
                .asText());
        api.post(
                        organization + "/users/" + clientOwnerId + "/confirm",
                        serviceUser.token(),
                        Map.of(
                                "key",
                                serviceUser.wrapFor(clientOwnerUserId, serviceUser.organizationKey(organizationId))))
                .andExpect(status().isNoContent());

        // the owner decrypts the collection name with their own copy of the organization key
        SymmetricKey ownersKey = clientOwner.organizationKey(organizationId);
        assertThat(collectionName(api, clientOwner, organization, finance, ownersKey))
                .isEqualTo("Finance");

        // the owner brings in a User with access to Finance, confirmed with the key the bulk form serves
        UUID userMemberId = UUID.fromString(api.body(api.post(
                        organization + "/users/invite",
                        clientOwner.token(),
                        Map.of(
                                "emails",
                                List.of(user.email()),
                                "type",
                                "USER",
                                "collections",
                                List.of(Map.of("id", finance, "readOnly", true)))))
                .at("/invited/0/organizationUserId")
                .asText());
        accept(api, organization + "/users", userMemberId, user);
        api.post(
                        organization + "/users/" + userMemberId + "/confirm",
                        clientOwner.token(),
                        Map.of(
                                "key",
                                ClientCrypto.wrap(
                                        publicKeys(api, clientOwner, organization + "/users", userMemberId),
                                        ownersKey.toBytes())))
                .andExpect(status().isNoContent());

        // the owner files a login in Finance; the User decrypts it from My Vault with the key My Vault hands out
        UUID itemId = api.createdId(api.post(
                        "/items",
                        clientOwner.token(),
                        Items.inOrganization(
                                Items.login(ownersKey, "bank", "treasurer", "s3cret-Pa55"), organizationId, finance))
                .andExpect(status().isCreated()));
        JsonNode vault = api.body(api.get("/vault", user.token()).andExpect(status().isOk()));
        JsonNode membership = find(vault.get("organizations"), "id", organizationId.toString());
        SymmetricKey usersKey = user.open(membership.get("key").asText());
        JsonNode item = find(vault.get("items"), "id", itemId.toString());
        assertThat(ClientCrypto.decryptToString(usersKey, item.at("/data/name").asText()))
                .isEqualTo("bank");
        assertThat(ClientCrypto.decryptToString(
                        usersKey, item.at("/data/login/password").asText()))
                .isEqualTo("s3cret-Pa55");

        // and the Service User reads the collection's name in the admin view, through the provider key
        assertThat(collectionName(api, serviceUser, organization, finance, serviceUser.organizationKey(organizationId)))
                .isEqualTo("Finance");
    }

    @Test
    void bulkConfirmationsWrapForEachMemberTheKeyTheServerServesForThem() throws Exception {
        PortalTestClient api = new PortalTestClient(mvc);
        Scenario scenario = new Scenario(api, jdbc);
        Scenario.Provider provider = scenario.provider("Bulk");
        List<Scenario.Member> technicians =
                List.of(provider.accepted("Tech1", "SERVICE_USER"), provider.accepted("Tech2", "SERVICE_USER"));
        Scenario.Organization organization = scenario.client(provider, "Litware", 10);
        List<Scenario.Member> users = List.of(
                organization.invite("User1", "USER", List.of()), organization.invite("User2", "USER", List.of()));
        for (Scenario.Member user : users) {
            accept(api, "/organizations/" + organization.id + "/users", user.id(), user.account());
        }

        // the provider's owner confirms both technicians in one request, each with their own public key
        String providerUsers = "/providers/" + provider.id + "/users";
        SymmetricKey providerKey = provider.owner.providerKey(provider.id);
        api.post(
                        providerUsers + "/confirm",
                        provider.adminToken,
                        Map.of("keys", wrappedForEach(api, provider.owner, providerUsers, providerKey, technicians)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[0].error").isEmpty())
                .andExpect(jsonPath("$[1].error").isEmpty());
        // and the client's owner both users, with the organization key from their own copy
        String organizationUsers = "/organizations/" + organization.id + "/users";
        SymmetricKey organizationKey = organization.admin.organizationKey(organization.id);
        api.post(
                        organizationUsers + "/confirm",
                        organization.adminToken,
                        Map.of(
                                "keys",
                                wrappedForEach(api, organization.admin, organizationUsers, organizationKey, users)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[0].error").isEmpty())
                .andExpect(jsonPath("$[1].error").isEmpty());
        assertThat(api.lastPosition())
                .as("the bulk answer's position is after the confirmations it made")
                .isEqualTo(jdbc.sql("select max(global_index) from domain_event_entry where aggregate_identifier = ?")
                        .param(organization.id.toString())
                        .query(Long.class)
                        .single());

        // each opens the key from the server with nothing but their own password-derived keys
        for (Scenario.Member technician : technicians) {
            assertThat(technician.account().providerKey(provider.id)).isEqualTo(providerKey);
            assertThat(technician.account().organizationKey(organization.id)).isEqualTo(organizationKey);
        }
        for (Scenario.Member user : users) {
            assertThat(user.account().organizationKey(organization.id)).isEqualTo(organizationKey);
        }
    }

    /** One bulk lookup of the members' public keys, then the key wrapped for each, as a bulk confirmation sends. */
    private static List<Map<String, String>> wrappedForEach(
            PortalTestClient api,
            ColdClient administrator,
            String usersPath,
            SymmetricKey key,
            List<Scenario.Member> members)
            throws Exception {
        JsonNode publicKeys = api.body(api.postRead(
                        usersPath + "/public-keys",
                        administrator.token(),
                        Map.of("ids", members.stream().map(Scenario.Member::id).toList()))
                .andExpect(status().isOk()));
        assertThat(publicKeys.get("data")).hasSize(members.size());
        return StreamSupport.stream(publicKeys.get("data").spliterator(), false)
                .map(entry -> Map.of(
                        "id",
                        entry.get("id").asText(),
                        "key",
                        ClientCrypto.wrap(entry.get("key").asText(), key.toBytes())))
                .toList();
    }

    @Test
    void aPublicKeyIsServedOnlyToWhoMayConfirmItsAccount() throws Exception {
        PortalTestClient api = new PortalTestClient(mvc);
        Scenario scenario = new Scenario(api, jdbc);
        Scenario.Organization organization = scenario.own("Northwind", 5);
        Scenario.Member user = organization.confirmed("Reader", "USER", List.of());
        Scenario.Member invited = organization.invite("Invitee", "USER", List.of());
        ColdClient stranger = api.signUp("Stranger");
        String path = "/users/" + user.account().userId() + "/public-key";

        api.get(path, organization.adminToken)
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.userId").value(user.account().userId().toString()))
                .andExpect(jsonPath("$.publicKey").value(user.account().publicKey()));
        api.get(path, user.token()).andExpect(status().isOk());
        // a fellow member without the right to manage users, a stranger, an unknown id: all the same 404
        api.get("/users/" + organization.admin.userId() + "/public-key", user.token())
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.code").value("user.not-found"));
        api.get(path, stranger.token()).andExpect(status().isNotFound());
        api.get("/users/" + invited.account().userId() + "/public-key", organization.adminToken)
                .andExpect(status().isNotFound());
        api.get("/users/" + UUID.randomUUID() + "/public-key", organization.adminToken)
                .andExpect(status().isNotFound());
        api.get(path, null).andExpect(status().isUnauthorized());
        // the bulk form answers accepted members only: confirmed ones need no key any more
        api.postRead(
                        "/organizations/" + organization.id + "/users/public-keys",
                        organization.adminToken,
                        Map.of("ids", List.of(user.id(), invited.id())))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.data.length()").value(0));
        api.postRead(
                        "/organizations/" + organization.id + "/users/public-keys",
                        organization.adminToken,
                        Map.of("ids", List.of("not-a-uuid")))
                .andExpect(status().isBadRequest());
    }

    @Test
    void aConfirmationMustBeAWrappedKeyForAnAcceptedMember() throws Exception {
        PortalTestClient api = new PortalTestClient(mvc);
        Scenario scenario = new Scenario(api, jdbc);
        Scenario.Organization organization = scenario.own("Fabrikam", 5);
        Scenario.Member invited = organization.invite("Invitee", "USER", List.of());
        String confirm = "/organizations/" + organization.id + "/users/" + invited.id() + "/confirm";

        api.post(confirm, organization.adminToken, Map.of("key", Scenarios.WRAPPED_FOR_NOBODY))
                .andExpect(status().isUnprocessableEntity());
        api.post(
                        confirm,
                        organization.adminToken,
                        Map.of(
                                "key",
                                ClientCrypto.encrypt(
                                        organization.admin.organizationKey(organization.id), "not wrapped")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("key"));
    }

    /** The invitee accepts with the token from the invitation mail. */
    private void accept(PortalTestClient api, String usersPath, UUID memberId, ColdClient invitee) throws Exception {
        api.post(
                        usersPath + "/" + memberId + "/accept",
                        invitee.token(),
                        Map.of("token", Scenarios.invitationToken(jdbc, invitee.email())))
                .andExpect(status().isNoContent());
    }

    private static String publicKeys(PortalTestClient api, ColdClient administrator, String usersPath, UUID memberId)
            throws Exception {
        return api.body(api.postRead(
                                usersPath + "/public-keys", administrator.token(), Map.of("ids", List.of(memberId)))
                        .andExpect(status().isOk()))
                .at("/data/0/key")
                .asText();
    }

    private static JsonNode memberOf(PortalTestClient api, ColdClient administrator, String organization, String email)
            throws Exception {
        return find(
                api.body(api.get(organization + "/users", administrator.token()).andExpect(status().isOk()))
                        .get("data"),
                "email",
                email);
    }

    private static UUID memberId(PortalTestClient api, ColdClient administrator, String organization, String email)
            throws Exception {
        return UUID.fromString(
                memberOf(api, administrator, organization, email).get("id").asText());
    }

    private static String collectionName(
            PortalTestClient api,
            ColdClient reader,
            String organization,
            UUID collectionId,
            SymmetricKey organizationKey)
            throws Exception {
        JsonNode collections = api.body(
                        api.get(organization + "/collections", reader.token()).andExpect(status().isOk()))
                .get("data");
        return ClientCrypto.decryptToString(
                organizationKey,
                find(collections, "id", collectionId.toString()).get("name").asText());
    }

    private static JsonNode find(JsonNode array, String field, String value) {
        return StreamSupport.stream(array.spliterator(), false)
                .filter(node -> value.equals(node.get(field).asText()))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no " + field + " " + value + " in " + array));
    }
}
