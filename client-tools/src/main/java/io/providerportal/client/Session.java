package io.providerportal.client;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * A user logged in with nothing but an email and a master password: the bearer token, the keys unlocked from the
 * token response, and the position of the last write, so that every later read sees that write.
 */
final class Session {

    /** Answered by every write: how far the event stream had got once the write was stored. */
    static final String POSITION = "Portal-Position";
    /** Sent with a read: the server holds it (up to 5 s) until its read models have got this far. */
    static final String MIN_POSITION = "Portal-Min-Position";

    static final String REACHED = "Portal-Position-Reached";

    /** No write yet and no position to start from: reads do not wait. */
    static final long NO_POSITION = -1;

    private static final Duration TIMEOUT = Duration.ofSeconds(60);

    private final HttpClient http;
    private final String server;
    private final String readServer;
    private final String accessToken;
    private final UnlockedKeys keys;
    private long position;

    private Session(
            HttpClient http, String server, String readServer, String accessToken, UnlockedKeys keys, long position) {
        this.http = http;
        this.server = server;
        this.readServer = readServer;
        this.accessToken = accessToken;
        this.keys = keys;
        this.position = position;
    }

    /**
     * Logs in as the {@code login} command does (prelogin for the iterations, then the password grant with the
     * master password hash) and opens the account's keys with the same master key.
     *
     * @param minPosition a position an earlier command printed, so that this one reads what that one wrote, or
     *                    {@link #NO_POSITION}
     */
    static Session login(
            HttpClient http, String server, String readServer, String email, String password, long minPosition)
            throws IOException, InterruptedException {
        String normalized = normalize(email);
        HttpResponse<String> prelogin = check("prelogin", send(http, preloginRequest(server, normalized)));
        int iterations = kdfIterations(prelogin.body());
        byte[] masterKey = ClientCrypto.masterKey(normalized, password, iterations);
        HttpResponse<String> token = check(
                "token request",
                send(
                        http,
                        tokenRequest(
                                server,
                                passwordGrant(normalized, ClientCrypto.masterPasswordHash(masterKey, password)))));
        JsonNode body = Json.parse(token.body(), "the token request");
        String accessToken = required(body, "access_token");
        UnlockedKeys keys = UnlockedKeys.unlock(masterKey, required(body, "Key"), required(body, "PrivateKey"));
        return new Session(http, server, readServer, accessToken, keys, minPosition);
    }

    UnlockedKeys keys() {
        return keys;
    }

    /** The position of this session's last write (or the one it started from), or {@link #NO_POSITION}. */
    long position() {
        return position;
    }

    /** Reads after every write of this session, so a write is never missing from the answer. */
    JsonNode get(String path) throws IOException, InterruptedException {
        return answer("GET " + path, afterOwnWrites(authorized(readServer, path).GET()));
    }

    /** Waits (as the server allows, at most a few seconds) until the read side has this session's writes. */
    void awaitOwnWrites() throws IOException, InterruptedException {
        if (position != NO_POSITION) {
            get("/providers");
        }
    }

    /** A read asked for with POST (a bulk lookup), after every write of this session like any read. */
    JsonNode postRead(String path, JsonNode body) throws IOException, InterruptedException {
        return answer(
                "POST " + path,
                afterOwnWrites(authorized(readServer, path)
                        .header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString(Json.write(body)))));
    }

    private HttpRequest.Builder afterOwnWrites(HttpRequest.Builder request) {
        if (position != NO_POSITION) {
            request.header(MIN_POSITION, Long.toString(position));
        }
        return request;
    }

    /** Sends a write; its position is kept for the reads that follow. The answer is empty ({}) for a 204. */
    JsonNode post(String path, JsonNode body) throws IOException, InterruptedException {
        return answer(
                "POST " + path,
                authorized(server, path)
                        .header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString(Json.write(body))));
    }

    private JsonNode answer(String what, HttpRequest.Builder request) throws IOException, InterruptedException {
        HttpResponse<String> response = check(what, send(http, request));
        if (response.headers()
                .firstValue(REACHED)
                .filter("false"::equalsIgnoreCase)
                .isPresent()) {
            throw new CommandFailure(what + ": the server's read side had not caught up with position " + position
                    + " in time; try again");
        }
        response.headers().firstValue(POSITION).ifPresent(this::advance);
        return Json.parse(response.body(), what);
    }

    private void advance(String header) {
        try {
            position = Math.max(position, Long.parseLong(header.trim()));
        } catch (NumberFormatException e) {
            throw new CommandFailure("the server sent an invalid " + POSITION + " header");
        }
    }

    private HttpRequest.Builder authorized(String base, String path) {
        return HttpRequest.newBuilder(URI.create(base + path))
                .header("Authorization", "Bearer " + accessToken)
                .header("Accept", "application/json");
    }

    /** The KDF iterations of a prelogin answer. */
    static int kdfIterations(String preloginAnswer) {
        JsonNode iterations = Json.field(Json.parse(preloginAnswer, "prelogin"), "kdfIterations");
        if (iterations == null || !iterations.canConvertToInt() || iterations.asInt() < 1) {
            throw new CommandFailure("the prelogin response has no kdfIterations");
        }
        return iterations.asInt();
    }

    /** Emails are compared and salted trimmed and lower-cased, as Bitwarden clients do. */
    static String normalize(String email) {
        return email.trim().toLowerCase(Locale.ROOT);
    }

    static HttpRequest.Builder preloginRequest(String server, String email) {
        return HttpRequest.newBuilder(URI.create(server + "/identity/accounts/prelogin/password"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(
                        Json.write(Json.object().put("email", email))));
    }

    /** The password grant as the Bitwarden CLI sends it; a fresh device id, since nothing is remembered. */
    static Map<String, String> passwordGrant(String email, String masterPasswordHash) {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("grant_type", "password");
        form.put("username", email);
        form.put("password", masterPasswordHash);
        form.put("scope", "api offline_access");
        form.put("client_id", "cli");
        form.put("deviceType", "25");
        form.put("deviceIdentifier", UUID.randomUUID().toString());
        form.put("deviceName", "portal-client");
        return form;
    }

    static HttpRequest.Builder tokenRequest(String server, Map<String, String> form) {
        return HttpRequest.newBuilder(URI.create(server + "/identity/connect/token"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("Accept", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(formEncode(form)));
    }

    static HttpResponse<String> send(HttpClient http, HttpRequest.Builder request)
            throws IOException, InterruptedException {
        return http.send(request.timeout(TIMEOUT).build(), HttpResponse.BodyHandlers.ofString());
    }

    private static HttpResponse<String> check(String what, HttpResponse<String> response) {
        if (response.statusCode() / 100 != 2) {
            throw new ServerException(what, response.statusCode(), response.body());
        }
        return response;
    }

    /** Never quotes the token response: it holds the access token and the protected keys. */
    private static String required(JsonNode tokenResponse, String name) {
        String value = Json.text(tokenResponse, name);
        if (value == null || value.isEmpty()) {
            throw new CommandFailure("the token response has no " + name);
        }
        return value;
    }

    private static String formEncode(Map<String, String> form) {
        return form.entrySet().stream()
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                        + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
    }

    /** Never prints the token or keys. */
    @Override
    public String toString() {
        return "Session[" + server + "]";
    }
}
