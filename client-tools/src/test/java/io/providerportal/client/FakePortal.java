package io.providerportal.client;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A stand-in for the server on a loopback port, answering canned responses per "METHOD path" and recording what
 * the client sent, so that the commands can be driven through their real HTTP layer. It logs in one account.
 */
final class FakePortal implements AutoCloseable {

    static final int ITERATIONS = 1000;

    record Answer(int status, String body, Map<String, String> headers) {}

    record Request(String method, String path, Map<String, List<String>> headers, String body) {
        String header(String name) {
            return headers.entrySet().stream()
                    .filter(e -> e.getKey().equalsIgnoreCase(name))
                    .map(e -> e.getValue().get(0))
                    .findFirst()
                    .orElse(null);
        }
    }

    record Result(int status, String out, String err) {}

    private final HttpServer server;
    private final Map<String, Answer> answers = new ConcurrentHashMap<>();
    final List<Request> requests = new CopyOnWriteArrayList<>();

    FakePortal(ClientAccount account) throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", this::handle);
        server.start();
        answer("POST /identity/accounts/prelogin/password", 200, "{\"kdf\":0,\"kdfIterations\":" + ITERATIONS + "}");
        answer(
                "POST /identity/connect/token",
                200,
                "{\"access_token\":\"token-1\",\"token_type\":\"Bearer\","
                        + "\"Key\":\"" + account.protectedUserKey() + "\",\"PrivateKey\":\""
                        + account.encryptedPrivateKey() + "\",\"KdfIterations\":" + ITERATIONS + "}");
        // what a command reads to know that its write can be read
        answer("GET /providers", 200, "{\"data\":[]}");
    }

    String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    FakePortal answer(String route, int status, String body) {
        return answer(route, status, body, Map.of());
    }

    FakePortal answer(String route, int status, String body, Map<String, String> headers) {
        answers.put(route, new Answer(status, body, headers));
        return this;
    }

    Request only(String route) {
        List<Request> matching = all(route);
        if (matching.size() != 1) {
            throw new AssertionError(route + " was sent " + matching.size() + " times: " + requests);
        }
        return matching.get(0);
    }

    List<Request> all(String route) {
        return requests.stream()
                .filter(r -> (r.method() + " " + r.path()).equals(route))
                .toList();
    }

    /** Runs the client against this server, logging in as the account with {@code password}. */
    Result run(String command, String email, String password, String... options) {
        String[] args = new String[options.length + 7];
        args[0] = command;
        args[1] = "--server";
        args[2] = url();
        args[3] = "--email";
        args[4] = email;
        args[5] = "--password";
        args[6] = password;
        System.arraycopy(options, 0, args, 7, options.length);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int status = PortalClient.run(
                args,
                new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        return new Result(status, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    private void handle(HttpExchange exchange) throws IOException {
        String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
        String method = exchange.getRequestMethod();
        String path = exchange.getRequestURI().getPath();
        requests.add(new Request(method, path, Map.copyOf(exchange.getRequestHeaders()), body));
        Answer answer = answers.getOrDefault(
                method + " " + path,
                new Answer(404, "{\"type\":\"about:blank\",\"title\":\"Not Found\",\"status\":404}", Map.of()));
        answer.headers().forEach((name, value) -> exchange.getResponseHeaders().add(name, value));
        byte[] bytes = answer.body().getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders()
                .add("Content-Type", answer.status() / 100 == 2 ? "application/json" : "application/problem+json");
        exchange.sendResponseHeaders(answer.status(), answer.status() == 204 ? -1 : bytes.length);
        if (answer.status() != 204) {
            try (OutputStream os = exchange.getResponseBody()) {
                os.write(bytes);
            }
        }
        exchange.close();
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
