package io.providerportal.client;

import io.providerportal.client.ClientCrypto.SymmetricKey;
import java.security.KeyPair;
import java.util.Locale;

/**
 * Everything a Bitwarden client generates when a user registers, kept together so that a test or the
 * command-line client can both register the account and later decrypt what the server hands back.
 *
 * @param protectedUserKey type-2 EncString of {@code userKey.toBytes()} under the stretched master key
 * @param publicKey base64 SubjectPublicKeyInfo DER of {@code keyPair}
 * @param encryptedPrivateKey type-2 EncString of the PKCS#8 DER private key under {@code userKey}
 */
public record ClientAccount(
        String email,
        String name,
        String password,
        int kdfIterations,
        String masterPasswordHash,
        SymmetricKey userKey,
        String protectedUserKey,
        KeyPair keyPair,
        String publicKey,
        String encryptedPrivateKey) {

    /**
     * Generates fresh keys for a new account. The email is trimmed and lower-cased as Bitwarden
     * clients do, so the registered address matches the KDF salt.
     */
    public static ClientAccount create(String email, String name, String password, int kdfIterations) {
        String normalizedEmail = email.trim().toLowerCase(Locale.ROOT);
        byte[] masterKey = ClientCrypto.masterKey(normalizedEmail, password, kdfIterations);
        SymmetricKey userKey = SymmetricKey.random();
        KeyPair keyPair = ClientCrypto.rsaKeyPair();
        return new ClientAccount(
                normalizedEmail,
                name,
                password,
                kdfIterations,
                ClientCrypto.masterPasswordHash(masterKey, password),
                userKey,
                ClientCrypto.encrypt(ClientCrypto.stretch(masterKey), userKey.toBytes()),
                keyPair,
                ClientCrypto.publicKeyB64(keyPair),
                ClientCrypto.encrypt(userKey, keyPair.getPrivate().getEncoded()));
    }

    /** The body of {@code POST /identity/accounts/register}; {@code kdf} 0 means PBKDF2-SHA256. */
    public String registrationJson() {
        return Json.write(Json.object()
                .put("email", email)
                .put("name", name)
                .put("masterPasswordHash", masterPasswordHash)
                .put("key", protectedUserKey)
                .put("kdf", 0)
                .put("kdfIterations", kdfIterations)
                .set(
                        "keys",
                        Json.object().put("publicKey", publicKey).put("encryptedPrivateKey", encryptedPrivateKey)));
    }

    /** Wraps a key for this account, as the server or another member would when sharing one with it. */
    public String wrapForMe(byte[] key) {
        return ClientCrypto.wrap(publicKey, key);
    }

    /** Opens a type-4 EncString addressed to this account, such as an organisation key. */
    public byte[] unwrapForMe(String encString) {
        return ClientCrypto.unwrap(keyPair.getPrivate(), encString);
    }

    /** Never prints the password or key material. */
    @Override
    public String toString() {
        return "ClientAccount[email=" + email + ", name=" + name + ", kdfIterations=" + kdfIterations + "]";
    }
}
