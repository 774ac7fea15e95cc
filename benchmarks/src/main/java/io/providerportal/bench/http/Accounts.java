package io.providerportal.bench.http;

import io.providerportal.client.ClientAccount;
import io.providerportal.client.ClientCrypto;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.UUID;

/** Users and tokens, built with the client-side crypto a real client uses. */
public final class Accounts {

    /** The portal's default minimum; registration derives the master key once per user, so the cost is small. */
    private static final int KDF_ITERATIONS = 600_000;

    private Accounts() {}

    /** A newly registered user with a unique email; its id is in {@link Registered#id()}. */
    public static Registered register(Portal portal, String name) {
        ClientAccount account = ClientAccount.create(
                name.toLowerCase() + "-" + UUID.randomUUID() + "@bench.test",
                name,
                "benchmark " + name,
                KDF_ITERATIONS);
        UUID id = UUID.fromString(portal.post("/identity/accounts/register", null, account.registrationJson())
                .expect(201)
                .get("id")
                .asText());
        return new Registered(id, account);
    }

    public record Registered(UUID id, ClientAccount account) {}

    /** Password grant with the master password hash, as a Bitwarden client logs in. */
    public static String login(Portal portal, ClientAccount account) {
        return token(
                portal,
                "grant_type=password&scope=api%20offline_access&client_id=cli&username=" + encode(account.email())
                        + "&password=" + encode(account.masterPasswordHash()));
    }

    public static String operator(Portal portal, String clientId, String secret) {
        return token(
                portal,
                "grant_type=client_credentials&scope=api&client_id=" + encode(clientId) + "&client_secret="
                        + encode(secret));
    }

    /** A fresh symmetric key wrapped with the user's public key: what an organization key looks like. */
    public static String wrappedKey(ClientAccount account, ClientCrypto.SymmetricKey key) {
        return ClientCrypto.wrap(account.publicKey(), key.toBytes());
    }

    private static String token(Portal portal, String form) {
        return portal.form("/identity/connect/token", form)
                .expect(200)
                .get("access_token")
                .asText();
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
