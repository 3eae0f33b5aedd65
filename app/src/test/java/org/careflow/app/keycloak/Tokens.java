package org.careflow.app.keycloak;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

/** Access tokens from the test's Keycloak, as a caller would get them. */
record Tokens(KeycloakServer keycloak) {

  static final String REALM = "careflow";
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final HttpClient HTTP = HttpClient.newHttpClient();

  /** A user's token through the password grant (enabled on careflow-app for this test only). */
  String user(String username) {
    return token(REALM, form("grant_type", "password", "client_id", "careflow-app", "client_secret", "careflow-app-secret",
        "username", username, "password", "demo", "scope", "openid"));
  }

  String client(String clientId, String secret) {
    return token(REALM, form("grant_type", "client_credentials", "client_id", clientId, "client_secret", secret));
  }

  /** A genuine token, signed by the same server, but from another realm: another issuer, other keys. */
  String fromMasterRealm() {
    return token("master", form("grant_type", "password", "client_id", "admin-cli",
        "username", KeycloakServer.ADMIN, "password", KeycloakServer.ADMIN_PASSWORD));
  }

  private String token(String realm, String form) {
    try {
      HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(
              URI.create(keycloak.realmUrl(realm) + "/protocol/openid-connect/token"))
          .header("Content-Type", "application/x-www-form-urlencoded")
          .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
      if (response.statusCode() != 200) {
        throw new AssertionError("token request answered " + response.statusCode() + ": " + response.body());
      }
      JsonNode body = JSON.readTree(response.body());
      return body.path("access_token").asText();
    } catch (IOException e) {
      throw new AssertionError(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new AssertionError(e);
    }
  }

  private static String form(String... pairs) {
    Map<String, String> values = new LinkedHashMap<>();
    for (int i = 0; i < pairs.length; i += 2) {
      values.put(pairs[i], pairs[i + 1]);
    }
    return values.entrySet().stream()
        .map(entry -> entry.getKey() + "=" + URLEncoder.encode(entry.getValue(), StandardCharsets.UTF_8))
        .collect(Collectors.joining("&"));
  }
}
