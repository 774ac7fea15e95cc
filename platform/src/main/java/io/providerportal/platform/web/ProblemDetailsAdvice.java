package io.providerportal.platform.web;

import com.fasterxml.jackson.databind.JsonMappingException;
import io.providerportal.platform.validation.StorableText;
import io.providerportal.platform.validation.StorableTextModule.UnstorableTextException;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.ConstraintViolationException;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import org.axonframework.commandhandling.CommandExecutionException;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.axonframework.modelling.command.ConcurrencyException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/** Maps every rejection, wherever it was raised (controller, command bus, database), to problem+json once. */
@RestControllerAdvice
public class ProblemDetailsAdvice extends ResponseEntityExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(ProblemDetailsAdvice.class);

    @ExceptionHandler(PortalException.class)
    ProblemDetail portal(PortalException e) {
        return Problems.of(e);
    }

    @ExceptionHandler({CompletionException.class, ExecutionException.class, CommandExecutionException.class})
    ResponseEntity<Object> wrapped(Exception e, WebRequest request) throws Exception {
        Optional<PortalException> rejection = PortalException.causeOf(e);
        if (rejection.isPresent()) {
            return problem(Problems.of(rejection.get()));
        }
        Throwable cause = unwrap(e);
        if (cause instanceof AggregateNotFoundException) {
            return problem(Problems.of(HttpStatus.NOT_FOUND, "not-found", "No such resource.", List.of()));
        }
        if (cause instanceof ConcurrencyException || cause instanceof OptimisticLockingFailureException) {
            return conflict();
        }
        if (cause instanceof DataIntegrityViolationException) {
            return duplicate();
        }
        if (cause instanceof Exception ex && cause != e) {
            return handleException(ex, request);
        }
        throw e;
    }

    @ExceptionHandler({ConcurrencyException.class, OptimisticLockingFailureException.class})
    ResponseEntity<Object> concurrency() {
        return conflict();
    }

    @ExceptionHandler(DataIntegrityViolationException.class)
    ResponseEntity<Object> integrity() {
        return duplicate();
    }

    @ExceptionHandler(ConstraintViolationException.class)
    ProblemDetail constraintViolation(ConstraintViolationException e) {
        List<Problems.FieldError> errors = e.getConstraintViolations().stream()
                .map(v -> new Problems.FieldError(lastNode(v.getPropertyPath().toString()), v.getMessage()))
                .toList();
        return Problems.of(HttpStatus.BAD_REQUEST, "invalid-request", "The request has invalid parameters.", errors);
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ProblemDetail typeMismatch(MethodArgumentTypeMismatchException e) {
        return Problems.of(
                HttpStatus.BAD_REQUEST,
                "invalid-request",
                "A parameter has the wrong format.",
                List.of(new Problems.FieldError(e.getName(), "must be a valid " + typeName(e))));
    }

    @Override
    protected ResponseEntity<Object> handleMethodArgumentNotValid(
            MethodArgumentNotValidException e, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        List<Problems.FieldError> errors = e.getBindingResult().getFieldErrors().stream()
                .map(f -> new Problems.FieldError(f.getField(), f.getDefaultMessage()))
                .toList();
        return problem(
                Problems.of(HttpStatus.BAD_REQUEST, "invalid-request", "The request has invalid fields.", errors));
    }

    @Override
    protected ResponseEntity<Object> handleHandlerMethodValidationException(
            HandlerMethodValidationException e, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        List<Problems.FieldError> errors = e.getParameterValidationResults().stream()
                .flatMap(r -> r.getResolvableErrors().stream()
                        .map(err -> new Problems.FieldError(
                                r.getMethodParameter().getParameterName(), err.getDefaultMessage())))
                .toList();
        return problem(
                Problems.of(HttpStatus.BAD_REQUEST, "invalid-request", "The request has invalid parameters.", errors));
    }

    @Override
    protected ResponseEntity<Object> handleHttpMessageNotReadable(
            HttpMessageNotReadableException e, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        String field = e.getCause() instanceof JsonMappingException mapping ? fieldPath(mapping) : "body";
        String reason = e.getCause() instanceof UnstorableTextException
                ? StorableText.REASON
                : "is malformed or has the wrong type";
        return problem(Problems.of(
                HttpStatus.BAD_REQUEST,
                "unreadable-request",
                "The request body could not be read.",
                List.of(new Problems.FieldError(field, reason))));
    }

    @ExceptionHandler(Exception.class)
    ProblemDetail unexpected(Exception e, HttpServletResponse response) throws Exception {
        if (response.isCommitted()) {
            // Part of a streamed answer is out and no error answer can follow it: left to the container, the
            // connection is broken off, so the client sees an unfinished answer, not a finished one.
            if (!(e instanceof StreamedJson.AnswerBrokenOff)) {
                log.error("Answer broken off after its start", e);
            }
            throw e;
        }
        log.error("Unexpected error", e);
        return Problems.of(
                HttpStatus.INTERNAL_SERVER_ERROR, "internal-error", "An unexpected error occurred.", List.of());
    }

    private static ResponseEntity<Object> conflict() {
        return problem(Problems.of(
                HttpStatus.CONFLICT,
                "concurrent-change",
                "The resource was changed concurrently; reload it and try again.",
                List.of()));
    }

    private static ResponseEntity<Object> duplicate() {
        return problem(Problems.of(HttpStatus.CONFLICT, "duplicate", "The resource already exists.", List.of()));
    }

    private static ResponseEntity<Object> problem(ProblemDetail problem) {
        return ResponseEntity.status(problem.getStatus()).body(problem);
    }

    private static Throwable unwrap(Throwable e) {
        Throwable current = e;
        while ((current instanceof CompletionException
                        || current instanceof ExecutionException
                        || current instanceof CommandExecutionException)
                && current.getCause() != null
                && current.getCause() != current) {
            current = current.getCause();
        }
        return current;
    }

    private static String lastNode(String path) {
        return path.substring(path.lastIndexOf('.') + 1);
    }

    private static String typeName(MethodArgumentTypeMismatchException e) {
        return e.getRequiredType() == null ? "value" : e.getRequiredType().getSimpleName();
    }

    /** The JSON path of the offending value, e.g. {@code keys.publicKey} or {@code emails[2]}. */
    private static String fieldPath(JsonMappingException e) {
        return e.getPath().stream()
                .map(ref -> ref.getFieldName() != null ? ref.getFieldName() : "[" + ref.getIndex() + "]")
                .reduce((a, b) -> b.startsWith("[") ? a + b : a + "." + b)
                .orElse("body");
    }
}
