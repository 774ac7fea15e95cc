package io.providerportal.client;

import com.fasterxml.jackson.databind.JsonNode;
import io.providerportal.client.ClientCrypto.SymmetricKey;
import java.io.IOException;

/**
 * The shared keys a user holds only as the server stores them for that user, opened with the session's keys: a
 * provider key wrapped for each confirmed member, an organization key wrapped for each confirmed member or, for
 * a client organization, under the key of its managing provider.
 */
final class ServerKeys {

    private ServerKeys() {}

    /** The provider key, from the caller's own entry in {@code GET /providers}. */
    static SymmetricKey providerKey(Session session, String providerId) throws IOException, InterruptedException {
        for (JsonNode provider : Json.data(session.get("/providers"))) {
            if (providerId.equalsIgnoreCase(Json.text(provider, "id"))) {
                String key = Json.text(provider, "key");
                if (key == null) {
                    throw new CommandFailure("you hold no key of provider " + providerId + " (status "
                            + Json.text(provider, "status") + "; is it set up and are you confirmed?)");
                }
                return session.keys().open(key);
            }
        }
        throw new CommandFailure("you are not a member of provider " + providerId);
    }

    /** The organization key, by whichever way the caller holds it: as its member or through its provider. */
    static SymmetricKey organizationKey(Session session, String organizationId)
            throws IOException, InterruptedException {
        JsonNode organization = session.get("/organizations/" + organizationId);
        String key = Json.text(organization, "key");
        if (key == null) {
            throw new CommandFailure("you hold no key of organization " + organizationId);
        }
        if (key.startsWith("4.")) {
            return session.keys().open(key);
        }
        String providerId = Json.text(organization, "providerId");
        if (key.startsWith("2.") && providerId != null) {
            return UnlockedKeys.open(providerKey(session, providerId), key);
        }
        throw new CommandFailure("the key of organization " + organizationId + " is of no kind you can open");
    }
}
