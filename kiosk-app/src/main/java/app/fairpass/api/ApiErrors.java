package app.fairpass.api;

import app.fairpass.core.StorageFailures;
import jakarta.persistence.PersistenceException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.ConstraintViolationException;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.transaction.TransactionException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;

/** Bad requests get a 4xx with a plain reason, never a stack trace or a 500 with details. */
@RestControllerAdvice(assignableTypes = DeviceApi.class)
class ApiErrors {
    private static final Logger log = LoggerFactory.getLogger(ApiErrors.class);
    private final StorageFailures storage;

    ApiErrors(StorageFailures storage) {
        this.storage = storage;
    }

    @ExceptionHandler({HttpMessageNotReadableException.class, MethodArgumentTypeMismatchException.class,
            ConstraintViolationException.class, IllegalArgumentException.class})
    ResponseEntity<Map<String, String>> badRequest(Exception e) {
        log.info("rejected API request: {}", e.getClass().getSimpleName());
        return ResponseEntity.badRequest().body(Map.of("error", "bad request",
                "detail", e instanceof ConstraintViolationException violation ? violation.getMessage()
                        : "the request body or a parameter is malformed"));
    }

    /** The storage failed (a full disk, a lost database): the transaction was rolled back whole. */
    @ExceptionHandler({DataAccessException.class, TransactionException.class, PersistenceException.class})
    ResponseEntity<Map<String, String>> storageUnavailable(Exception e) throws Exception {
        if (!storage.recoverFrom(e)) {
            throw e;
        }
        log.error("API request not saved: the database is unavailable ({})", StorageFailures.rootCause(e));
        return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE).body(Map.of("error", "storage unavailable",
                "detail", "nothing was saved; try again in a moment"));
    }

    @ExceptionHandler(AccessDeniedException.class)
    ResponseEntity<Map<String, String>> forbidden(AccessDeniedException e, HttpServletRequest request) {
        log.warn("forbidden API request: {} {}", request.getMethod(), request.getRequestURI());
        return ResponseEntity.status(HttpStatus.FORBIDDEN).body(Map.of("error", "forbidden"));
    }
}
