package org.careflow.workers;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/**
 * The workers' access token from the client-credentials grant, fetched when first needed and again
 * shortly before it expires, so no call goes out with a token about to lapse.
 */
@Component
public class AccessTokens {

  /** Renew this long before expiry: a call may take a while to reach the engine. */
  static final Duration RENEW_BEFORE_EXPIRY = Duration.ofSeconds(30);
  /**
   * After a failed token request, wait this long before failing the call: the task client polls
   * again at once, and would otherwise hammer a token server that is down.
   */
  static final Duration PAUSE_AFTER_FAILURE = Duration.ofSeconds(3);

  private static final ObjectMapper JSON = new ObjectMapper();

  private final ClientCredentials credentials;
  private final Clock clock;
  private final Duration pauseAfterFailure;
  private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
  private String token;
  private Instant renewAt = Instant.MIN;

  /** Token lifetimes run on real time, not on the business clock that tests may fix. */
  @Autowired
  AccessTokens(ClientCredentials credentials) {
    this(credentials, Clock.systemUTC(), PAUSE_AFTER_FAILURE);
  }

  AccessTokens(ClientCredentials credentials, Clock clock, Duration pauseAfterFailure) {
    this.credentials = credentials;
    this.clock = clock;
    this.pauseAfterFailure = pauseAfterFailure;
  }

  public boolean isConfigured() {
    return credentials.isConfigured();
  }

  public synchronized String current() {
    if (token == null || !clock.instant().isBefore(renewAt)) {
      try {
        fetch();
      } catch (IllegalStateException e) {
        pause();
        throw e;
      }
    }
    return token;
  }

  private void pause() {
    try {
      Thread.sleep(pauseAfterFailure.toMillis());
    } catch (InterruptedException interrupted) {
      Thread.currentThread().interrupt();
    }
  }

  private void fetch() {
    String form = "grant_type=client_credentials"
        + "&client_id=" + URLEncoder.encode(credentials.clientId(), StandardCharsets.UTF_8)
        + "&client_secret=" + URLEncoder.encode(credentials.clientSecret() == null ? "" : credentials.clientSecret(),
            StandardCharsets.UTF_8);
    HttpRequest request = HttpRequest.newBuilder(URI.create(credentials.tokenUrl()))
        .timeout(Duration.ofSeconds(15))
        .header("Content-Type", "application/x-www-form-urlencoded")
        .POST(HttpRequest.BodyPublishers.ofString(form))
        .build();
    try {
      Instant asked = clock.instant();
      HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
      if (response.statusCode() != 200) {
        // the body may name the client; the status is enough to find the cause in the token server's log
        throw new IllegalStateException("Token request to " + credentials.tokenUrl() + " answered " + response.statusCode());
      }
      JsonNode body = JSON.readTree(response.body());
      token = body.path("access_token").asText();
      Duration lifetime = Duration.ofSeconds(body.path("expires_in").asLong(60));
      Duration margin = lifetime.compareTo(RENEW_BEFORE_EXPIRY.multipliedBy(2)) > 0 ? RENEW_BEFORE_EXPIRY : lifetime.dividedBy(2);
      renewAt = asked.plus(lifetime).minus(margin);
    } catch (IOException e) {
      throw new IllegalStateException("Token request to " + credentials.tokenUrl() + " failed", e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("Interrupted while fetching a token", e);
    }
  }
}
