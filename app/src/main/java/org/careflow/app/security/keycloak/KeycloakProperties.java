package org.careflow.app.security.keycloak;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Where the Keycloak realm is and how the app signs in to it (profile keycloak). {@code url} is
 * Keycloak as browsers reach it, which is also the tokens' issuer; {@code internalUrl} is how this
 * app reaches it (the same unless a container network puts them on different names).
 */
@ConfigurationProperties(prefix = "careflow.keycloak")
record KeycloakProperties(
    String url,
    String internalUrl,
    String realm,
    String clientId,
    String clientSecret,
    String audience,
    Duration clockSkew,
    Identity identity) {

  /** The engine identity plugin's own client: a service account that may only read users and groups. */
  record Identity(String clientId, String clientSecret, Integer cacheMinutes) {
  }

  String issuer() {
    return url + "/realms/" + realm;
  }

  /** An OpenID Connect endpoint as browsers call it (e.g. "auth", "logout"). */
  String publicEndpoint(String name) {
    return issuer() + "/protocol/openid-connect/" + name;
  }

  /** An OpenID Connect endpoint as this app calls it (e.g. "token", "certs"). */
  String internalEndpoint(String name) {
    return internalRealm() + "/protocol/openid-connect/" + name;
  }

  String internalRealm() {
    return internal() + "/realms/" + realm;
  }

  String adminApi() {
    return internal() + "/admin/realms/" + realm;
  }

  Duration clockSkewOrDefault() {
    return clockSkew == null ? Duration.ofSeconds(30) : clockSkew;
  }

  private String internal() {
    return internalUrl == null || internalUrl.isBlank() ? url : internalUrl;
  }
}
