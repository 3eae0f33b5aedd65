package org.careflow.workers;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/** Where the engine's REST API is and how the workers sign in to it. */
@Component
public class EngineEndpoint {

  private final WorkerProperties properties;
  private final AccessTokens tokens;
  private final Environment environment;

  EngineEndpoint(WorkerProperties properties, AccessTokens tokens, Environment environment) {
    this.properties = properties;
    this.tokens = tokens;
    this.environment = environment;
  }

  /** The configured engine URL, or else this app's own /engine-rest once its web server runs. */
  public String url() {
    if (properties.engineUrl() != null && !properties.engineUrl().isBlank()) {
      return properties.engineUrl();
    }
    String port = environment.getProperty("local.server.port");
    if (port == null) {
      throw new IllegalStateException("Set careflow.workers.engine-url: no local web server to call");
    }
    return "http://localhost:" + port + environment.getProperty("server.servlet.context-path", "") + "/engine-rest";
  }

  public boolean hasCredentials() {
    return tokens.isConfigured() || (properties.username() != null && !properties.username().isBlank());
  }

  /** The Authorization header value: a client-credentials bearer token when configured, else HTTP Basic. */
  public String authorization() {
    return tokens.isConfigured() ? "Bearer " + tokens.current() : basicAuthorization();
  }

  private String basicAuthorization() {
    String credentials = properties.username() + ":" + (properties.password() == null ? "" : properties.password());
    return "Basic " + Base64.getEncoder().encodeToString(credentials.getBytes(StandardCharsets.UTF_8));
  }
}
