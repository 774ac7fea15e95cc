package io.providerportal.standalone;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.fasterxml.jackson.databind.JsonNode;
import io.providerportal.client.ClientCrypto;
import io.providerportal.platform.test.ColdClient;
import io.providerportal.platform.test.PortalTestClient;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;

/**
 * Who may call the Bitwarden clients' API, and what each caller's sync holds: only the server's configuration is
 * public; a sync holds the caller's own vault and the organizations the caller is a confirmed member of, with the
 * organization key wrapped for them, and nothing of anyone else.
 */
@PortalTest
class BitwardenApiTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Test
    void onlyTheConfigurationIsPublic() throws Exception {
        PortalTestClient api = new PortalTestClient(mvc);
        assertThat(api.body(mvc.perform(MockMvcRequestBuilders.get("/api/config"))
                                .andExpect(status().isOk()))
                        .at("/environment/api")
                        .asText())
                .endsWith("/api");
        mvc.perform(MockMvcRequestBuilders.get("/api/sync")).andExpect(status().isUnauthorized());
        mvc.perform(MockMvcRequestBuilders.get("/api/accounts/revision-date")).andExpect(status().isUnauthorized());
        mvc.perform(MockMvcRequestBuilders.post("/api/accounts/key-management/user-key-id"))
                .andExpect(status().isUnauthorized());
    }

    @Test
    void aSyncHoldsTheCallersOwnVaultAndOrganizationsOnly() throws Exception {
        PortalTestClient api = new PortalTestClient(mvc);
        Scenario scenario = new Scenario(api, jdbc);
        Scenario.Organization organization = scenario.own("Contoso", 5);
        ColdClient owner = organization.admin;
        ColdClient stranger = api.signUp("Stranger");
        UUID ownersItem =
                api.createdId(api.post("/items", owner.token(), Items.login(owner.userKey(), "bank", "owner", "pw"))
                        .andExpect(status().isCreated()));
        UUID strangersItem = api.createdId(
                api.post("/items", stranger.token(), Items.login(stranger.userKey(), "mail", "stranger", "pw"))
                        .andExpect(status().isCreated()));

        JsonNode ownersSync = api.body(api.get("/api/sync", owner.token()).andExpect(status().isOk()));
        JsonNode strangersSync = api.body(api.get("/api/sync", stranger.token()).andExpect(status().isOk()));

        assertThat(ids(ownersSync.get("ciphers")))
                .contains(ownersItem.toString())
                .doesNotContain(strangersItem.toString());
        assertThat(ids(strangersSync.get("ciphers"))).containsExactly(strangersItem.toString());
        assertThat(ClientCrypto.decryptToString(
                        owner.userKey(),
                        find(ownersSync.get("ciphers"), ownersItem).get("name").asText()))
                .isEqualTo("bank");
        assertThat(ownersSync.at("/profile/email").asText()).isEqualTo(owner.email());
        JsonNode unlock = ownersSync.at("/userDecryption/masterPasswordUnlock");
        assertThat(unlock.at("/kdf/kdfType").asInt()).isZero();
        assertThat(unlock.at("/kdf/iterations").asInt()).isEqualTo(5000);
        assertThat(unlock.get("salt").asText()).isEqualTo(owner.email());
        assertThat(unlock.get("masterKeyEncryptedUserKey").asText())
                .isEqualTo(ownersSync.at("/profile/key").asText());
        JsonNode membership = find(ownersSync.at("/profile/organizations"), organization.id);
        assertThat(membership.get("status").asInt()).isEqualTo(2);
        assertThat(membership.get("type").asInt()).isZero();
        assertThat(owner.open(membership.get("key").asText())).isEqualTo(owner.organizationKey(organization.id));
        assertThat(ids(strangersSync.at("/profile/organizations"))).isEmpty();
        assertThat(strangersSync.toString()).doesNotContain(organization.id.toString(), owner.email());
    }

    static List<String> ids(JsonNode array) {
        List<String> ids = new ArrayList<>();
        array.forEach(element -> ids.add(element.get("id").asText()));
        return ids;
    }

    static JsonNode find(JsonNode array, UUID id) {
        for (JsonNode element : array) {
            if (element.get("id").asText().equals(id.toString())) {
                return element;
            }
        }
        throw new AssertionError("no " + id + " in " + array);
    }
}
