package io.providerportal.standalone;

import io.providerportal.client.ClientCrypto;
import io.providerportal.client.ClientCrypto.SymmetricKey;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Vault items as a client builds them: every secret encrypted with the test crypto helper. */
final class Items {

    private Items() {}

    /** A Login whose name, username and password are encrypted from the given plaintexts. */
    static Map<String, Object> login(SymmetricKey key, String name, String username, String password) {
        Map<String, Object> item = new HashMap<>();
        item.put("type", "LOGIN");
        item.put("name", ClientCrypto.encrypt(key, name));
        item.put(
                "login",
                Map.of(
                        "username",
                        ClientCrypto.encrypt(key, username),
                        "password",
                        ClientCrypto.encrypt(key, password),
                        "totp",
                        ClientCrypto.encrypt(key, "JBSWY3DPEHPK3PXP"),
                        "uris",
                        List.of(Map.of("uri", ClientCrypto.encrypt(key, "https://" + name + ".test"), "match", 0))));
        item.put(
                "passwordHistory",
                List.of(Map.of(
                        "password",
                        ClientCrypto.encrypt(key, "old-" + password),
                        "lastUsedDate",
                        "2026-01-01T00:00:00Z")));
        return item;
    }

    static Map<String, Object> inOrganization(Map<String, Object> item, UUID organizationId, UUID... collections) {
        Map<String, Object> copy = new HashMap<>(item);
        copy.put("organizationId", organizationId);
        copy.put("collectionIds", List.of(collections));
        return copy;
    }

    static Map<String, Object> with(Map<String, Object> item, String field, Object value) {
        Map<String, Object> copy = new HashMap<>(item);
        copy.put(field, value);
        return copy;
    }
}
