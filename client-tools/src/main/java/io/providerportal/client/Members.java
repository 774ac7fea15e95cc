package io.providerportal.client;

import com.fasterxml.jackson.databind.JsonNode;
import io.providerportal.client.ClientCrypto.SymmetricKey;
import java.io.IOException;

/**
 * Members of a provider or an organization, which the API lays out alike under {@code /providers/{id}} and
 * {@code /organizations/{id}}: looked up by email, and confirmed by handing them the shared key.
 */
final class Members {

    private Members() {}

    /** The member's entry in {@code GET {tenant}/users}, matched on the normalised email. */
    static JsonNode byEmail(Session session, String tenantPath, String email) throws IOException, InterruptedException {
        String wanted = Session.normalize(email);
        for (JsonNode member : Json.data(session.get(tenantPath + "/users"))) {
            String memberEmail = Json.text(member, "email");
            if (memberEmail != null && Session.normalize(memberEmail).equals(wanted)) {
                return member;
            }
        }
        throw new CommandFailure("no member " + wanted + " in " + tenantPath);
    }

    /**
     * Confirms an accepted member: their public key comes from the server, the shared key is wrapped to it, so the
     * server only ever passes on what it cannot read.
     */
    static void confirm(Session session, String tenantPath, String email, SymmetricKey sharedKey)
            throws IOException, InterruptedException {
        JsonNode member = byEmail(session, tenantPath, email);
        String memberId = Json.text(member, "id");
        String status = Json.text(member, "status");
        if (!"ACCEPTED".equalsIgnoreCase(status)) {
            throw new CommandFailure("member " + Session.normalize(email) + " is " + status + ", not ACCEPTED");
        }
        String publicKey = publicKey(session, tenantPath, memberId);
        session.post(
                tenantPath + "/users/" + memberId + "/confirm",
                Json.object().put("key", ClientCrypto.wrap(publicKey, sharedKey.toBytes())));
    }

    private static String publicKey(Session session, String tenantPath, String memberId)
            throws IOException, InterruptedException {
        JsonNode body = Json.object().set("ids", Json.array().add(memberId));
        for (JsonNode entry : Json.data(session.postRead(tenantPath + "/users/public-keys", body))) {
            if (memberId.equalsIgnoreCase(Json.text(entry, "id"))) {
                String key = Json.text(entry, "key");
                if (key != null && !key.isEmpty()) {
                    return key;
                }
            }
        }
        throw new CommandFailure("the server has no public key for member " + memberId);
    }
}
