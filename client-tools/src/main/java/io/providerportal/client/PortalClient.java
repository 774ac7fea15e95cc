package io.providerportal.client;

import io.providerportal.client.ClientCrypto.SymmetricKey;
import java.io.IOException;
import java.io.PrintStream;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * Command-line client that talks to the server the way a Bitwarden client would, for smoke tests and
 * scripts: it derives keys locally and sends only hashes and EncStrings. Output is kept minimal so that
 * it can be captured in shell variables.
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
              new-client --name N --owner-email E [--plan TEAMS|ENTERPRISE] [--seats 10]
                  Print a JSON body for creating a client organization.
              encstring [--text T]
                  Print a type-2 EncString of T (default: random bytes) under a random key.
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

    private PortalClient(PrintStream out, PrintStream err) {
        this.out = out;
        this.err = err;
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
            return switch (args[0]) {
                case "register" -> client.register(Options.parse(args,
                        Set.of("server", "email", "password", "name", "iterations"), Set.of()));
                case "login" -> client.login(Options.parse(args,
                        Set.of("server", "email", "password"), Set.of("json")));
                case "operator-token" -> client.operatorToken(Options.parse(args,
                        Set.of("server", "client-id", "client-secret"), Set.of()));
                case "new-client" -> client.newClient(Options.parse(args,
                        Set.of("name", "owner-email", "plan", "seats"), Set.of()));
                case "encstring" -> client.encString(Options.parse(args, Set.of("text"), Set.of()));
                case "help", "--help", "-h" -> {
                    out.print(USAGE);
                    yield 0;
                }
                default -> throw new UsageException("unknown command: " + args[0]);
            };
        } catch (UsageException e) {
            err.println("error: " + e.getMessage());
            err.print(USAGE);
            return EXIT_USAGE;
        } catch (IOException e) {
            err.println("error: cannot reach the server (" + e + ")");
            return EXIT_FAILURE;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            err.println("error: interrupted");
            return EXIT_FAILURE;
        }
    }

    /**
     * The body for creating a client organization. Both keys are random and thrown away: the server
     * cannot decrypt EncStrings and only checks their shape, so nothing needs to be kept to use them.
     */
    public static String newClientJson(String name, String ownerEmail, String plan, int seats) {
        SymmetricKey providerKey = SymmetricKey.random();
        SymmetricKey organizationKey = SymmetricKey.random();
        return "{\"name\":" + Json.quote(name)
                + ",\"ownerEmail\":" + Json.quote(ownerEmail)
                + ",\"plan\":" + Json.quote(plan)
                + ",\"seats\":" + seats
                + ",\"key\":" + Json.quote(ClientCrypto.encrypt(providerKey, organizationKey.toBytes()))
                + ",\"collectionName\":" + Json.quote(ClientCrypto.encrypt(organizationKey, "Default collection"))
                + "}";
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

    private int login(Options options) throws IOException, InterruptedException {
        String server = options.server();
        String email = options.require("email").trim().toLowerCase(Locale.ROOT);
        String password = options.require("password");

        HttpResponse<String> prelogin = send(
                HttpRequest.newBuilder(URI.create(server + "/identity/accounts/prelogin/password"))
                        .header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString("{\"email\":" + Json.quote(email) + "}")));
        if (!isSuccess(prelogin)) {
            return fail("prelogin", prelogin);
        }
        Integer iterations = Json.intField(prelogin.body(), "kdfIterations").orElse(null);
        if (iterations == null) {
            err.println("error: prelogin response has no kdfIterations");
            err.println(prelogin.body());
            return EXIT_FAILURE;
        }

        Map<String, String> form = new LinkedHashMap<>();
        form.put("grant_type", "password");
        form.put("username", email);
        byte[] masterKey = ClientCrypto.masterKey(email, password, iterations);
        form.put("password", ClientCrypto.masterPasswordHash(masterKey, password));
        form.put("scope", "api offline_access");
        form.put("client_id", "cli");
        form.put("deviceType", "25");
        form.put("deviceIdentifier", UUID.randomUUID().toString());
        form.put("deviceName", "portal-client");
        return printToken(server, form, options.flag("json"));
    }

    private int operatorToken(Options options) throws IOException, InterruptedException {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("grant_type", "client_credentials");
        form.put("client_id", options.require("client-id"));
        form.put("client_secret", options.require("client-secret"));
        form.put("scope", "api");
        return printToken(options.server(), form, false);
    }

    private int newClient(Options options) {
        String plan = options.get("plan", "TEAMS").toUpperCase(Locale.ROOT);
        if (!plan.equals("TEAMS") && !plan.equals("ENTERPRISE")) {
            throw new UsageException("--plan must be TEAMS or ENTERPRISE");
        }
        int seats = options.intValue("seats", 10);
        if (seats < 1) {
            throw new UsageException("--seats must be positive");
        }
        out.println(newClientJson(options.require("name"), options.require("owner-email"), plan, seats));
        return 0;
    }

    private int encString(Options options) {
        String text = options.get("text");
        SymmetricKey key = SymmetricKey.random();
        out.println(text == null
                ? ClientCrypto.encrypt(key, ClientCrypto.randomBytes(32))
                : ClientCrypto.encrypt(key, text));
        return 0;
    }

    private int printToken(String server, Map<String, String> form, boolean wholeResponse)
            throws IOException, InterruptedException {
        HttpResponse<String> response = send(HttpRequest.newBuilder(URI.create(server + "/identity/connect/token"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("Accept", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(formEncode(form))));
        if (!isSuccess(response)) {
            return fail("token request", response);
        }
        if (wholeResponse) {
            out.println(response.body());
            return 0;
        }
        String token = Json.stringField(response.body(), "access_token").orElse(null);
        if (token == null) {
            err.println("error: token response has no access_token");
            err.println(response.body());
            return EXIT_FAILURE;
        }
        out.println(token);
        return 0;
    }

    private HttpResponse<String> send(HttpRequest.Builder request) throws IOException, InterruptedException {
        return http.send(request.timeout(Duration.ofSeconds(60)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private int fail(String what, HttpResponse<String> response) {
        err.println("error: " + what + " failed with HTTP " + response.statusCode());
        err.println(response.body());
        return EXIT_FAILURE;
    }

    private static boolean isSuccess(HttpResponse<?> response) {
        return response.statusCode() / 100 == 2;
    }

    private static String formEncode(Map<String, String> form) {
        return form.entrySet().stream()
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                        + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
    }

    /** Raised for bad command lines; reported with the usage text and exit status 2. */
    private static final class UsageException extends RuntimeException {
        private static final long serialVersionUID = 1L;

        UsageException(String message) {
            super(message);
        }
    }

    /** {@code --name value} options and bare {@code --flag}s following the command word. */
    private record Options(Map<String, String> values, Set<String> flags) {

        /**
         * Any argument after a valued option is taken as its value, even one starting with "--", so
         * passwords are not mistaken for options.
         */
        static Options parse(String[] args, Set<String> valued, Set<String> flagNames) {
            Map<String, String> values = new HashMap<>();
            Set<String> flags = new HashSet<>();
            for (int i = 1; i < args.length; i++) {
                String arg = args[i];
                if (!arg.startsWith("--")) {
                    throw new UsageException("unexpected argument: " + arg);
                }
                String name = arg.substring(2);
                if (flagNames.contains(name)) {
                    flags.add(name);
                } else if (valued.contains(name)) {
                    if (i + 1 >= args.length) {
                        throw new UsageException("missing value for " + arg);
                    }
                    values.put(name, args[++i]);
                } else {
                    throw new UsageException("unknown option for " + args[0] + ": " + arg);
                }
            }
            return new Options(values, flags);
        }

        String get(String name) {
            return values.get(name);
        }

        String get(String name, String fallback) {
            return values.getOrDefault(name, fallback);
        }

        String require(String name) {
            String value = values.get(name);
            if (value == null || value.isEmpty()) {
                throw new UsageException("--" + name + " is required");
            }
            return value;
        }

        int intValue(String name, int fallback) {
            String value = values.get(name);
            if (value == null) {
                return fallback;
            }
            try {
                return Integer.parseInt(value);
            } catch (NumberFormatException e) {
                throw new UsageException("--" + name + " must be an integer");
            }
        }

        boolean flag(String name) {
            return flags.contains(name);
        }

        /** The server base URL without a trailing slash, so paths can be appended directly. */
        String server() {
            String server = require("server");
            while (server.endsWith("/")) {
                server = server.substring(0, server.length() - 1);
            }
            try {
                URI uri = URI.create(server);
                if (uri.getScheme() == null || uri.getHost() == null) {
                    throw new UsageException("--server must be an absolute URL");
                }
            } catch (IllegalArgumentException e) {
                throw new UsageException("--server is not a valid URL");
            }
            return server;
        }
    }
}
