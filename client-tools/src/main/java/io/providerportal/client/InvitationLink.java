package io.providerportal.client;

import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The link of an invitation mail, {@code {publicUrl}/providers|organizations/{id}/users/{memberId}/accept?token=T}.
 * Only its accept path and token are used: the request goes to {@code --server}, which need not be the address
 * the mail was written with (a proxy's, say).
 *
 * @param path the accept path, from {@code /providers} or {@code /organizations} on
 */
record InvitationLink(String path, String token) {

    private static final String ID = "[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}";
    /** At the end of the link's path, so that a public URL with a path of its own is passed over. */
    private static final Pattern ACCEPT_PATH =
            Pattern.compile("(/(?:providers|organizations)/" + ID + "/users/" + ID + "/accept)/?$");

    private static final Pattern LINK = Pattern.compile("https?://\\S+/accept\\?token=\\S+");

    /** @throws UsageException if the link is not an invitation link */
    static InvitationLink parse(String link) {
        URI uri;
        try {
            uri = new URI(link.trim());
        } catch (URISyntaxException e) {
            throw new UsageException("--link is not a valid URL");
        }
        Matcher path = ACCEPT_PATH.matcher(uri.getPath() == null ? "" : uri.getPath());
        if (!path.find()) {
            throw new UsageException("--link is not an invitation link (…/providers|organizations/ID/users/ID/accept)");
        }
        String token = queryParameter(uri.getRawQuery(), "token");
        if (token == null || token.isEmpty()) {
            throw new UsageException("--link has no token");
        }
        return new InvitationLink(path.group(1), token);
    }

    /**
     * The invitation link of a mail saved as a file, as the embedded default writes them: waits up to
     * {@code patience} for the file, since mails leave the outbox a moment after the invitation.
     */
    static InvitationLink fromMail(Path mail, Duration patience) throws InterruptedException {
        long giveUp = System.nanoTime() + patience.toNanos();
        while (true) {
            try {
                Matcher link = LINK.matcher(Files.readString(mail));
                if (link.find()) {
                    return parse(link.group());
                }
            } catch (IOException notYet) {
                // not written yet (the portal writes each mail whole, in one move)
            }
            if (System.nanoTime() - giveUp > 0) {
                throw new CommandFailure("no invitation link in " + mail + " after " + patience.toSeconds() + " s");
            }
            Thread.sleep(100);
        }
    }

    /** Percent-decoded; a '+' is kept as it is, since a token written into the link unencoded may hold one. */
    private static String queryParameter(String rawQuery, String name) {
        if (rawQuery == null) {
            return null;
        }
        for (String pair : rawQuery.split("&")) {
            int eq = pair.indexOf('=');
            if (eq > 0 && pair.substring(0, eq).equals(name)) {
                try {
                    return URLDecoder.decode(pair.substring(eq + 1).replace("+", "%2B"), StandardCharsets.UTF_8);
                } catch (IllegalArgumentException e) {
                    throw new UsageException("--link has a malformed " + name);
                }
            }
        }
        return null;
    }

    /** Never prints the token. */
    @Override
    public String toString() {
        return "InvitationLink[" + path + "]";
    }
}
