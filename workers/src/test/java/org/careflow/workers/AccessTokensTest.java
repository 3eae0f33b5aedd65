package org.careflow.workers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The workers' client-credentials token: asked for once, reused, renewed before it expires. */
class AccessTokensTest {

  private HttpServer tokenServer;
  private final AtomicInteger issued = new AtomicInteger();
  private final List<String> requests = new ArrayList<>();
  private volatile int status = 200;
  private Instant now = Instant.parse("2026-11-28T10:00:00Z");

  @BeforeEach
  void startTokenServer() throws IOException {
    tokenServer = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    tokenServer.createContext("/token", exchange -> {
      requests.add(new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
      byte[] body = ("{\"access_token\":\"token-" + issued.incrementAndGet() + "\",\"expires_in\":300}").getBytes(StandardCharsets.UTF_8);
      exchange.sendResponseHeaders(status, body.length);
      exchange.getResponseBody().write(body);
      exchange.close();
    });
    tokenServer.start();
  }

  @AfterEach
  void stopTokenServer() {
    tokenServer.stop(0);
  }

  @Test
  void asksOnceWithTheClientsCredentialsAndRenewsShortlyBeforeExpiry() {
    AccessTokens tokens = tokens();

    assertThat(tokens.current()).isEqualTo("token-1");
    assertThat(requests.get(0)).contains("grant_type=client_credentials", "client_id=careflow-workers", "client_secret=s%26cret");
    now = now.plus(Duration.ofSeconds(260));
    assertThat(tokens.current()).isEqualTo("token-1");
    // 30 s before the 300 s are up: a call may take a while to arrive
    now = now.plus(Duration.ofSeconds(11));
    assertThat(tokens.current()).isEqualTo("token-2");
    assertThat(issued.get()).isEqualTo(2);
  }

  @Test
  void aRefusedTokenRequestFailsTheCallWithoutTheServersAnswerAndAfterAPause() {
    status = 401;
    long started = System.nanoTime();
    assertThatThrownBy(() -> tokens().current()).hasMessageContaining("answered 401").hasMessageNotContaining("token-");
    // the task client polls again at once: without the pause it would hammer a token server that is down
    assertThat(Duration.ofNanos(System.nanoTime() - started)).isGreaterThanOrEqualTo(Duration.ofMillis(200));
  }

  @Test
  void anUnreachableTokenServerFailsTheCallToo() {
    tokenServer.stop(0);
    assertThatThrownBy(() -> tokens().current()).hasMessageContaining("failed");
  }

  private AccessTokens tokens() {
    ClientCredentials credentials = new ClientCredentials(
        "http://127.0.0.1:" + tokenServer.getAddress().getPort() + "/token", "careflow-workers", "s&cret");
    Clock clock = new Clock() {
      @Override
      public java.time.ZoneId getZone() {
        return ZoneOffset.UTC;
      }

      @Override
      public Clock withZone(java.time.ZoneId zone) {
        return this;
      }

      @Override
      public Instant instant() {
        return now;
      }
    };
    return new AccessTokens(credentials, clock, Duration.ofMillis(200));
  }
}
