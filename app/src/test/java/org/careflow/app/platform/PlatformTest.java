package org.careflow.app.platform;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Arrays;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The whole platform as it runs in production: the app with its engine, REST API and in-process
 * workers, on a real PostgreSQL (embedded binaries) with a real SMTP server (GreenMail), and the
 * demo county loaded on purpose. One Spring context serves every test class that extends this.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
    "careflow.demo.enabled=true",
    "careflow.workers.password=worker-test",
    "careflow.workers.retry-backoff-millis=300",
    // these tests watch a mail failure become an incident within seconds; the patient schedule of
    // production (8 tries over 45 minutes) is pinned by TopicHandlerRetryTest and CrashRecoveryIntegrationTest
    "careflow.workers.mail-retries=3",
    "careflow.workers.async-response-timeout-millis=1000",
    "camunda.bpm.job-execution.enabled=true",
    // the postgres profile requires the key from the environment; the tests bring their own
    "careflow.registry.id-number-key=AN1Y1/68hMYdVdXQ9r3SLeDng0qNo9BY3Jq7TOtuV3o=",
    // fail fast instead of waiting 30 s for a connection while the JVM shuts the database down
    "spring.datasource.hikari.connection-timeout=2000"
})
@ActiveProfiles("postgres")
public abstract class PlatformTest {

  static final EmbeddedPostgres POSTGRES = startPostgres();
  /** A free port, so that two test runs on one machine do not fight over the SMTP server. */
  static final int SMTP_PORT = freePort();
  private static GreenMail mail = startMail();

  @DynamicPropertySource
  static void infrastructure(DynamicPropertyRegistry registry) {
    registry.add("spring.datasource.url", () -> POSTGRES.getJdbcUrl("postgres", "postgres"));
    registry.add("spring.datasource.username", () -> "postgres");
    registry.add("spring.datasource.password", () -> "");
    registry.add("spring.mail.host", () -> "127.0.0.1");
    registry.add("spring.mail.port", () -> SMTP_PORT);
  }

  protected static GreenMail mail() {
    return mail;
  }

  /** The mails received so far whose subject contains every one of the given parts. */
  protected static MimeMessage[] mailsWithSubject(String... parts) {
    return Arrays.stream(mail.getReceivedMessages()).filter(message -> {
      try {
        String subject = message.getSubject();
        return Arrays.stream(parts).allMatch(subject::contains);
      } catch (MessagingException e) {
        return false;
      }
    }).toArray(MimeMessage[]::new);
  }

  /** Takes the mail server away, as when it is down. */
  protected static void stopMail() {
    mail.stop();
  }

  /** Brings a fresh mail server back. */
  protected static void restartMail() {
    mail = startMail();
  }

  private static GreenMail startMail() {
    GreenMail server = new GreenMail(new ServerSetup(SMTP_PORT, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
    server.start();
    return server;
  }

  private static int freePort() {
    try (java.net.ServerSocket socket = new java.net.ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
      return socket.getLocalPort();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static EmbeddedPostgres startPostgres() {
    try {
      // Never closed here: Spring's context outlives the test classes and must not lose its database.
      return EmbeddedPostgres.builder().start();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
