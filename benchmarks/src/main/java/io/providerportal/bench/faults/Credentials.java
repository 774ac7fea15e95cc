package io.providerportal.bench.faults;

import io.providerportal.bench.http.Portal;
import io.providerportal.client.ClientAccount;
import java.util.UUID;

/**
 * All a user of the suite holds: an email and a password. Registration makes the account's keys on this side, as a
 * client does, and then forgets them; every later key comes from the server through {@link Device#logIn}.
 */
record Credentials(UUID userId, String email, String password) {

    private static final int KDF_ITERATIONS = 600_000;

    static Credentials register(Portal commandSide, String name, String runTag) {
        String email = name.toLowerCase() + "-" + runTag + "-" + UUID.randomUUID() + "@faults.test";
        String password = "fault suite " + name + " " + UUID.randomUUID();
        ClientAccount account = ClientAccount.create(email, name, password, KDF_ITERATIONS);
        UUID id = UUID.fromString(commandSide
                .post("/identity/accounts/register", null, account.registrationJson())
                .expect(201)
                .get("id")
                .asText());
        return new Credentials(id, account.email(), password);
    }

    @Override
    public String toString() {
        return "Credentials[" + email + "]";
    }
}
