package org.careflow.app.continuity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import org.camunda.bpm.engine.ProcessEngine;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Step 1 of the database continuity check (.ci/run; README "The Operaton build"): the Camunda build
 * runs the platform with the demo county on a PostgreSQL database kept on disk, lets the workers
 * and the job executor bring every demo case to where it waits for people or time, and writes down
 * everything the engine holds about the running cases. {@link CaseDatabaseOpen} opens the same
 * database with the Operaton build. Not part of `mvn verify`: run as
 * {@code -Dtest=CaseDatabaseWrite -Dcareflow.continuity.dir=...}.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
    "careflow.demo.enabled=true",
    "careflow.workers.password=worker-test",
    "careflow.workers.retry-backoff-millis=300",
    "careflow.workers.async-response-timeout-millis=1000",
    "camunda.bpm.job-execution.enabled=true",
    "careflow.registry.id-number-key=AN1Y1/68hMYdVdXQ9r3SLeDng0qNo9BY3Jq7TOtuV3o=",
    "spring.datasource.hikari.connection-timeout=2000"
})
@ActiveProfiles("postgres")
class CaseDatabaseWrite {

  static final Path DIR = CaseDatabase.dir();
  static final EmbeddedPostgres POSTGRES = CaseDatabase.create(DIR);
  static final int SMTP_PORT = freePort();
  static final GreenMail MAIL = startMail();

  @DynamicPropertySource
  static void infrastructure(DynamicPropertyRegistry registry) {
    registry.add("spring.datasource.url", () -> POSTGRES.getJdbcUrl("postgres", "postgres"));
    registry.add("spring.datasource.username", () -> "postgres");
    registry.add("spring.datasource.password", () -> "");
    registry.add("spring.mail.host", () -> "127.0.0.1");
    registry.add("spring.mail.port", () -> SMTP_PORT);
  }

  @Autowired ProcessEngine engine;

  @Test
  void camundaLeavesTheDemoCountyWaitingForPeopleAndTime() throws IOException {
    assertThat(ProcessEngine.class.getName()).as("step 1 runs in the default build, on the engine that writes the database").startsWith("org.camunda.");

    // settled: no external task and no job left to do now, and nothing changes for a few seconds
    AtomicReference<List<String>> last = new AtomicReference<>(List.of());
    await().atMost(Duration.ofMinutes(4)).pollInterval(Duration.ofSeconds(3)).until(() -> {
      boolean idle = engine.getExternalTaskService().createExternalTaskQuery().count() == 0
          && engine.getManagementService().createJobQuery().executable().count() == 0;
      List<String> now = RunningCases.of(engine);
      boolean same = now.equals(last.getAndSet(now));
      return idle && same;
    });
    List<String> manifest = last.get();

    assertThat(RunningCases.count(manifest, "instance")).as("running cases").isGreaterThanOrEqualTo(10);
    assertThat(RunningCases.count(manifest, "task")).as("user tasks").isGreaterThanOrEqualTo(10);
    assertThat(RunningCases.count(manifest, "job")).as("timers of running cases").isGreaterThanOrEqualTo(3);
    assertThat(RunningCases.count(manifest, "variable")).as("variables").isGreaterThanOrEqualTo(100);
    assertThat(manifest).as("JSON-serialized variables").anyMatch(line -> line.contains("format=application/json"));
    Files.write(DIR.resolve(CaseDatabase.MANIFEST), manifest);
    List<String> startEvents = RunningCases.startEvents(engine);
    assertThat(startEvents).as("the weekly digest's timer, the hotline's message").hasSizeGreaterThanOrEqualTo(2);
    Files.write(DIR.resolve(CaseDatabase.START_EVENTS), startEvents);
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
      throw new java.io.UncheckedIOException(e);
    }
  }
}
