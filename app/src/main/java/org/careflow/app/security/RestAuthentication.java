package org.careflow.app.security;

import org.camunda.bpm.engine.rest.security.auth.ProcessEngineAuthenticationFilter;
import org.camunda.bpm.engine.rest.security.auth.impl.HttpBasicAuthenticationProvider;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Profile;
import org.springframework.core.Ordered;

/**
 * The REST API answers only authenticated users (HTTP Basic against the engine's identity). The
 * engine then checks each call against the user's authorizations. The webapps keep their own
 * session login and CSRF protection. Profile keycloak replaces this with bearer tokens
 * (see the keycloak package).
 */
@Configuration
@Profile("!keycloak")
class RestAuthentication {

  @Bean
  FilterRegistrationBean<ProcessEngineAuthenticationFilter> engineRestAuthentication() {
    return basicAuthentication("careflow-engine-rest-authentication", "/engine-rest");
  }

  /** The app's own API: the same users, and the engine checks their authorizations the same way. */
  @Bean
  FilterRegistrationBean<ProcessEngineAuthenticationFilter> appApiAuthentication() {
    return basicAuthentication("careflow-api-authentication", "/api");
  }

  private static FilterRegistrationBean<ProcessEngineAuthenticationFilter> basicAuthentication(String name, String prefix) {
    var registration = new FilterRegistrationBean<>(new ProcessEngineAuthenticationFilter());
    registration.setName(name);
    registration.addUrlPatterns(prefix + "/*");
    registration.addInitParameter(ProcessEngineAuthenticationFilter.AUTHENTICATION_PROVIDER_PARAM,
        HttpBasicAuthenticationProvider.class.getName());
    registration.addInitParameter("rest-url-pattern-prefix", prefix);
    registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 20);
    return registration;
  }
}
