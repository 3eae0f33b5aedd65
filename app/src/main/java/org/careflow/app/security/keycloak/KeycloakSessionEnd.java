package org.careflow.app.security.keycloak;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.core.Authentication;
import org.springframework.security.oauth2.client.OAuth2AuthorizedClient;
import org.springframework.security.oauth2.client.web.OAuth2AuthorizedClientRepository;
import org.springframework.security.web.authentication.logout.LogoutHandler;

/**
 * Ends the user's Keycloak session from the server (the refresh token names it). Used when the
 * webapps' own "Log out" is clicked: that is a background request, so the browser cannot be sent to
 * Keycloak's logout page; without this, the next page load would sign the user straight back in.
 */
class KeycloakSessionEnd implements LogoutHandler {

  private static final Logger log = LoggerFactory.getLogger(KeycloakSessionEnd.class);

  private final KeycloakProperties keycloak;
  private final OAuth2AuthorizedClientRepository authorizedClients;
  private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(3)).build();

  KeycloakSessionEnd(KeycloakProperties keycloak, OAuth2AuthorizedClientRepository authorizedClients) {
    this.keycloak = keycloak;
    this.authorizedClients = authorizedClients;
  }

  @Override
  public void logout(HttpServletRequest request, HttpServletResponse response, Authentication authentication) {
    if (authentication == null) {
      return;
    }
    OAuth2AuthorizedClient client = authorizedClients.loadAuthorizedClient(KeycloakSecurity.REGISTRATION, authentication, request);
    if (client == null || client.getRefreshToken() == null) {
      return;
    }
    String form = "client_id=" + encode(keycloak.clientId()) + "&client_secret=" + encode(keycloak.clientSecret())
        + "&refresh_token=" + encode(client.getRefreshToken().getTokenValue());
    try {
      HttpResponse<Void> answer = http.send(HttpRequest.newBuilder(URI.create(keycloak.internalEndpoint("logout")))
          .timeout(Duration.ofSeconds(5))
          .header("Content-Type", "application/x-www-form-urlencoded")
          .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.discarding());
      if (answer.statusCode() >= 300) {
        log.warn("Keycloak refused to end the session of {}: {}", authentication.getName(), answer.statusCode());
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    } catch (Exception e) {
      // the local session ends anyway; Keycloak's ends when it expires
      log.warn("Could not reach Keycloak to end the session of {}: {}", authentication.getName(), e.toString());
    }
    authorizedClients.removeAuthorizedClient(KeycloakSecurity.REGISTRATION, authentication, request, response);
  }

  private static String encode(String value) {
    return URLEncoder.encode(value == null ? "" : value, StandardCharsets.UTF_8);
  }
}
