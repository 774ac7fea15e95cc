package io.providerportal.platform.test;

import static org.awaitility.Awaitility.await;

import io.providerportal.client.ClientCrypto;
import java.time.Duration;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.jdbc.core.simple.JdbcClient;

/** What the tests of both sides share about invitations and opaque keys. */
public final class Scenarios {

    /** A well-formed key wrapped for a key pair nobody holds: for tests of who may send one, not of what it opens. */
    public static final String WRAPPED_FOR_NOBODY = ClientCrypto.wrap(
            ClientCrypto.publicKeyB64(ClientCrypto.rsaKeyPair()),
            ClientCrypto.SymmetricKey.random().toBytes());

    private static final Pattern LINK = Pattern.compile("https?://\\S+/accept\\?token=[A-Za-z0-9_.-]+");
    private static final Pattern TOKEN = Pattern.compile("token=([A-Za-z0-9_.-]+)");

    private Scenarios() {}

    /** The accept link of the newest invitation mail to the address: what the invited user clicks. */
    public static String invitationLink(JdbcClient jdbc, String email) {
        String body = await().atMost(Duration.ofSeconds(10))
                .until(
                        () -> jdbc.sql(
                                        "select body from mail_outbox where recipient = ? order by created_at desc limit 1")
                                .param(email)
                                .query(String.class)
                                .optional(),
                        Optional::isPresent)
                .orElseThrow();
        Matcher matcher = LINK.matcher(body);
        if (!matcher.find()) {
            throw new IllegalStateException("No accept link in " + body);
        }
        return matcher.group();
    }

    /**
     * The accept token of the invitation mail for one membership: waits for that very mail, as a user invited a
     * second time may still hold only the first.
     */
    public static String invitationToken(JdbcClient jdbc, String email, UUID membershipId) {
        String path = "/users/" + membershipId + "/accept?token=";
        String body = await().atMost(Duration.ofSeconds(10))
                .until(
                        () -> jdbc
                                .sql("select body from mail_outbox where recipient = ? order by created_at desc")
                                .param(email)
                                .query(String.class)
                                .list()
                                .stream()
                                .filter(mail -> mail.contains(path))
                                .findFirst(),
                        Optional::isPresent)
                .orElseThrow();
        Matcher links = LINK.matcher(body);
        while (links.find()) {
            if (links.group().contains(path)) {
                return token(links.group());
            }
        }
        throw new IllegalStateException("No accept link for " + membershipId + " in " + body);
    }

    /** The accept token of the newest invitation mail to the address. */
    public static String invitationToken(JdbcClient jdbc, String email) {
        return token(invitationLink(jdbc, email));
    }

    public static String token(String link) {
        Matcher matcher = TOKEN.matcher(link);
        if (!matcher.find()) {
            throw new IllegalArgumentException("No token in " + link);
        }
        return matcher.group(1);
    }
}
