package org.careflow.app.security.keycloak;

import java.io.IOException;
import java.util.List;
import org.springframework.http.MediaType;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.oauth2.core.DelegatingOAuth2TokenValidator;
import org.springframework.security.oauth2.jwt.JwtClaimNames;
import org.springframework.security.oauth2.jwt.JwtClaimValidator;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtIssuerValidator;
import org.springframework.security.oauth2.jwt.JwtTimestampValidator;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationConverter;
import org.springframework.security.web.AuthenticationEntryPoint;

/**
 * Which bearer tokens /engine-rest and /api accept: signed by the realm's keys, issued by the
 * realm, naming this app as audience, and not expired. The user is the token's preferred_username.
 */
final class BearerTokens {

  private BearerTokens() {
  }

  static JwtDecoder decoder(KeycloakProperties keycloak) {
    // the realm's public keys are cached and fetched again for a key id not seen yet
    NimbusJwtDecoder decoder = NimbusJwtDecoder.withJwkSetUri(keycloak.internalEndpoint("certs")).build();
    decoder.setJwtValidator(new DelegatingOAuth2TokenValidator<>(
        new JwtTimestampValidator(keycloak.clockSkewOrDefault()),
        new JwtIssuerValidator(keycloak.issuer()),
        new JwtClaimValidator<List<String>>(JwtClaimNames.AUD, audience -> audience != null && audience.contains(keycloak.audience()))));
    return decoder;
  }

  static JwtAuthenticationConverter userFromPreferredUsername() {
    JwtAuthenticationConverter converter = new JwtAuthenticationConverter();
    converter.setPrincipalClaimName("preferred_username");
    return converter;
  }

  /**
   * A refused token gets 401 and nothing else: not why (expired, bad signature, wrong issuer), which
   * Spring would otherwise spell out in the WWW-Authenticate header.
   */
  static AuthenticationEntryPoint refusal() {
    return (request, response, exception) -> refuse(response, exception);
  }

  private static void refuse(jakarta.servlet.http.HttpServletResponse response, AuthenticationException ignored) throws IOException {
    response.setStatus(401);
    response.setHeader("WWW-Authenticate", "Bearer realm=\"careflow\"");
    response.setContentType(MediaType.APPLICATION_JSON_VALUE);
    response.getWriter().write("{\"type\":\"Unauthorized\",\"message\":\"A valid bearer token is required\"}");
  }
}
