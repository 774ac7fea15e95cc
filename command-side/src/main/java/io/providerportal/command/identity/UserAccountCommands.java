package io.providerportal.command.identity;

import io.providerportal.events.identity.KdfType;
import java.util.UUID;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** The commands of the {@link UserAccount} aggregate. */
final class UserAccountCommands {

    private UserAccountCommands() {}

    record GrantAuditorRole(@TargetAggregateIdentifier UUID userId) {}

    record RevokeAuditorRole(@TargetAggregateIdentifier UUID userId) {}

    /** Registers an account; {@code credentialHash} is the server's slow hash of the client's master password hash. */
    record RegisterUser(
            @TargetAggregateIdentifier UUID userId,
            String email,
            String name,
            KdfType kdf,
            int kdfIterations,
            String key,
            String publicKey,
            String encryptedPrivateKey,
            String credentialHash) {

        @Override
        public String toString() {
            return "RegisterUser[userId=" + userId + ", email=" + email + "]";
        }
    }
}
