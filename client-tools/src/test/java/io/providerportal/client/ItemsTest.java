package io.providerportal.client;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.providerportal.client.ClientCrypto.SymmetricKey;
import org.junit.jupiter.api.Test;

class ItemsTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String ITEM_ID = "0c9e4f7a-2b1d-4c3e-9f8a-7b6c5d4e3f2a";
    private static final String ORG_ID = "3f1c8a52-6a0e-4a4b-9d2e-0c6f4b8e1a27";

    @Test
    void aPersonalItemBodyHasEveryFieldEncryptedAndNoOrganization() {
        SymmetricKey userKey = SymmetricKey.random();

        ObjectNode body =
                Items.createBody(userKey, new Items.Login("Mail", "alice", "s3cret", "https://mail.test"), null, null);

        assertThat(body.get("type").asText()).isEqualTo("LOGIN");
        assertThat(ClientCrypto.decryptToString(userKey, body.get("name").asText()))
                .isEqualTo("Mail");
        JsonNode login = body.get("login");
        assertThat(ClientCrypto.decryptToString(userKey, login.get("username").asText()))
                .isEqualTo("alice");
        assertThat(ClientCrypto.decryptToString(userKey, login.get("password").asText()))
                .isEqualTo("s3cret");
        assertThat(ClientCrypto.decryptToString(userKey, login.at("/uris/0/uri").asText()))
                .isEqualTo("https://mail.test");
        assertThat(login.at("/uris/0/match").isNull()).isTrue();
        assertThat(body.get("reprompt").isBoolean()).isTrue();
        assertThat(body.get("favorite").asBoolean()).isFalse();
        assertThat(body.has("organizationId")).isFalse();
        assertThat(body.has("collectionIds")).isFalse();
        assertThat(body.toString()).doesNotContain("alice", "s3cret", "mail.test");
    }

    @Test
    void anOrganizationItemBodyNamesItsCollection() {
        ObjectNode body = Items.createBody(
                SymmetricKey.random(),
                new Items.Login("Router", null, null, null),
                ORG_ID,
                "c0ffee00-0000-4000-8000-000000000001");

        assertThat(body.get("organizationId").asText()).isEqualTo(ORG_ID);
        assertThat(body.get("collectionIds")).hasSize(1);
        assertThat(body.at("/login/username").isNull()).isTrue();
        assertThat(body.at("/login/uris")).isEmpty();
    }

    @Test
    void decryptsAnItemAsTheServerAnswersIt() throws Exception {
        SymmetricKey userKey = SymmetricKey.random();
        JsonNode item = JSON.readTree("""
                {"id":"%s","organizationId":null,"type":"LOGIN","key":null,"reprompt":false,
                 "data":{"name":"%s","login":{"username":"%s","password":"%s",
                   "uris":[{"uri":"%s","match":null},{"uri":"%s","match":3}]}},"collectionIds":[]}
                """.formatted(
                        ITEM_ID,
                        enc(userKey, "Mail"),
                        enc(userKey, "alice"),
                        enc(userKey, "s3cret"),
                        enc(userKey, "https://a.test"),
                        enc(userKey, "https://b.test")));

        JsonNode clear = Items.decrypt(item, userKey);

        assertThat(clear).isEqualTo(JSON.readTree("""
                {"id":"%s","organizationId":null,"type":"LOGIN","name":"Mail","username":"alice",
                 "password":"s3cret","uris":["https://a.test","https://b.test"]}""".formatted(ITEM_ID)));
    }

    @Test
    void anItemWithItsOwnKeyIsDecryptedWithThatKey() throws Exception {
        SymmetricKey organizationKey = SymmetricKey.random();
        SymmetricKey itemKey = SymmetricKey.random();
        JsonNode item = JSON.readTree("""
                {"id":"%s","organizationId":"%s","type":"LOGIN","key":"%s",
                 "data":{"name":"%s","login":{"password":"%s"}}}
                """.formatted(
                        ITEM_ID,
                        ORG_ID,
                        ClientCrypto.encrypt(organizationKey, itemKey.toBytes()),
                        enc(itemKey, "Router"),
                        enc(itemKey, "admin123")));

        JsonNode clear = Items.decrypt(item, organizationKey);

        assertThat(clear.get("name").asText()).isEqualTo("Router");
        assertThat(clear.get("password").asText()).isEqualTo("admin123");
        assertThat(clear.get("username").isNull()).isTrue();
        assertThat(clear.get("organizationId").asText()).isEqualTo(ORG_ID);
        assertThat(clear.get("uris")).isEmpty();
    }

    @Test
    void aCreatedBodyReadsBackOnceTheServerHasStoredIt() throws Exception {
        SymmetricKey userKey = SymmetricKey.random();
        ObjectNode body =
                Items.createBody(userKey, new Items.Login("Mail", "alice", "s3cret", "https://mail.test"), null, null);
        // The server keeps name, notes and the type's section as the item's data and passes it back as it is.
        ObjectNode stored = JSON.createObjectNode().put("id", ITEM_ID).put("type", "LOGIN");
        stored.putNull("organizationId");
        stored.putObject("data").put("name", body.get("name").asText()).set("login", body.get("login"));

        JsonNode clear = Items.decrypt(stored, userKey);

        assertThat(clear.get("name").asText()).isEqualTo("Mail");
        assertThat(clear.get("username").asText()).isEqualTo("alice");
        assertThat(clear.get("uris").get(0).asText()).isEqualTo("https://mail.test");
    }

    private static String enc(SymmetricKey key, String text) {
        return ClientCrypto.encrypt(key, text);
    }
}
