package io.providerportal.command.idempotency;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.providerportal.platform.PortalHeaders;
import io.providerportal.platform.validation.StorableText;
import io.providerportal.platform.web.BufferedRequest;
import io.providerportal.platform.web.Problems;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Semaphore;
import javax.sql.DataSource;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ContentCachingResponseWrapper;

/**
 * Applies a write sent with an {@code Idempotency-Key} once, and answers every retry with the first answer (status,
 * body, {@code Portal-Position}, {@code Location}). The key is the caller's own and is kept 24 hours; the same key
 * with another request is refused (422). The first request holds its key's row locked until it has answered, so a
 * retry that arrives meanwhile waits for that answer instead of applying the write again. A 5xx answer is not
 * kept: the write may not have happened, and a retry tries again.
 */
@Component
class IdempotentWrites extends OncePerRequestFilter {

    static final String HEADER = "Idempotency-Key";
    private static final int MAX_KEY_LENGTH = 255;
    private static final Set<String> REPLAYED_HEADERS = Set.of(PortalHeaders.POSITION, HttpHeaders.LOCATION,
            HttpHeaders.CONTENT_TYPE);
    /** Keyed requests hold a connection while they run; at most these many, so commands always find one. */
    private static final int RUNNING_AT_ONCE = 4;

    private final DataSource dataSource;
    private final ObjectMapper json;
    private final Semaphore running = new Semaphore(RUNNING_AT_ONCE, true);

    IdempotentWrites(DataSource dataSource, ObjectMapper json) {
        this.dataSource = dataSource;
        this.json = json;
    }

    private record Answer(byte[] requestHash, int status, Map<String, String> headers, byte[] body) {
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return request.getHeader(HEADER) == null
                || List.of("GET", "HEAD", "OPTIONS", "TRACE").contains(request.getMethod());
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        UUID caller = caller();
        if (caller == null) {
            chain.doFilter(request, response);
            return;
        }
        String key = request.getHeader(HEADER);
        if (key.isEmpty() || key.length() > MAX_KEY_LENGTH || !StorableText.isStorable(key)) {
            problem(response, HttpStatus.BAD_REQUEST, "invalid-request", "The Idempotency-Key header is invalid.",
                    List.of(new Problems.FieldError(HEADER, "must be 1 to 255 characters of text")));
            return;
        }
        BufferedRequest buffered = new BufferedRequest(request);
        byte[] hash = fingerprint(buffered);
        try {
            running.acquire();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ServletException(e);
        }
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            try {
                if (claim(connection, caller, key, hash)) {
                    answerFirst(connection, caller, key, buffered, response, chain);
                } else {
                    Answer first = stored(connection, caller, key);
                    connection.rollback();
                    replay(first, hash, response);
                }
            } catch (SQLException | RuntimeException | IOException | ServletException e) {
                connection.rollback();
                throw e;
            }
        } catch (SQLException e) {
            throw new ServletException(e);
        } finally {
            running.release();
        }
    }

    /** Runs the request and keeps its answer, unless it failed on the server's side. */
    private void answerFirst(Connection connection, UUID caller, String key, BufferedRequest request,
            HttpServletResponse response, FilterChain chain) throws IOException, ServletException, SQLException {
        ContentCachingResponseWrapper captured = new ContentCachingResponseWrapper(response);
        chain.doFilter(request, captured);
        if (captured.getStatus() >= 500) {
            connection.rollback();
        } else {
            Map<String, String> headers = new LinkedHashMap<>();
            for (String name : REPLAYED_HEADERS) {
                if (captured.getHeader(name) != null) {
                    headers.put(name, captured.getHeader(name));
                }
            }
            try (PreparedStatement update = connection.prepareStatement(
                    "update idempotency_key set status = ?, headers = ?, body = ? where actor_id = ? and key = ?")) {
                update.setInt(1, captured.getStatus());
                update.setString(2, json.writeValueAsString(headers));
                update.setBytes(3, captured.getContentAsByteArray());
                update.setObject(4, caller);
                update.setString(5, key);
                update.executeUpdate();
            }
            connection.commit();
        }
        captured.copyBodyToResponse();
    }

    /**
     * Takes the key for this request, or a key whose first request is older than it is kept. While another request
     * holds the key, PostgreSQL makes this wait until that one has answered.
     */
    private static boolean claim(Connection connection, UUID caller, String key, byte[] hash) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement("""
                insert into idempotency_key (actor_id, key, request_hash) values (?, ?, ?)
                on conflict (actor_id, key) do update
                set request_hash = excluded.request_hash, status = null, headers = null, body = null, created_at = now()
                where idempotency_key.created_at < now() - interval '24 hours'
                """)) {
            insert.setObject(1, caller);
            insert.setString(2, key);
            insert.setBytes(3, hash);
            return insert.executeUpdate() == 1;
        }
    }

    private Answer stored(Connection connection, UUID caller, String key) throws SQLException, IOException {
        try (PreparedStatement select = connection.prepareStatement(
                "select request_hash, status, headers, body from idempotency_key where actor_id = ? and key = ?")) {
            select.setObject(1, caller);
            select.setString(2, key);
            try (ResultSet row = select.executeQuery()) {
                row.next();
                return new Answer(row.getBytes("request_hash"), row.getInt("status"),
                        json.readValue(row.getString("headers"), new TypeReference<Map<String, String>>() { }),
                        row.getBytes("body"));
            }
        }
    }

    private void replay(Answer first, byte[] hash, HttpServletResponse response) throws IOException {
        if (!Arrays.equals(first.requestHash(), hash)) {
            problem(response, HttpStatus.UNPROCESSABLE_ENTITY, "idempotency.key-reused",
                    "This Idempotency-Key was used for another request.", List.of(new Problems.FieldError(HEADER,
                            "was used for another request")));
            return;
        }
        response.setStatus(first.status());
        first.headers().forEach(response::setHeader);
        response.setHeader("Idempotent-Replayed", "true");
        response.getOutputStream().write(first.body());
    }

    /** Method, path, query and body: the same key must come with the same request. */
    private static byte[] fingerprint(BufferedRequest request) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            digest.update((request.getMethod() + " " + request.getRequestURI() + "?" + request.getQueryString() + "\n")
                    .getBytes(StandardCharsets.UTF_8));
            return digest.digest(request.body());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static UUID caller() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        return authentication instanceof JwtAuthenticationToken token ? UUID.fromString(token.getName()) : null;
    }

    private void problem(HttpServletResponse response, HttpStatus status, String code, String detail,
            List<Problems.FieldError> errors) throws IOException {
        Problems.write(response, json, Problems.of(status, code, detail, errors));
    }

    /** Keys are kept 24 hours; older ones go, an hour at a time. */
    @Scheduled(fixedDelayString = "PT1H", initialDelayString = "PT1M")
    void forgetOldKeys() throws SQLException {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement delete = connection.prepareStatement(
                     "delete from idempotency_key where created_at < now() - interval '24 hours'")) {
            delete.executeUpdate();
        }
    }
}
