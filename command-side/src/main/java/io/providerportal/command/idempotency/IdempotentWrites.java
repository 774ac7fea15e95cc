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
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.springframework.dao.DataAccessException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.TransactionException;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ContentCachingResponseWrapper;

/**
 * Applies a write sent with an {@code Idempotency-Key} once, and answers every retry with the first answer (status,
 * body, {@code Portal-Position}, {@code Location}). The key is the caller's own and is kept 24 hours; the same key
 * with another request is refused (422). The key, the command's events and the answer commit in one transaction
 * (commands run in the caller's thread and join it), so a crash or a database failure anywhere leaves either all of
 * them or none, and a retry either replays the answer or applies the write for the first time. A retry that arrives
 * while the first request runs waits on the key's row for its outcome. A refusal (4xx) applied nothing, and its
 * answer is kept on its own; a 5xx answer is not kept: a retry tries again.
 */
@Component
class IdempotentWrites extends OncePerRequestFilter {

    static final String HEADER = "Idempotency-Key";
    private static final int MAX_KEY_LENGTH = 255;
    private static final Set<String> REPLAYED_HEADERS =
            Set.of(PortalHeaders.POSITION, HttpHeaders.LOCATION, HttpHeaders.CONTENT_TYPE);

    private final JdbcClient jdbc;
    private final ObjectMapper json;
    private final TransactionTemplate withTheCommand;
    private final TransactionTemplate onItsOwn;

    IdempotentWrites(JdbcClient jdbc, ObjectMapper json, PlatformTransactionManager transactions) {
        this.jdbc = jdbc;
        this.json = json;
        this.withTheCommand = new TransactionTemplate(transactions);
        this.onItsOwn = new TransactionTemplate(transactions);
        this.onItsOwn.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    private record Answer(byte[] requestHash, int status, Map<String, String> headers, byte[] body) {}

    /** What the first request came to: the answer stored for an earlier one, or whether this one's was kept. */
    private record Outcome(Answer earlier, boolean kept) {}

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
            problem(
                    response,
                    HttpStatus.BAD_REQUEST,
                    "invalid-request",
                    "The Idempotency-Key header is invalid.",
                    List.of(new Problems.FieldError(HEADER, "must be 1 to 255 characters of text")));
            return;
        }
        BufferedRequest buffered = new BufferedRequest(request);
        byte[] hash = fingerprint(buffered);
        ContentCachingResponseWrapper captured = new ContentCachingResponseWrapper(response);
        Outcome outcome;
        try {
            outcome = withTheCommand.execute(transaction -> {
                if (!claim(caller, key, hash)) {
                    return new Outcome(stored(caller, key), false);
                }
                run(chain, buffered, captured);
                boolean applied = captured.getStatus() < 400 && !transaction.isRollbackOnly();
                if (applied) {
                    record(caller, key, captured);
                } else {
                    transaction.setRollbackOnly();
                }
                return new Outcome(null, applied);
            });
        } catch (UncheckedIOException e) {
            throw e.getCause();
        } catch (WrappedServletException e) {
            throw e.getCause();
        } catch (DataAccessException | TransactionException e) {
            logger.warn("A keyed write was rolled back: " + e);
            notApplied(response);
            return;
        }
        if (outcome.earlier() != null) {
            replay(outcome.earlier(), hash, response);
            return;
        }
        int status = captured.getStatus();
        if (!outcome.kept() && status < 400) {
            // answered as a success, yet its transaction could not commit: nothing happened
            notApplied(response);
            return;
        }
        if (status >= 400 && status < 500) {
            onItsOwn.executeWithoutResult(transaction -> {
                if (claim(caller, key, hash)) {
                    record(caller, key, captured);
                }
            });
        }
        captured.copyBodyToResponse();
    }

    private void notApplied(HttpServletResponse response) throws IOException {
        response.reset();
        problem(
                response,
                HttpStatus.INTERNAL_SERVER_ERROR,
                "write.not-applied",
                "The write was not applied; send it again with the same Idempotency-Key.",
                List.of());
    }

    private static void run(FilterChain chain, BufferedRequest request, ContentCachingResponseWrapper response) {
        try {
            chain.doFilter(request, response);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (ServletException e) {
            throw new WrappedServletException(e);
        }
    }

    private void record(UUID caller, String key, ContentCachingResponseWrapper captured) {
        Map<String, String> headers = new LinkedHashMap<>();
        for (String name : REPLAYED_HEADERS) {
            if (captured.getHeader(name) != null) {
                headers.put(name, captured.getHeader(name));
            }
        }
        try {
            jdbc.sql("update idempotency_key set status = ?, headers = ?, body = ? where actor_id = ? and key = ?")
                    .params(
                            captured.getStatus(),
                            json.writeValueAsString(headers),
                            captured.getContentAsByteArray(),
                            caller,
                            key)
                    .update();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Takes the key for this request, or a key whose first request is older than it is kept. While another request
     * holds the key, PostgreSQL makes this wait until that one has committed or rolled back.
     */
    private boolean claim(UUID caller, String key, byte[] hash) {
        return jdbc.sql("""
                insert into idempotency_key (actor_id, key, request_hash) values (?, ?, ?)
                on conflict (actor_id, key) do update
                set request_hash = excluded.request_hash, status = null, headers = null, body = null, created_at = now()
                where idempotency_key.created_at < now() - interval '24 hours'
                """).params(caller, key, hash).update() == 1;
    }

    private Answer stored(UUID caller, String key) {
        return jdbc.sql(
                        "select request_hash, status, headers, body from idempotency_key where actor_id = ? and key = ?")
                .params(caller, key)
                .query((row, i) -> {
                    try {
                        return new Answer(
                                row.getBytes("request_hash"),
                                row.getInt("status"),
                                json.readValue(row.getString("headers"), new TypeReference<Map<String, String>>() {}),
                                row.getBytes("body"));
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                })
                .single();
    }

    /** Carries a filter chain's checked exception out of the transaction callback. */
    private static final class WrappedServletException extends RuntimeException {
        WrappedServletException(ServletException cause) {
            super(cause);
        }

        @Override
        public synchronized ServletException getCause() {
            return (ServletException) super.getCause();
        }
    }

    private void replay(Answer first, byte[] hash, HttpServletResponse response) throws IOException {
        if (!Arrays.equals(first.requestHash(), hash)) {
            problem(
                    response,
                    HttpStatus.UNPROCESSABLE_ENTITY,
                    "idempotency.key-reused",
                    "This Idempotency-Key was used for another request.",
                    List.of(new Problems.FieldError(HEADER, "was used for another request")));
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

    private void problem(
            HttpServletResponse response,
            HttpStatus status,
            String code,
            String detail,
            List<Problems.FieldError> errors)
            throws IOException {
        Problems.write(response, json, Problems.of(status, code, detail, errors));
    }

    /** Keys are kept 24 hours; older ones go, an hour at a time. */
    @Scheduled(fixedDelayString = "PT1H", initialDelayString = "PT1M")
    void forgetOldKeys() {
        jdbc.sql("delete from idempotency_key where created_at < now() - interval '24 hours'")
                .update();
    }
}
