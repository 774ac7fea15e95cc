package io.providerportal.command.identity;

import io.providerportal.platform.security.SystemRole;
import java.util.List;
import java.util.UUID;

/**
 * What the token endpoint hands back to a client that logs in: its KDF settings and encrypted keys, and whether
 * its access tokens carry the auditor role.
 */
public record DirectoryUser(
        UUID userId,
        String email,
        String name,
        int kdf,
        int kdfIterations,
        String key,
        String publicKey,
        String encryptedPrivateKey,
        boolean auditor) {

    List<SystemRole> roles() {
        return auditor ? List.of(SystemRole.AUDITOR) : List.of();
    }
}
