package io.providerportal.client;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.providerportal.client.ClientCrypto.SymmetricKey;
import org.junit.jupiter.api.Test;

class NewClientJsonTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void theOrganizationKeyOpensWithTheProviderKeyAndOpensTheCollectionName() throws Exception {
        SymmetricKey providerKey = SymmetricKey.random();

        JsonNode body = JSON.readTree(
                PortalClient.newClientJson(providerKey, "Contoso \"EU\"", "it@contoso.test", "ENTERPRISE", 25));

        assertThat(body.get("name").asText()).isEqualTo("Contoso \"EU\"");
        assertThat(body.get("ownerEmail").asText()).isEqualTo("it@contoso.test");
        assertThat(body.get("plan").asText()).isEqualTo("ENTERPRISE");
        assertThat(body.get("seats").asInt()).isEqualTo(25);
        byte[] organizationKey =
                ClientCrypto.decrypt(providerKey, body.get("key").asText());
        assertThat(organizationKey).hasSize(64);
        assertThat(ClientCrypto.decryptToString(
                        SymmetricKey.of(organizationKey),
                        body.get("collectionName").asText()))
                .isEqualTo("Default collection");
    }

    @Test
    void eachBodyHasAFreshOrganizationKey() throws Exception {
        SymmetricKey providerKey = SymmetricKey.random();

        byte[] first = ClientCrypto.decrypt(
                providerKey,
                JSON.readTree(PortalClient.newClientJson(providerKey, "A", "a@a.test", "TEAMS", 1))
                        .get("key")
                        .asText());
        byte[] second = ClientCrypto.decrypt(
                providerKey,
                JSON.readTree(PortalClient.newClientJson(providerKey, "A", "a@a.test", "TEAMS", 1))
                        .get("key")
                        .asText());

        assertThat(first).isNotEqualTo(second);
    }
}
