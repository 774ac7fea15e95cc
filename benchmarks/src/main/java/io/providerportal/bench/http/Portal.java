package io.providerportal.bench.http;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

/** The portal's HTTP API as a client sees it: JSON in and out, a bearer token, the read-your-writes headers. */
public final class Portal {

    public static final String POSITION = "Portal-Position";
    public static final String MIN_POSITION = "Portal-Min-Position";

    private static final ObjectMapper JSON = new ObjectMapper();

    private final String base;
    private final String readBase;
    private final HttpClient http = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(10))
            .build();

    public Portal(String base) {
        this(base, base);
    }

    /** Writes go to {@code base}, reads (GET) to {@code readBase}: the command side and the query side apart. */
    public Portal(String base, String readBase) {
        this.base = local(base);
        this.readBase = local(readBase);
    }

    /** Load goes to this machine only. */
    private static String local(String address) {
        String trimmed = address.endsWith("/") ? address.substring(0, address.length() - 1) : address;
        String host = URI.create(trimmed).getHost();
        if (!"127.0.0.1".equals(host) && !"localhost".equals(host)) {
            throw new IllegalArgumentException("the benchmarks only run against 127.0.0.1, not " + host);
        }
        return trimmed;
    }

    public static ObjectMapper json() {
        return JSON;
    }

    public Reply get(String path, String token) {
        return send(read(path, token).GET());
    }

    /** A read that first waits (server side, at most 5 s) until the read models have processed the position. */
    public Reply getAfter(String path, String token, long position) {
        return send(
                read(path, token).header(MIN_POSITION, Long.toString(position)).GET());
    }

    public Reply post(String path, String token, Object body) {
        return send(request(path, token)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofByteArray(bytes(body))));
    }

    public Reply put(String path, String token, Object body) {
        return send(request(path, token)
                .header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofByteArray(bytes(body))));
    }

    public Reply form(String path, String body) {
        return send(request(path, null)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)));
    }

    /** The body as a stream, for answers too long to hold (the auditor's history). */
    public HttpResponse<InputStream> stream(String path, String token) {
        try {
            return http.send(
                    read(path, token).timeout(Duration.ofHours(1)).GET().build(),
                    HttpResponse.BodyHandlers.ofInputStream());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** The address of a path of this portal, for a request the caller builds with headers of its own. */
    public URI uri(String path) {
        return URI.create(base + path);
    }

    /** Sends a request the caller built; a connection that fails or times out throws {@link UncheckedIOException}. */
    public Reply send(HttpRequest request) {
        try {
            HttpResponse<byte[]> response = http.send(request, HttpResponse.BodyHandlers.ofByteArray());
            return new Reply(response.statusCode(), response.headers(), response.body());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private HttpRequest.Builder request(String path, String token) {
        return request(base, path, token);
    }

    private HttpRequest.Builder read(String path, String token) {
        return request(readBase, path, token);
    }

    private static HttpRequest.Builder request(String base, String path, String token) {
        HttpRequest.Builder builder =
                HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(60));
        return token == null ? builder : builder.header("Authorization", "Bearer " + token);
    }

    private Reply send(HttpRequest.Builder request) {
        return send(request.build());
    }

    private static byte[] bytes(Object body) {
        try {
            return body instanceof String text ? text.getBytes(StandardCharsets.UTF_8) : JSON.writeValueAsBytes(body);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** One answer: status, headers and the whole body. */
    public record Reply(int status, HttpHeaders headers, byte[] body) {

        public boolean ok() {
            return status / 100 == 2;
        }

        /** The body as JSON, after checking the status: seeding stops at the first unexpected answer. */
        public JsonNode expect(int expected) {
            if (status != expected) {
                throw new IllegalStateException("expected HTTP " + expected + ", got " + status + ": "
                        + new String(body, StandardCharsets.UTF_8));
            }
            return json();
        }

        public JsonNode json() {
            try {
                return body.length == 0 ? JSON.nullNode() : JSON.readTree(body);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        /** The position the command reached, or -1 when it produced no event. */
        public long position() {
            return headers.firstValue(POSITION).map(Long::parseLong).orElse(-1L);
        }

        public boolean positionReached() {
            return headers.firstValue("Portal-Position-Reached")
                    .map(Boolean::parseBoolean)
                    .orElse(true);
        }
    }
}
