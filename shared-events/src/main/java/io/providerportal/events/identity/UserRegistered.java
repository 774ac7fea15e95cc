package io.providerportal.events.identity;

import io.providerportal.events.UserEvent;
import java.util.UUID;
import org.axonframework.serialization.Revision;

/**
 * A user account was registered. Holds only what clients need to unlock their vault: KDF settings and the
 * user's keys, each already encrypted on the client. The master password hash never enters the event log.
 *
 * @param key                 the user's symmetric key encrypted with the stretched master key (EncString type 2)
 * @param publicKey           base64 SPKI of the user's RSA key
 * @param encryptedPrivateKey the user's RSA private key encrypted with the user key (EncString type 2)
 */
@Revision("1")
public record UserRegistered(
        UUID userId,
        String email,
        String name,
        KdfType kdf,
        int kdfIterations,
        String key,
        String publicKey,
        String encryptedPrivateKey)
        implements UserEvent {}
