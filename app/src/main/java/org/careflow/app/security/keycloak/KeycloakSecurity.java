package org.careflow.app.security.keycloak;

import static org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher.withDefaults;

import jakarta.servlet.DispatcherType;
import java.util.Map;
import org.camunda.bpm.engine.rest.security.auth.ProcessEngineAuthenticationFilter;
import org.springframework.boot.autoconfigure.security.SecurityProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AbstractHttpConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.oauth2.client.oidc.web.logout.OidcClientInitiatedLogoutSuccessHandler;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.client.registration.InMemoryClientRegistrationRepository;
import org.springframework.security.oauth2.client.web.HttpSessionOAuth2AuthorizedClientRepository;
import org.springframework.security.oauth2.client.web.OAuth2AuthorizedClientRepository;
import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.core.ClientAuthenticationMethod;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.util.matcher.OrRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;

/**
 * Profile keycloak: who is calling.
 * <ul>
 * <li>/engine-rest and /api take Keycloak bearer tokens (the workers' client-credentials token too);
 * anything else gets 401.</li>
 * <li>Tasklist, Cockpit, Admin (/camunda) and the app's pages (/pages) sign in through Keycloak
 * (OpenID Connect); the signed-in user then fills the Camunda webapp session, and the webapps keep
 * their own CSRF protection.</li>
 * </ul>
 * Behind both, Camunda's filters hand the user to the engine, which checks authorizations with the
 * user's Keycloak groups. No Keycloak endpoint is called at start-up, so the app starts while
 * Keycloak is still starting.
 */
@Configuration
@Profile("keycloak")
class KeycloakSecurity {

  static final String REGISTRATION = "keycloak";
  /** After Spring Security's filter chain, so Camunda's filters see the signed-in user. */
  private static final int AFTER_SPRING_SECURITY = SecurityProperties.DEFAULT_FILTER_ORDER + 1;
  private static final RequestMatcher WEBAPP_LOGOUT = withDefaults().matcher(HttpMethod.POST, "/camunda/api/admin/auth/user/*/logout");

  @Bean
  @Order(1)
  SecurityFilterChain bearerTokenApis(HttpSecurity http, JwtDecoder decoder) throws Exception {
    http.securityMatcher(new OrRequestMatcher(withDefaults().matcher("/engine-rest/**"), withDefaults().matcher("/api/**")))
        .authorizeHttpRequests(requests -> requests.anyRequest().authenticated())
        .oauth2ResourceServer(server -> server
            .jwt(jwt -> jwt.decoder(decoder).jwtAuthenticationConverter(BearerTokens.userFromPreferredUsername()))
            .authenticationEntryPoint(BearerTokens.refusal()))
        .exceptionHandling(exceptions -> exceptions.authenticationEntryPoint(BearerTokens.refusal()))
        .sessionManagement(sessions -> sessions.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
        .requestCache(AbstractHttpConfigurer::disable)
        .anonymous(AbstractHttpConfigurer::disable)
        .csrf(AbstractHttpConfigurer::disable);
    return http.build();
  }

  @Bean
  @Order(2)
  SecurityFilterChain webappSignIn(HttpSecurity http, ClientRegistrationRepository registrations,
      OAuth2AuthorizedClientRepository authorizedClients, SignInPages signIn, KeycloakProperties keycloak) throws Exception {
    var keycloakLogout = new OidcClientInitiatedLogoutSuccessHandler(registrations);
    keycloakLogout.setPostLogoutRedirectUri("{baseUrl}/camunda/app/");
    http.authorizeHttpRequests(requests -> requests
            .requestMatchers(withDefaults().matcher("/camunda/app/**"), withDefaults().matcher("/camunda/api/**"),
                withDefaults().matcher(WebappSessionFromSignIn.PAGES + "**"))
            .authenticated()
            .anyRequest().permitAll())
        .oauth2Login(login -> login
            .loginPage(SignInPages.SIGN_IN)
            .authorizedClientRepository(authorizedClients)
            .failureHandler(signIn))
        .exceptionHandling(exceptions -> exceptions.authenticationEntryPoint(signIn))
        .logout(logout -> logout
            // "/logout" sends the browser through Keycloak's logout; the webapps' own "Log out" is a
            // background call, so Keycloak's session is ended from the server and the call answered 200
            .logoutRequestMatcher(new OrRequestMatcher(withDefaults().matcher("/logout"), WEBAPP_LOGOUT))
            .addLogoutHandler((request, response, authentication) -> {
              if (WEBAPP_LOGOUT.matches(request)) {
                new KeycloakSessionEnd(keycloak, authorizedClients).logout(request, response, authentication);
              }
            })
            .logoutSuccessHandler((request, response, authentication) -> {
              if (WEBAPP_LOGOUT.matches(request)) {
                response.setStatus(200);
              } else {
                keycloakLogout.onLogoutSuccess(request, response, authentication);
              }
            }))
        // the webapps bring their own CSRF protection and security headers
        .csrf(AbstractHttpConfigurer::disable)
        .headers(AbstractHttpConfigurer::disable);
    return http.build();
  }

  /** Endpoints spelled out, not discovered, so nothing is fetched from Keycloak at start-up. */
  @Bean
  ClientRegistrationRepository clientRegistrations(KeycloakProperties keycloak) {
    ClientRegistration registration = ClientRegistration.withRegistrationId(REGISTRATION)
        .clientId(keycloak.clientId())
        .clientSecret(keycloak.clientSecret())
        .clientAuthenticationMethod(ClientAuthenticationMethod.CLIENT_SECRET_BASIC)
        .authorizationGrantType(AuthorizationGrantType.AUTHORIZATION_CODE)
        .redirectUri("{baseUrl}/login/oauth2/code/{registrationId}")
        .scope("openid", "profile", "email")
        .authorizationUri(keycloak.publicEndpoint("auth"))
        .tokenUri(keycloak.internalEndpoint("token"))
        .jwkSetUri(keycloak.internalEndpoint("certs"))
        .userInfoUri(keycloak.internalEndpoint("userinfo"))
        .userNameAttributeName("preferred_username")
        .issuerUri(keycloak.issuer())
        .providerConfigurationMetadata(Map.of("end_session_endpoint", keycloak.publicEndpoint("logout")))
        .clientName("Keycloak")
        .build();
    return new InMemoryClientRegistrationRepository(registration);
  }

  /** Tokens from the sign-in kept in the user's HTTP session, so they end with it. */
  @Bean
  OAuth2AuthorizedClientRepository authorizedClients() {
    return new HttpSessionOAuth2AuthorizedClientRepository();
  }

  @Bean
  JwtDecoder bearerTokenDecoder(KeycloakProperties keycloak) {
    return BearerTokens.decoder(keycloak);
  }

  @Bean
  FilterRegistrationBean<WebappSessionFromSignIn> webappSessionFromSignIn() {
    var registration = new FilterRegistrationBean<>(new WebappSessionFromSignIn());
    registration.setName("careflow-webapp-session-from-sign-in");
    registration.setInitParameters(Map.of(ProcessEngineAuthenticationFilter.AUTHENTICATION_PROVIDER_PARAM, SignedInUser.class.getName()));
    registration.addUrlPatterns("/camunda/app/*", "/camunda/api/*", WebappSessionFromSignIn.PAGES + "*");
    registration.setDispatcherTypes(DispatcherType.REQUEST);
    registration.setOrder(AFTER_SPRING_SECURITY);
    return registration;
  }

  @Bean
  FilterRegistrationBean<ProcessEngineAuthenticationFilter> engineRestUser() {
    return engineUser("careflow-engine-rest-user", "/engine-rest");
  }

  @Bean
  FilterRegistrationBean<ProcessEngineAuthenticationFilter> appApiUser() {
    return engineUser("careflow-api-user", "/api");
  }

  private static FilterRegistrationBean<ProcessEngineAuthenticationFilter> engineUser(String name, String prefix) {
    var registration = new FilterRegistrationBean<>(new ProcessEngineAuthenticationFilter());
    registration.setName(name);
    registration.addUrlPatterns(prefix + "/*");
    registration.addInitParameter(ProcessEngineAuthenticationFilter.AUTHENTICATION_PROVIDER_PARAM, SignedInUser.class.getName());
    registration.addInitParameter("rest-url-pattern-prefix", prefix);
    registration.setOrder(AFTER_SPRING_SECURITY);
    return registration;
  }
}
