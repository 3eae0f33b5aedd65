package org.careflow.workers;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Signing in with an OAuth2 client-credentials token instead of a password: set
 * careflow.workers.token-url (e.g. Keycloak's .../protocol/openid-connect/token), client-id and
 * client-secret. Without a token URL the workers use HTTP Basic (username, password).
 */
@ConfigurationProperties(prefix = "careflow.workers")
public record ClientCredentials(String tokenUrl, String clientId, String clientSecret) {

  public boolean isConfigured() {
    return tokenUrl != null && !tokenUrl.isBlank();
  }
}
