package io.providerportal.bench.myvault;

import io.providerportal.client.ClientCrypto;
import io.providerportal.client.ClientCrypto.SymmetricKey;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Login items shaped like a real user's: name, notes, username, password, TOTP, two URIs, a custom field and one
 * old password, every one an EncString under the organization key; about 1.3 KB of EncStrings per item.
 */
public final class LoginItems {

    private LoginItems() {}

    public static Map<String, Object> login(SymmetricKey key, int n, UUID organizationId, List<UUID> collectionIds) {
        String site = "site" + n + ".example";
        Map<String, Object> item = new LinkedHashMap<>();
        item.put("type", "LOGIN");
        item.put("organizationId", organizationId);
        item.put("collectionIds", collectionIds);
        item.put("name", enc(key, "Login for " + site));
        item.put(
                "notes",
                enc(
                        key,
                        "Shared account of the support team; rotate every quarter. Ask IT before"
                                + " changing the recovery email. Ticket #" + (10_000 + n)));
        item.put(
                "login",
                Map.of(
                        "username", enc(key, "support-" + n + "@customer.example"),
                        "password", enc(key, UUID.randomUUID().toString().substring(0, 20)),
                        "totp", enc(key, "otpauth://totp/" + site + "?secret=JBSWY3DPEHPK3PXP"),
                        "uris",
                                List.of(
                                        Map.of("uri", enc(key, "https://" + site + "/login"), "match", 0),
                                        Map.of("uri", enc(key, "https://admin." + site), "match", 1))));
        item.put("fields", List.of(Map.of("name", enc(key, "PIN"), "value", enc(key, "4711"), "type", 1)));
        item.put(
                "passwordHistory",
                List.of(Map.of("password", enc(key, "old-password-" + n), "lastUsedDate", "2026-01-01T00:00:00Z")));
        return item;
    }

    private static String enc(SymmetricKey key, String text) {
        return ClientCrypto.encrypt(key, text);
    }
}
