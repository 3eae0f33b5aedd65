package org.careflow.app.api;

import java.util.Map;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.BadUserRequestException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/** The app's API answers refusals with a status and a message a caseworker can act on. */
@RestControllerAdvice(basePackages = "org.careflow.app")
public class ApiErrors {

  /** A case or child that does not exist, or lies outside the caller's jurisdiction. */
  public static class NotFound extends RuntimeException {
    public NotFound(String message) {
      super(message);
    }
  }

  /** A request that is well formed but not allowed in the case's current state. */
  public static class Conflict extends RuntimeException {
    public Conflict(String message) {
      super(message);
    }
  }

  @ExceptionHandler(BadUserRequestException.class)
  ResponseEntity<Map<String, String>> refused(BadUserRequestException e) {
    return error(HttpStatus.BAD_REQUEST, e.getMessage());
  }

  @ExceptionHandler(IllegalArgumentException.class)
  ResponseEntity<Map<String, String>> invalid(IllegalArgumentException e) {
    return error(HttpStatus.BAD_REQUEST, e.getMessage());
  }

  @ExceptionHandler(NotFound.class)
  ResponseEntity<Map<String, String>> notFound(NotFound e) {
    return error(HttpStatus.NOT_FOUND, e.getMessage());
  }

  @ExceptionHandler(Conflict.class)
  ResponseEntity<Map<String, String>> conflict(Conflict e) {
    return error(HttpStatus.CONFLICT, e.getMessage());
  }

  @ExceptionHandler(AuthorizationException.class)
  ResponseEntity<Map<String, String>> forbidden(AuthorizationException e) {
    return error(HttpStatus.FORBIDDEN, "You may not do this");
  }

  private static ResponseEntity<Map<String, String>> error(HttpStatus status, String message) {
    return ResponseEntity.status(status).body(Map.of("message", message == null ? status.getReasonPhrase() : message));
  }
}
