package io.providerportal.client;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.providerportal.client.ClientCrypto.SymmetricKey;
import java.io.IOException;
import java.io.PrintStream;
import java.net.http.HttpClient;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;
import java.util.Set;

/**
 * The commands that act for a user. Each reads and checks all its options first, so a bad command line is refused
 * before anything is sent; then it logs in and takes every key it needs, other than its own, from the server.
 * Output is one value (an id, a position, a JSON object) so that a shell can capture it.
 */
final class UserCommands {

    /** The options every one of these commands takes, for logging in. */
    static final Set<String> LOGIN = Set.of("server", "read-server", "email", "password", "min-position");

    private final HttpClient http;
    private final PrintStream out;

    UserCommands(HttpClient http, PrintStream out) {
        this.http = http;
        this.out = out;
    }

    /** The owner of a new provider makes its key and keeps the only copy, wrapped for themselves. */
    int setupProvider(Options options) throws IOException, InterruptedException {
        String providerId = options.uuid("provider");
        Session session = login(options);
        String key = ClientCrypto.wrap(
                session.keys().publicKey(), SymmetricKey.random().toBytes());
        session.post("/providers/" + providerId + "/setup", Json.object().put("key", key));
        return printPosition(session);
    }

    int confirmProviderMember(Options options) throws IOException, InterruptedException {
        String providerId = options.uuid("provider");
        String memberEmail = options.require("member-email");
        Session session = login(options);
        Members.confirm(session, "/providers/" + providerId, memberEmail, ServerKeys.providerKey(session, providerId));
        return printPosition(session);
    }

    /** Prints the body only: the caller decides when to send it (benchmarks and tests send it themselves). */
    int newClient(Options options) throws IOException, InterruptedException {
        String providerId = options.uuid("provider");
        String name = options.require("name");
        String ownerEmail = options.require("owner-email");
        String plan = options.get("plan", "TEAMS").toUpperCase(Locale.ROOT);
        if (!plan.equals("TEAMS") && !plan.equals("ENTERPRISE")) {
            throw new UsageException("--plan must be TEAMS or ENTERPRISE");
        }
        int seats = options.intValue("seats", 10);
        if (seats < 1) {
            throw new UsageException("--seats must be positive");
        }
        Session session = login(options);
        out.println(
                PortalClient.newClientJson(ServerKeys.providerKey(session, providerId), name, ownerEmail, plan, seats));
        return 0;
    }

    int confirmOrganizationMember(Options options) throws IOException, InterruptedException {
        String organizationId = options.uuid("organization");
        String memberEmail = options.require("member-email");
        Session session = login(options);
        Members.confirm(
                session,
                "/organizations/" + organizationId,
                memberEmail,
                ServerKeys.organizationKey(session, organizationId));
        return printPosition(session);
    }

    int createCollection(Options options) throws IOException, InterruptedException {
        String organizationId = options.uuid("organization");
        String name = options.require("name");
        String memberEmail = options.get("member-email");
        if (memberEmail == null && options.flag("read-only")) {
            throw new UsageException("--read-only needs --member-email");
        }
        Session session = login(options);
        String path = "/organizations/" + organizationId;
        SymmetricKey organizationKey = ServerKeys.organizationKey(session, organizationId);
        ObjectNode body = Json.object().put("name", ClientCrypto.encrypt(organizationKey, name));
        if (memberEmail != null) {
            JsonNode member = Members.byEmail(session, path, memberEmail);
            body.putArray("users")
                    .addObject()
                    .put("id", Json.text(member, "id"))
                    .put("readOnly", options.flag("read-only"))
                    .put("hidePasswords", false)
                    .put("manage", false);
        }
        return printId(session, session.post(path + "/collections", body));
    }

    int createItem(Options options) throws IOException, InterruptedException {
        Items.Login item = new Items.Login(
                options.require("name"), options.get("username"), options.get("item-password"), options.get("uri"));
        String organizationId = options.get("organization") == null ? null : options.uuid("organization");
        String collectionId = options.get("collection") == null ? null : options.uuid("collection");
        if ((organizationId == null) != (collectionId == null)) {
            throw new UsageException("--organization and --collection go together");
        }
        Session session = login(options);
        SymmetricKey key =
                organizationId == null ? session.keys().userKey() : ServerKeys.organizationKey(session, organizationId);
        return printId(session, session.post("/items", Items.createBody(key, item, organizationId, collectionId)));
    }

    int getItem(Options options) throws IOException, InterruptedException {
        String itemId = options.uuid("id");
        Session session = login(options);
        JsonNode item = session.get("/items/" + itemId);
        String organizationId = Json.text(item, "organizationId");
        SymmetricKey key =
                organizationId == null ? session.keys().userKey() : ServerKeys.organizationKey(session, organizationId);
        out.println(Json.write(Items.decrypt(item, key)));
        return 0;
    }

    /** Accepting needs no key, only the login: the server checks that the invitation was sent to the caller's email. */
    int accept(Options options) throws IOException, InterruptedException {
        if ((options.get("mail") == null) == (options.get("link") == null)) {
            throw new UsageException("accept needs one of --link and --mail");
        }
        InvitationLink link = options.get("mail") != null
                ? InvitationLink.fromMail(Path.of(options.get("mail")), Duration.ofSeconds(10))
                : InvitationLink.parse(options.get("link"));
        Session session = login(options);
        session.post(link.path(), Json.object().put("token", link.token()));
        return printPosition(session);
    }

    private Session login(Options options) throws IOException, InterruptedException {
        String server = options.server();
        String email = options.require("email");
        String password = options.require("password");
        long minPosition = options.longValue("min-position", Session.NO_POSITION);
        if (options.get("min-position") != null && minPosition < 0) {
            throw new UsageException("--min-position must not be negative");
        }
        return Session.login(http, server, options.readServer(), email, password, minPosition);
    }

    /**
     * Returns once the read side shows this command's write, so that the next command, whoever runs it, reads it;
     * prints the position for a later command's {@code --min-position} all the same.
     */
    private int printPosition(Session session) throws IOException, InterruptedException {
        session.awaitOwnWrites();
        if (session.position() != Session.NO_POSITION) {
            out.println(session.position());
        }
        return 0;
    }

    /** As {@link #printPosition}, printing the id of what was created instead. */
    private int printId(Session session, JsonNode created) throws IOException, InterruptedException {
        String id = Json.text(created, "id");
        if (id == null) {
            throw new CommandFailure("the server's answer has no id");
        }
        session.awaitOwnWrites();
        out.println(id);
        return 0;
    }
}
