package io.providerportal.command.identity;

import java.util.UUID;

/** What the token endpoint hands back to a client that logs in: its KDF settings and encrypted keys. */
public record DirectoryUser(UUID userId, String email, String name, int kdf, int kdfIterations, String key,
        String publicKey, String encryptedPrivateKey) {
}
