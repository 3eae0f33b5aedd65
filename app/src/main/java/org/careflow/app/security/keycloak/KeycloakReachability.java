package org.careflow.app.security.keycloak;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/** Whether Keycloak answers now: asked before sending a browser there to sign in. */
class KeycloakReachability {

  private final URI discovery;
  private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

  KeycloakReachability(KeycloakProperties keycloak) {
    this.discovery = URI.create(keycloak.internalRealm() + "/.well-known/openid-configuration");
  }

  boolean isUp() {
    try {
      HttpRequest request = HttpRequest.newBuilder(discovery).timeout(Duration.ofSeconds(3)).GET().build();
      return http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode() == 200;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return false;
    } catch (Exception e) {
      return false;
    }
  }
}
