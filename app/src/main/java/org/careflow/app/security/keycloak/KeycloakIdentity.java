package org.careflow.app.security.keycloak;

import org.camunda.bpm.extension.keycloak.plugin.KeycloakIdentityProviderPlugin;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Profile;

/**
 * The engine reads users, groups and memberships from the Keycloak realm (read-only: the app
 * creates none). Keycloak's top-level groups keep their names as group ids ("director-lianhua"),
 * so candidate groups and authorizations work exactly as with the engine's own identity.
 */
@Configuration
@Profile("keycloak")
@EnableConfigurationProperties(KeycloakProperties.class)
class KeycloakIdentity {

  @Bean
  KeycloakIdentityProviderPlugin keycloakIdentityProvider(KeycloakProperties keycloak) {
    var plugin = new KeycloakIdentityProviderPlugin();
    plugin.setKeycloakIssuerUrl(keycloak.internalRealm());
    plugin.setKeycloakAdminUrl(keycloak.adminApi());
    plugin.setClientId(keycloak.identity().clientId());
    plugin.setClientSecret(keycloak.identity().clientSecret());
    plugin.setUseUsernameAsCamundaUserId(true);
    // a group's path without the leading "/": a top-level group "director-lianhua" keeps that id
    plugin.setUseGroupPathAsCamundaGroupId(true);
    plugin.setCacheEnabled(true);
    plugin.setMaxCacheSize(1000);
    Integer minutes = keycloak.identity().cacheMinutes();
    plugin.setCacheExpirationTimeoutMin(minutes == null ? 5 : minutes);
    return plugin;
  }
}
