package org.careflow.app.api;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Map;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.BadUserRequestException;
import org.careflow.app.language.Phrase;
import org.careflow.app.language.Refusal;
import org.careflow.app.language.RequestLanguage;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * The app's API answers refusals with a status and a message a caseworker can act on, in their
 * language ({@link RequestLanguage}) when the refusal is a {@link Refusal}.
 */
@RestControllerAdvice(basePackages = "org.careflow.app")
public class ApiErrors {

  /** A refusal of the app's API outside the engine, said by key (its English is the exception's message). */
  abstract static class ApiRefusal extends RuntimeException implements Refusal {
    private final transient Phrase phrase;

    ApiRefusal(Phrase phrase) {
      super(phrase.english());
      this.phrase = phrase;
    }

    @Override
    public Phrase phrase() {
      return phrase;
    }
  }

  /** A case or child that does not exist, or lies outside the caller's jurisdiction. */
  public static class NotFound extends ApiRefusal {
    public NotFound(String key, Object... args) {
      super(Phrase.of(key, args));
    }
  }

  /** A request that is well formed but not allowed in the case's current state. */
  public static class Conflict extends ApiRefusal {
    public Conflict(String key, Object... args) {
      super(Phrase.of(key, args));
    }
  }

  @ExceptionHandler(BadUserRequestException.class)
  ResponseEntity<Map<String, String>> refused(BadUserRequestException e, HttpServletRequest request) {
    return error(HttpStatus.BAD_REQUEST, said(e, request));
  }

  @ExceptionHandler(IllegalArgumentException.class)
  ResponseEntity<Map<String, String>> invalid(IllegalArgumentException e, HttpServletRequest request) {
    return error(HttpStatus.BAD_REQUEST, said(e, request));
  }

  @ExceptionHandler(NotFound.class)
  ResponseEntity<Map<String, String>> notFound(NotFound e, HttpServletRequest request) {
    return error(HttpStatus.NOT_FOUND, said(e, request));
  }

  @ExceptionHandler(Conflict.class)
  ResponseEntity<Map<String, String>> conflict(Conflict e, HttpServletRequest request) {
    return error(HttpStatus.CONFLICT, said(e, request));
  }

  @ExceptionHandler(AuthorizationException.class)
  ResponseEntity<Map<String, String>> forbidden(AuthorizationException e, HttpServletRequest request) {
    return error(HttpStatus.FORBIDDEN, e instanceof Refusal refusal
        ? refusal.message(RequestLanguage.of(request))
        : Phrase.of("refusal.forbidden").in(RequestLanguage.of(request)));
  }

  private static String said(Exception e, HttpServletRequest request) {
    return Refusal.messageOf(e, RequestLanguage.of(request));
  }

  private static ResponseEntity<Map<String, String>> error(HttpStatus status, String message) {
    return ResponseEntity.status(status).body(Map.of("message", message == null ? status.getReasonPhrase() : message));
  }
}
