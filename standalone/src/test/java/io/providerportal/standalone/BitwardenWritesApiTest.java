package io.providerportal.standalone;

import static io.providerportal.standalone.BitwardenApiTest.find;
import static io.providerportal.standalone.BitwardenApiTest.ids;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.fasterxml.jackson.databind.JsonNode;
import io.providerportal.client.ClientCrypto;
import io.providerportal.client.ClientCrypto.SymmetricKey;
import io.providerportal.platform.test.ColdClient;
import io.providerportal.platform.test.PortalTestClient;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;

/**
 * The Bitwarden clients' writes: each is a native command, visible in the native API and the event log, answered
 * in the shape the clients store; refusals in Bitwarden's error body, and never 403 to a logged-in user. Every
 * actor holds only an email and a password; each key comes from the server.
 */
@PortalTest
class BitwardenWritesApiTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Test
    void ciphersAreCreatedEditedTrashedRestoredAndPurgedAsNativeItems() throws Exception {
        PortalTestClient api = new PortalTestClient(mvc);
        Scenario.Organization organization = new Scenario(api, jdbc).own("Fabrikam", 5);
        ColdClient owner = organization.admin;
        SymmetricKey organizationKey = owner.organizationKey(organization.id);

        JsonNode personal = api.body(api.post("/api/ciphers", owner.token(), cipher(owner.userKey(), "mail"))
                .andExpect(status().isOk()));
        assertThat(personal.get("object").asText()).isEqualTo("cipher");
        assertThat(ClientCrypto.decryptToString(
                        owner.userKey(), personal.get("name").asText()))
                .isEqualTo("mail");
        UUID personalId = UUID.fromString(personal.get("id").asText());
        JsonNode nativeItem =
                api.body(api.get("/items/" + personalId, owner.token()).andExpect(status().isOk()));
        assertThat(nativeItem.get("type").asText()).isEqualTo("LOGIN");
        assertThat(ClientCrypto.decryptToString(
                        owner.userKey(), nativeItem.at("/data/login/password").asText()))
                .isEqualTo("pw-mail");

        Map<String, Object> shared = new HashMap<>(cipher(organizationKey, "bank"));
        shared.put("organizationId", organization.id);
        JsonNode created = api.body(api.post(
                        "/api/ciphers/create",
                        owner.token(),
                        Map.of("cipher", shared, "collectionIds", List.of(organization.defaultCollectionId)))
                .andExpect(status().isOk()));
        UUID itemId = UUID.fromString(created.get("id").asText());
        assertThat(created.get("collectionIds").get(0).asText()).isEqualTo(organization.defaultCollectionId.toString());

        // Bitwarden's slack: an edit based on a revision less than a second old goes through, an older one does not
        Instant revision = Instant.parse(created.get("revisionDate").asText());
        Map<String, Object> edited = new HashMap<>(shared);
        edited.put("name", ClientCrypto.encrypt(organizationKey, "bank (old)"));
        edited.put("lastKnownRevisionDate", revision.minusMillis(500).toString());
        JsonNode answer = api.body(
                api.put("/api/ciphers/" + itemId, owner.token(), edited).andExpect(status().isOk()));
        assertThat(ClientCrypto.decryptToString(
                        organizationKey, answer.get("name").asText()))
                .isEqualTo("bank (old)");
        assertThat(answer.get("creationDate").asText())
                .isEqualTo(created.get("creationDate").asText());
        edited.put("lastKnownRevisionDate", revision.minusSeconds(5).toString());
        JsonNode stale = api.body(
                api.put("/api/ciphers/" + itemId, owner.token(), edited).andExpect(status().isBadRequest()));
        assertThat(stale.get("object").asText()).isEqualTo("error");
        assertThat(stale.get("message").asText()).contains("changed since you last read it");

        api.put("/api/ciphers/" + itemId + "/delete", owner.token(), Map.of()).andExpect(status().isOk());
        assertThat(api.body(api.get("/items/" + itemId, owner.token()))
                        .get("deletedDate")
                        .isNull())
                .isFalse();
        JsonNode restored = api.body(api.put("/api/ciphers/" + itemId + "/restore", owner.token(), Map.of())
                .andExpect(status().isOk()));
        assertThat(restored.get("deletedDate").isNull()).isTrue();
        assertThat(ClientCrypto.decryptToString(
                        organizationKey, restored.get("name").asText()))
                .isEqualTo("bank (old)");
        api.delete("/api/ciphers/" + personalId, owner.token()).andExpect(status().isOk());
        api.get("/items/" + personalId, owner.token()).andExpect(status().isNotFound());

        List<String> events = new ArrayList<>();
        api.body(api.get("/organizations/" + organization.id + "/events", owner.token()))
                .get("data")
                .forEach(e -> events.add(e.get("name").asText()));
        assertThat(events).contains("Cipher_Created", "Cipher_Updated", "Cipher_SoftDeleted", "Cipher_Restored");
    }

    @Test
    void refusalsAreInBitwardensBodyAndAPermissionProblemIsNotA403() throws Exception {
        PortalTestClient api = new PortalTestClient(mvc);
        Scenario.Organization organization = new Scenario(api, jdbc).own("Tailspin", 5);
        Scenario.Member reader = organization.confirmed("Reader", "USER", List.of());
        SymmetricKey organizationKey = organization.admin.organizationKey(organization.id);
        Map<String, Object> shared = new HashMap<>(cipher(organizationKey, "wifi"));
        shared.put("organizationId", organization.id);
        JsonNode created = api.body(api.post(
                        "/api/ciphers/create",
                        organization.adminToken,
                        Map.of("cipher", shared, "collectionIds", List.of(organization.defaultCollectionId)))
                .andExpect(status().isOk()));
        String itemPath = "/api/ciphers/" + created.get("id").asText();

        Map<String, Object> edit = new HashMap<>(shared);
        edit.put("lastKnownRevisionDate", created.get("revisionDate").asText());
        JsonNode readOnly = api.body(api.put(itemPath, reader.token(), edit).andExpect(status().isBadRequest()));
        assertThat(readOnly.get("object").asText()).isEqualTo("error");
        assertThat(readOnly.get("message").asText()).isNotBlank();

        Map<String, Object> unreadable = new HashMap<>(cipher(organizationKey, "x"));
        unreadable.put("name", "plain text");
        JsonNode invalid =
                api.body(api.post("/api/ciphers", reader.token(), unreadable).andExpect(status().isBadRequest()));
        assertThat(invalid.get("message").asText()).isEqualTo("The model state is invalid.");
        assertThat(invalid.at("/validationErrors/name/0").asText()).isNotBlank();

        ColdClient stranger = api.signUp("Stranger");
        assertThat(api.body(api.put(itemPath + "/delete", stranger.token(), Map.of())
                                .andExpect(status().isNotFound()))
                        .get("object")
                        .asText())
                .isEqualTo("error");
        assertThat(api.body(api.get("/api/organizations/" + organization.id + "/users", reader.token())
                                .andExpect(status().isBadRequest()))
                        .get("object")
                        .asText())
                .isEqualTo("error");
        mvc.perform(MockMvcRequestBuilders.put(itemPath + "/delete")).andExpect(status().isUnauthorized());
        // the native API keeps its problem+json and its 403
        api.put(
                        "/items/" + created.get("id").asText(),
                        reader.token(),
                        Items.with(
                                Items.login(organizationKey, "wifi", "u", "p"),
                                "lastKnownRevisionDate",
                                created.get("revisionDate").asText()))
                .andExpect(status().isForbidden());
    }

    @Test
    void anOwnerConfirmsAMemberAndManagesCollectionsAndFolders() throws Exception {
        PortalTestClient api = new PortalTestClient(mvc);
        Scenario.Organization organization = new Scenario(api, jdbc).own("Woodgrove", 5);
        ColdClient owner = organization.admin;
        String path = "/api/organizations/" + organization.id;
        Scenario.Member member = organization.invite("Member", "USER", List.of());
        api.post(
                        "/organizations/" + organization.id + "/users/" + member.id() + "/accept",
                        member.token(),
                        Map.of(
                                "token",
                                new Scenario(api, jdbc)
                                        .invitationToken(member.account().email())))
                .andExpect(status().isNoContent());

        JsonNode listed = find(
                api.body(api.get(path + "/users", owner.token()).andExpect(status().isOk()))
                        .get("data"),
                member.id());
        assertThat(listed.get("status").asInt()).isEqualTo(1);
        JsonNode details =
                api.body(api.get(path + "/users/" + member.id(), owner.token()).andExpect(status().isOk()));
        String publicKey = api.body(
                        api.get("/api/users/" + details.get("userId").asText() + "/public-key", owner.token())
                                .andExpect(status().isOk()))
                .get("publicKey")
                .asText();
        SymmetricKey organizationKey = owner.organizationKey(organization.id);
        api.post(
                        path + "/users/" + member.id() + "/confirm",
                        owner.token(),
                        Map.of(
                                "key",
                                ClientCrypto.wrap(publicKey, organizationKey.toBytes()),
                                "defaultUserCollectionName",
                                "2.x|y|z"))
                .andExpect(status().isOk());
        JsonNode membership =
                find(api.body(api.get("/api/sync", member.token())).at("/profile/organizations"), organization.id);
        assertThat(member.account().open(membership.get("key").asText())).isEqualTo(organizationKey);

        JsonNode collection = api.body(api.post(
                        path + "/collections",
                        owner.token(),
                        Map.of(
                                "name",
                                ClientCrypto.encrypt(organizationKey, "Finance"),
                                "externalId",
                                "fin",
                                "users",
                                List.of(Map.of(
                                        "id", member.id(), "readOnly", true, "hidePasswords", false, "manage", false)),
                                "groups",
                                List.of()))
                .andExpect(status().isOk()));
        String collectionPath = path + "/collections/" + collection.get("id").asText();
        JsonNode access =
                api.body(api.get(collectionPath + "/details", owner.token()).andExpect(status().isOk()));
        assertThat(access.at("/users/0/id").asText()).isEqualTo(member.id().toString());
        assertThat(access.get("externalId").asText()).isEqualTo("fin");
        api.put(collectionPath, owner.token(), Map.of("name", ClientCrypto.encrypt(organizationKey, "Finance EU")))
                .andExpect(status().isBadRequest());
        api.put(
                        collectionPath,
                        owner.token(),
                        Map.of(
                                "name",
                                ClientCrypto.encrypt(organizationKey, "Finance EU"),
                                "users",
                                List.of(),
                                "groups",
                                List.of()))
                .andExpect(status().isOk());
        JsonNode renamed = find(
                api.body(api.get(path + "/collections", owner.token())).get("data"),
                UUID.fromString(collection.get("id").asText()));
        assertThat(ClientCrypto.decryptToString(
                        organizationKey, renamed.get("name").asText()))
                .isEqualTo("Finance EU");
        assertThat(api.body(api.get("/api/sync", member.token()))
                        .get("collections")
                        .toString())
                .doesNotContain(collection.get("id").asText());
        api.delete(collectionPath, owner.token()).andExpect(status().isOk());
        assertThat(api.body(api.get(path + "/collections", owner.token()))
                        .get("data")
                        .toString())
                .doesNotContain(collection.get("id").asText());

        JsonNode folder = api.body(api.post(
                        "/api/folders", owner.token(), Map.of("name", ClientCrypto.encrypt(owner.userKey(), "Work")))
                .andExpect(status().isOk()));
        api.put(
                        "/api/folders/" + folder.get("id").asText(),
                        owner.token(),
                        Map.of("name", ClientCrypto.encrypt(owner.userKey(), "Office")))
                .andExpect(status().isOk());
        JsonNode folders = api.body(api.get("/api/sync", owner.token())).get("folders");
        assertThat(ClientCrypto.decryptToString(
                        owner.userKey(),
                        find(folders, UUID.fromString(folder.get("id").asText()))
                                .get("name")
                                .asText()))
                .isEqualTo("Office");
        api.delete("/api/folders/" + folder.get("id").asText(), member.token()).andExpect(status().isNotFound());
        api.delete("/api/folders/" + folder.get("id").asText(), owner.token()).andExpect(status().isOk());
    }

    @Test
    void aServiceUsersSyncHoldsTheProviderAndTheClientsItAdministers() throws Exception {
        PortalTestClient api = new PortalTestClient(mvc);
        Scenario scenario = new Scenario(api, jdbc);
        Scenario.Provider provider = scenario.provider("Adatum");
        Scenario.Organization client = scenario.client(provider, "Litware", 5);
        Scenario.Member technician = provider.confirmed("Technician", "SERVICE_USER");

        JsonNode profile = api.body(api.get("/api/sync", technician.token()).andExpect(status().isOk()))
                .get("profile");
        JsonNode providerEntry = find(profile.get("providers"), provider.id);
        assertThat(providerEntry.get("type").asInt()).isEqualTo(1);
        SymmetricKey providerKey =
                technician.account().open(providerEntry.get("key").asText());
        assertThat(providerKey).isEqualTo(technician.account().providerKey(provider.id));
        JsonNode clientEntry = find(profile.get("providerOrganizations"), client.id);
        assertThat(clientEntry.get("providerId").asText()).isEqualTo(provider.id.toString());
        assertThat(SymmetricKey.of(
                        ClientCrypto.decrypt(providerKey, clientEntry.get("key").asText())))
                .isEqualTo(client.admin.organizationKey(client.id));
        assertThat(ids(profile.get("organizations"))).doesNotContain(client.id.toString());

        JsonNode members = api.body(api.get("/api/organizations/" + client.id + "/users", technician.token())
                        .andExpect(status().isOk()))
                .get("data");
        assertThat(members.toString()).contains(client.admin.email());
        ColdClient stranger = api.signUp("Outsider");
        assertThat(api.body(api.get("/api/sync", stranger.token())).at("/profile/providerOrganizations"))
                .isEmpty();
        api.get("/api/organizations/" + client.id + "/users", stranger.token()).andExpect(status().isNotFound());
    }

    /** A Login in Bitwarden's cipher shape, every field encrypted under the key. */
    private static Map<String, Object> cipher(SymmetricKey key, String name) {
        Map<String, Object> cipher = new HashMap<>();
        cipher.put("type", 1);
        cipher.put("name", ClientCrypto.encrypt(key, name));
        cipher.put("notes", null);
        cipher.put("favorite", false);
        cipher.put("reprompt", 0);
        cipher.put(
                "login",
                Map.of(
                        "username",
                        ClientCrypto.encrypt(key, "user-" + name),
                        "password",
                        ClientCrypto.encrypt(key, "pw-" + name),
                        "uris",
                        List.of(Map.of(
                                "uri",
                                ClientCrypto.encrypt(key, "https://" + name + ".test"),
                                "uriChecksum",
                                ClientCrypto.encrypt(key, "checksum")))));
        cipher.put("encryptedFor", UUID.randomUUID());
        return cipher;
    }
}
