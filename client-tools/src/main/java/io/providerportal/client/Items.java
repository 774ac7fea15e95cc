package io.providerportal.client;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.providerportal.client.ClientCrypto.SymmetricKey;

/**
 * Login items in Bitwarden's cipher shape: every field is a type-2 EncString under the user key (a personal item)
 * or the organization key (an organization item), or under the item's own key when it has one.
 */
final class Items {

    private Items() {}

    /** What a login item holds in clear; {@code null} for what it lacks. */
    record Login(String name, String username, String password, String uri) {}

    /**
     * The body of {@code POST /items}. {@code reprompt} is a boolean because the server's ItemRequest declares it
     * so; {@code organizationId} and {@code collectionIds} are left out for a personal item.
     */
    static ObjectNode createBody(SymmetricKey key, Login item, String organizationId, String collectionId) {
        ObjectNode login = Json.object();
        login.put("username", encrypt(key, item.username()));
        login.put("password", encrypt(key, item.password()));
        ArrayNode uris = login.putArray("uris");
        if (item.uri() != null) {
            uris.addObject().put("uri", encrypt(key, item.uri())).putNull("match");
        }
        ObjectNode body = Json.object().put("type", "LOGIN").put("name", encrypt(key, item.name()));
        body.set("login", login);
        body.put("favorite", false).put("reprompt", false);
        if (organizationId != null) {
            body.put("organizationId", organizationId);
            body.putArray("collectionIds").add(collectionId);
        }
        return body;
    }

    /** The key the item's fields are under: its own key if it has one (wrapped under {@code key}), else {@code key}. */
    static SymmetricKey fieldKey(JsonNode item, SymmetricKey key) {
        String itemKey = Json.text(item, "key");
        return itemKey == null || itemKey.isEmpty() ? key : UnlockedKeys.open(key, itemKey);
    }

    /**
     * An item of {@code GET /items/{id}} in clear, as {@code {id, organizationId, type, name, username, password,
     * uris}}; fields the item lacks are null, {@code uris} is a list of the URIs.
     *
     * @param key the user key for a personal item, the organization key for an organization item
     */
    static ObjectNode decrypt(JsonNode item, SymmetricKey key) {
        SymmetricKey fieldKey = fieldKey(item, key);
        JsonNode data = Json.field(item, "data");
        if (data != null && data.isTextual()) {
            data = Json.parse(data.asText(), "the item's data");
        }
        JsonNode login = Json.field(data, "login");
        ObjectNode out = Json.object()
                .put("id", Json.text(item, "id"))
                .put("organizationId", Json.text(item, "organizationId"))
                .put("type", Json.text(item, "type"))
                .put("name", decrypt(fieldKey, Json.text(data, "name")))
                .put("username", decrypt(fieldKey, Json.text(login, "username")))
                .put("password", decrypt(fieldKey, Json.text(login, "password")));
        ArrayNode uris = out.putArray("uris");
        JsonNode loginUris = Json.field(login, "uris");
        if (loginUris != null && loginUris.isArray()) {
            for (JsonNode uri : loginUris) {
                uris.add(decrypt(fieldKey, Json.text(uri, "uri")));
            }
        }
        return out;
    }

    private static String encrypt(SymmetricKey key, String plaintext) {
        return plaintext == null ? null : ClientCrypto.encrypt(key, plaintext);
    }

    private static String decrypt(SymmetricKey key, String encString) {
        return encString == null ? null : ClientCrypto.decryptToString(key, encString);
    }
}
