package io.providerportal.client;

import io.providerportal.client.ClientCrypto.SymmetricKey;
import java.io.IOException;
import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Command-line client that talks to the server the way a Bitwarden client would, for smoke tests and
 * scripts: it derives keys locally and sends only hashes and EncStrings. Output is kept minimal so that
 * it can be captured in shell variables. This class only dispatches; the commands that act for a user are
 * in {@link UserCommands}.
 */
public final class PortalClient {

    static final String USAGE = """
            Usage: java -jar portal-client.jar <command> [options]

            Commands:
              register --server URL --email E --password P [--name N] [--iterations 600000]
                  Create an account; prints the HTTP status and response body.
              login --server URL --email E --password P [--json]
                  Log in with the password grant; prints the access token (or the whole response).
              operator-token --server URL --client-id ID --client-secret S
                  Obtain a token with the client-credentials grant; prints the access token.
              encstring [--text T]
                  Print a type-2 EncString of T (default: random bytes) under a random key.

            Commands that act for a user (LOGIN is --server URL --email E --password P [--min-position N]
            [--read-server URL], the last for a command side and a query side apart, without a proxy):
              setup-provider LOGIN --provider PID
                  As the new provider's owner, make its key. Prints the write's position.
              confirm-provider-member LOGIN --provider PID --member-email E
                  Give an accepted provider member the provider key. Prints the write's position.
              new-client LOGIN --provider PID --name N --owner-email E [--plan TEAMS|ENTERPRISE] [--seats 10]
                  Print the body of POST /providers/PID/clients, the new key wrapped under the provider key.
              confirm-org-member LOGIN --organization OID --member-email E
                  Give an accepted organization member the organization key. Prints the write's position.
              create-collection LOGIN --organization OID --name NAME [--member-email E [--read-only]]
                  Create a collection, optionally with access for one member; prints its id.
              create-item LOGIN --name NAME [--username U] [--item-password X] [--uri U]
                      [--organization OID --collection CID]
                  Create a login item, personal or in a collection; prints its id.
              get-item LOGIN --id ID
                  Print an item decrypted, as {id, organizationId, type, name, username, password, uris}.
              accept LOGIN (--link URL | --mail FILE)
                  Accept the invitation of a mail's link (sent to --server), or of the mail saved in FILE
                  (waiting up to 10 s for it). Prints the write's position.

            Keys come from the server only, opened with the account's own; no key is printed (login prints the access
            token, get-item what the item holds). A command that writes returns once the server's reads show it.
            A printed position, passed as --min-position, makes a later command read that write.
            Exit status: 0 done, 1 refused by the server (problem on stderr) or unreachable, 2 usage error.
            """;

    private static final int DEFAULT_ITERATIONS = 600_000;
    private static final int EXIT_FAILURE = 1;
    private static final int EXIT_USAGE = 2;

    private final PrintStream out;
    private final PrintStream err;
    private final HttpClient http = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(10))
            .build();
    private final UserCommands users;

    private PortalClient(PrintStream out, PrintStream err) {
        this.out = out;
        this.err = err;
        this.users = new UserCommands(http, out);
    }

    public static void main(String[] args) {
        System.exit(run(args, System.out, System.err));
    }

    /**
     * Runs one command and returns its exit status instead of exiting, so tests can drive the client
     * in-process: 0 on success, 1 when the server or network fails, 2 on a usage error.
     */
    public static int run(String[] args, PrintStream out, PrintStream err) {
        if (args.length == 0) {
            err.print(USAGE);
            return EXIT_USAGE;
        }
        PortalClient client = new PortalClient(out, err);
        try {
            return client.dispatch(args);
        } catch (UsageException e) {
            err.println("error: " + e.getMessage());
            err.print(USAGE);
            return EXIT_USAGE;
        } catch (ServerException e) {
            err.println("error: " + e.getMessage());
            err.println(e.body());
            return EXIT_FAILURE;
        } catch (CommandFailure e) {
            err.println("error: " + e.getMessage());
            return EXIT_FAILURE;
        } catch (IllegalArgumentException e) {
            // A key or EncString from the server that does not open; the crypto messages never hold key material.
            err.println("error: " + e.getMessage());
            return EXIT_FAILURE;
        } catch (IOException e) {
            err.println("error: cannot reach the server (" + e + ")");
            return EXIT_FAILURE;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            err.println("error: interrupted");
            return EXIT_FAILURE;
        }
    }

    private int dispatch(String[] args) throws IOException, InterruptedException {
        return switch (args[0]) {
            case "register" ->
                register(Options.parse(args, Set.of("server", "email", "password", "name", "iterations"), Set.of()));
            case "login" -> login(Options.parse(args, Set.of("server", "email", "password"), Set.of("json")));
            case "operator-token" ->
                operatorToken(Options.parse(args, Set.of("server", "client-id", "client-secret"), Set.of()));
            case "encstring" -> encString(Options.parse(args, Set.of("text"), Set.of()));
            case "setup-provider" -> users.setupProvider(forUser(args, "provider"));
            case "confirm-provider-member" -> users.confirmProviderMember(forUser(args, "provider", "member-email"));
            case "new-client" -> users.newClient(forUser(args, "provider", "name", "owner-email", "plan", "seats"));
            case "confirm-org-member" -> users.confirmOrganizationMember(forUser(args, "organization", "member-email"));
            case "create-collection" ->
                users.createCollection(
                        Options.parse(args, withLogin("organization", "name", "member-email"), Set.of("read-only")));
            case "create-item" ->
                users.createItem(
                        forUser(args, "name", "username", "item-password", "uri", "organization", "collection"));
            case "get-item" -> users.getItem(forUser(args, "id"));
            case "accept" -> users.accept(forUser(args, "link", "mail"));
            case "help", "--help", "-h" -> {
                out.print(USAGE);
                yield 0;
            }
            default -> throw new UsageException("unknown command: " + args[0]);
        };
    }

    private static Options forUser(String[] args, String... valued) {
        return Options.parse(args, withLogin(valued), Set.of());
    }

    private static Set<String> withLogin(String... valued) {
        Set<String> names = new HashSet<>(UserCommands.LOGIN);
        names.addAll(List.of(valued));
        return names;
    }

    /**
     * The body of {@code POST /providers/{pid}/clients}: a fresh organization key wrapped under the provider key,
     * and the default collection's name under the organization key, so that every member of the provider can
     * open the new organization.
     */
    public static String newClientJson(
            SymmetricKey providerKey, String name, String ownerEmail, String plan, int seats) {
        SymmetricKey organizationKey = SymmetricKey.random();
        return Json.write(Json.object()
                .put("name", name)
                .put("ownerEmail", ownerEmail)
                .put("plan", plan)
                .put("seats", seats)
                .put("key", ClientCrypto.encrypt(providerKey, organizationKey.toBytes()))
                .put("collectionName", ClientCrypto.encrypt(organizationKey, "Default collection")));
    }

    private int register(Options options) throws IOException, InterruptedException {
        String server = options.server();
        ClientAccount account = ClientAccount.create(
                options.require("email"),
                options.get("name"),
                options.require("password"),
                options.intValue("iterations", DEFAULT_ITERATIONS));
        HttpResponse<String> response = send(HttpRequest.newBuilder(URI.create(server + "/identity/accounts/register"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(account.registrationJson())));
        PrintStream target = isSuccess(response) ? out : err;
        target.println("HTTP " + response.statusCode());
        target.println(response.body());
        return isSuccess(response) ? 0 : EXIT_FAILURE;
    }

    /** The same requests as {@link Session#login}, which the commands acting for a user log in with. */
    private int login(Options options) throws IOException, InterruptedException {
        String server = options.server();
        String email = Session.normalize(options.require("email"));
        String password = options.require("password");

        HttpResponse<String> prelogin = send(Session.preloginRequest(server, email));
        if (!isSuccess(prelogin)) {
            return fail("prelogin", prelogin);
        }
        int iterations = Session.kdfIterations(prelogin.body());
        byte[] masterKey = ClientCrypto.masterKey(email, password, iterations);
        return printToken(
                server,
                Session.passwordGrant(email, ClientCrypto.masterPasswordHash(masterKey, password)),
                options.flag("json"));
    }

    private int operatorToken(Options options) throws IOException, InterruptedException {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("grant_type", "client_credentials");
        form.put("client_id", options.require("client-id"));
        form.put("client_secret", options.require("client-secret"));
        form.put("scope", "api");
        return printToken(options.server(), form, false);
    }

    private int encString(Options options) {
        String text = options.get("text");
        SymmetricKey key = SymmetricKey.random();
        out.println(
                text == null
                        ? ClientCrypto.encrypt(key, ClientCrypto.randomBytes(32))
                        : ClientCrypto.encrypt(key, text));
        return 0;
    }

    private int printToken(String server, Map<String, String> form, boolean wholeResponse)
            throws IOException, InterruptedException {
        HttpResponse<String> response = send(Session.tokenRequest(server, form));
        if (!isSuccess(response)) {
            return fail("token request", response);
        }
        if (wholeResponse) {
            out.println(response.body());
            return 0;
        }
        String token = Json.text(Json.parse(response.body(), "the token request"), "access_token");
        if (token == null) {
            err.println("error: token response has no access_token");
            err.println(response.body());
            return EXIT_FAILURE;
        }
        out.println(token);
        return 0;
    }

    private HttpResponse<String> send(HttpRequest.Builder request) throws IOException, InterruptedException {
        return Session.send(http, request);
    }

    private int fail(String what, HttpResponse<String> response) {
        err.println("error: " + what + " failed with HTTP " + response.statusCode());
        err.println(response.body());
        return EXIT_FAILURE;
    }

    private static boolean isSuccess(HttpResponse<?> response) {
        return response.statusCode() / 100 == 2;
    }
}
