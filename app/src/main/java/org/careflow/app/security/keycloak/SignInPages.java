package org.careflow.app.security.keycloak;

import java.io.IOException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.context.annotation.Profile;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Sends a browser to Keycloak to sign in, or, when Keycloak does not answer, to a page that says
 * so instead of the browser's own connection error. A sign-in that fails on the way back (e.g.
 * Keycloak went down between the two steps) ends on the same pages.
 */
@RestController
@Profile("keycloak")
class SignInPages implements AuthenticationEntryPoint, AuthenticationFailureHandler {

  static final String SIGN_IN = "/oauth2/authorization/" + KeycloakSecurity.REGISTRATION;
  static final String UNAVAILABLE = "/sign-in/unavailable";
  static final String FAILED = "/sign-in/failed";

  private final KeycloakReachability keycloak;

  SignInPages(KeycloakProperties properties) {
    this.keycloak = new KeycloakReachability(properties);
  }

  @Override
  public void commence(HttpServletRequest request, HttpServletResponse response, AuthenticationException exception)
      throws IOException {
    response.sendRedirect(request.getContextPath() + (keycloak.isUp() ? SIGN_IN : UNAVAILABLE));
  }

  @Override
  public void onAuthenticationFailure(HttpServletRequest request, HttpServletResponse response, AuthenticationException exception)
      throws IOException {
    response.sendRedirect(request.getContextPath() + (keycloak.isUp() ? FAILED : UNAVAILABLE));
  }

  @GetMapping(UNAVAILABLE)
  ResponseEntity<String> unavailable() {
    return page(HttpStatus.SERVICE_UNAVAILABLE, "Sign-in is unavailable",
        "The sign-in service (Keycloak) does not answer, so nobody can sign in right now. "
            + "Work already recorded is safe, and people already signed in can go on working. "
            + "Please try again in a few minutes; if this persists, tell your administrator.");
  }

  @GetMapping(FAILED)
  ResponseEntity<String> failed() {
    return page(HttpStatus.UNAUTHORIZED, "Sign-in did not complete",
        "Your sign-in could not be completed. Please sign in again.");
  }

  private static ResponseEntity<String> page(HttpStatus status, String title, String message) {
    String html = "<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>" + title + " - CareFlow</title></head>"
        + "<body><h1>" + title + "</h1><p>" + message + "</p>"
        + "<p><a href=\"/camunda/app/\">Try again</a></p></body></html>";
    return ResponseEntity.status(status).contentType(MediaType.TEXT_HTML).body(html);
  }
}
