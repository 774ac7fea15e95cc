package io.providerportal.platform.test;

import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.providerportal.client.ClientCrypto;
import io.providerportal.client.ClientCrypto.SymmetricKey;
import io.providerportal.client.UnlockedKeys;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;
import java.util.UUID;
import java.util.stream.StreamSupport;
import org.springframework.test.web.servlet.ResultActions;

/**
 * A client that holds nothing but an email and a master password, as a real one does: it logs in, unlocks its own
 * keys from the token response, and fetches every other key from the server, wrapped. Tests act through it
 * wherever keys matter, so that nothing one actor holds ever reaches another except through the server.
 */
public final class ColdClient {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final PortalTestClient api;
    private final String email;
    private final UUID userId;
    private final String token;
    private final UnlockedKeys keys;
    private final String masterPasswordHash;

    private ColdClient(
            PortalTestClient api,
            String email,
            UUID userId,
            String token,
            UnlockedKeys keys,
            String masterPasswordHash) {
        this.api = api;
        this.email = email;
        this.userId = userId;
        this.token = token;
        this.keys = keys;
        this.masterPasswordHash = masterPasswordHash;
    }

    /** Logs in as a client does: the KDF settings from prelogin, the hash to the token endpoint, keys unlocked. */
    public static ColdClient logIn(PortalTestClient api, String email, String password) throws Exception {
        int iterations = api.body(api.prelogin(email).andExpect(status().isOk()))
                .get("kdfIterations")
                .asInt();
        byte[] masterKey = ClientCrypto.masterKey(email, password, iterations);
        String masterPasswordHash = ClientCrypto.masterPasswordHash(masterKey, password);
        JsonNode answer = api.body(api.passwordGrant(email, masterPasswordHash).andExpect(status().isOk()));
        String token = answer.get("access_token").asText();
        UnlockedKeys keys = UnlockedKeys.unlock(
                masterKey, answer.get("Key").asText(), answer.get("PrivateKey").asText());
        return new ColdClient(api, email, subject(token), token, keys, masterPasswordHash);
    }

    public String email() {
        return email;
    }

    public UUID userId() {
        return userId;
    }

    public String token() {
        return token;
    }

    /** What the server asks for again before a change that cannot be undone, derived as at log-in. */
    public String masterPasswordHash() {
        return masterPasswordHash;
    }

    /** This account's public key, known from its own private key. */
    public String publicKey() {
        return keys.publicKey();
    }

    public SymmetricKey userKey() {
        return keys.userKey();
    }

    /** Opens a key the server handed out wrapped for this account (EncString type 4). */
    public SymmetricKey open(String wrappedForMe) {
        return keys.open(wrappedForMe);
    }

    /** The owner of a new provider creates the provider key and keeps it wrapped for themselves on the server. */
    public ResultActions setUpProvider(UUID providerId) throws Exception {
        return api.post(
                "/providers/" + providerId + "/setup",
                token,
                Map.of(
                        "key",
                        ClientCrypto.wrap(
                                keys.publicKey(), SymmetricKey.random().toBytes())));
    }

    /** The provider key, from this member's own copy in {@code GET /providers}. */
    public SymmetricKey providerKey(UUID providerId) throws Exception {
        JsonNode provider = StreamSupport.stream(
                        api.body(api.get("/providers", token).andExpect(status().isOk()))
                                .get("data")
                                .spliterator(),
                        false)
                .filter(entry -> entry.get("id").asText().equals(providerId.toString()))
                .findFirst()
                .orElseThrow(() -> new AssertionError("not a member of provider " + providerId));
        return keys.open(provider.get("key").asText());
    }

    /**
     * The organization key, from {@code GET /organizations/{id}}: a member's own copy opens with the private key,
     * a provider member's copy with the provider key, itself fetched.
     */
    public SymmetricKey organizationKey(UUID organizationId) throws Exception {
        JsonNode organization =
                api.body(api.get("/organizations/" + organizationId, token).andExpect(status().isOk()));
        String key = organization.get("key").asText();
        return key.startsWith("4.")
                ? keys.open(key)
                : UnlockedKeys.open(
                        providerKey(
                                UUID.fromString(organization.get("providerId").asText())),
                        key);
    }

    /** Another account's public key, as the server lets this client see it. */
    public String publicKeyOf(UUID otherUserId) throws Exception {
        return api.body(api.get("/users/" + otherUserId + "/public-key", token).andExpect(status().isOk()))
                .get("publicKey")
                .asText();
    }

    /** A key wrapped for another account, with the public key the server serves for it. */
    public String wrapFor(UUID otherUserId, SymmetricKey key) throws Exception {
        return ClientCrypto.wrap(publicKeyOf(otherUserId), key.toBytes());
    }

    private static UUID subject(String jwt) throws Exception {
        byte[] payload = Base64.getUrlDecoder().decode(jwt.split("\\.")[1]);
        return UUID.fromString(JSON.readTree(new String(payload, StandardCharsets.UTF_8))
                .get("sub")
                .asText());
    }

    @Override
    public String toString() {
        return "ColdClient[" + email + "]";
    }
}
