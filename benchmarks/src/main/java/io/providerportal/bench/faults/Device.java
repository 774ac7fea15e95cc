package io.providerportal.bench.faults;

import com.fasterxml.jackson.databind.JsonNode;
import io.providerportal.bench.http.Portal;
import io.providerportal.client.ClientCrypto;
import io.providerportal.client.ClientCrypto.SymmetricKey;
import io.providerportal.client.UnlockedKeys;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.UUID;

/**
 * One client of one user, logged in from nothing but the credentials: prelogin for the iterations, the password
 * grant with the master password hash, and the account's keys opened from the token response. Two devices of one
 * user each log in on their own, as two real clients would.
 */
final class Device {

    private final Credentials user;
    private final String token;
    private final UnlockedKeys keys;

    private Device(Credentials user, String token, UnlockedKeys keys) {
        this.user = user;
        this.token = token;
        this.keys = keys;
    }

    static Device logIn(Portal commandSide, Credentials user) {
        int iterations = commandSide
                .post("/identity/accounts/prelogin/password", null, Map.of("email", user.email()))
                .expect(200)
                .get("kdfIterations")
                .asInt();
        byte[] masterKey = ClientCrypto.masterKey(user.email(), user.password(), iterations);
        JsonNode answer = commandSide
                .form(
                        "/identity/connect/token",
                        "grant_type=password&scope=api%20offline_access"
                                + "&client_id=cli&deviceType=25&deviceName=fault-suite&deviceIdentifier="
                                + UUID.randomUUID()
                                + "&username=" + encode(user.email())
                                + "&password=" + encode(ClientCrypto.masterPasswordHash(masterKey, user.password())))
                .expect(200);
        UnlockedKeys keys = UnlockedKeys.unlock(
                masterKey, answer.get("Key").asText(), answer.get("PrivateKey").asText());
        return new Device(user, answer.get("access_token").asText(), keys);
    }

    Credentials user() {
        return user;
    }

    String token() {
        return token;
    }

    SymmetricKey userKey() {
        return keys.userKey();
    }

    String publicKey() {
        return keys.publicKey();
    }

    /** Opens a key the server keeps wrapped for this user (type 4), such as their copy of a provider key. */
    SymmetricKey open(String wrappedForMe) {
        return keys.open(wrappedForMe);
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
