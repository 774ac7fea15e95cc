package io.providerportal.client;

import io.providerportal.client.ClientCrypto.SymmetricKey;
import java.security.PrivateKey;

/**
 * What a client holds once it has logged in with nothing but an email and a master password: its user key and its
 * private key, unwrapped from what the token endpoint hands back. Every other key (provider, organization, item)
 * it fetches from the server, wrapped, and opens with these.
 *
 * @param publicKey base64 SubjectPublicKeyInfo DER, derived from the private key
 */
public record UnlockedKeys(SymmetricKey userKey, PrivateKey privateKey, String publicKey) {

    /**
     * Opens the account's keys: the master key from the password (salted with the normalised email), stretched,
     * opens the protected user key, which opens the private key.
     *
     * @param protectedUserKey    the token response's {@code Key}
     * @param encryptedPrivateKey the token response's {@code PrivateKey}
     */
    public static UnlockedKeys unlock(
            String email, String password, int kdfIterations, String protectedUserKey, String encryptedPrivateKey) {
        return unlock(ClientCrypto.masterKey(email, password, kdfIterations), protectedUserKey, encryptedPrivateKey);
    }

    /**
     * As {@link #unlock(String, String, int, String, String)}, for a client that already derived the master key to
     * log in: PBKDF2 with 600,000 rounds is the slowest step of a command, so it is done once.
     */
    public static UnlockedKeys unlock(byte[] masterKey, String protectedUserKey, String encryptedPrivateKey) {
        SymmetricKey userKey = SymmetricKey.of(ClientCrypto.decrypt(ClientCrypto.stretch(masterKey), protectedUserKey));
        PrivateKey privateKey = ClientCrypto.privateKey(ClientCrypto.decrypt(userKey, encryptedPrivateKey));
        return new UnlockedKeys(userKey, privateKey, ClientCrypto.publicKeyB64(privateKey));
    }

    /** Opens a key wrapped for this account (type 4), such as its copy of a provider or organization key. */
    public SymmetricKey open(String wrappedForMe) {
        return SymmetricKey.of(ClientCrypto.unwrap(privateKey, wrappedForMe));
    }

    /** Opens a key wrapped under another symmetric key (type 2), such as a client's key under the provider key. */
    public static SymmetricKey open(SymmetricKey wrapping, String wrapped) {
        return SymmetricKey.of(ClientCrypto.decrypt(wrapping, wrapped));
    }

    /** Never prints key material. */
    @Override
    public String toString() {
        return "UnlockedKeys[redacted]";
    }
}
