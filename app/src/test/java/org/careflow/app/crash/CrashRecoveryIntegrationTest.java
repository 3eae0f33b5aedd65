package org.careflow.app.crash;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import jakarta.mail.internet.MimeMessage;
import java.io.File;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The app as it runs in production ({@code java -jar}, profile postgres, real PostgreSQL and SMTP),
 * killed with SIGKILL in the middle of 1,000 hotline reports and started again; then, while the
 * reports go on, the mail server is down for {@link #MAIL_OUTAGE} (with the test's backoff of 1 s
 * instead of 30 s, that is ten minutes in production time). Every report the app answered 201 must
 * be a case that reaches its wait states (the police report mailed, the triage and acknowledgement
 * tasks open), every step interrupted by the kill is retried, no mail is sent twice, and no incident
 * is left.
 */
class CrashRecoveryIntegrationTest {

  private static final int REPORTS = 1_000;
  private static final int KILL_AFTER = 400;
  private static final int CONCURRENCY = 8;
  private static final Duration MAIL_OUTAGE = Duration.ofSeconds(20);
  private static final Pattern CASE_NUMBER = Pattern.compile("\"caseNumber\":\"([^\"]+)\"");

  private static EmbeddedPostgres postgres;
  private static GreenMail mail;
  private static final List<MimeMessage> receivedBeforeOutage = new ArrayList<>();
  private static JdbcTemplate jdbc;
  private static int port;
  private static int smtpPort;
  private static Path logDirectory;
  private Process app;

  @BeforeAll
  static void infrastructure() throws IOException {
    postgres = EmbeddedPostgres.builder().start();
    DataSource dataSource = postgres.getPostgresDatabase();
    jdbc = new JdbcTemplate(dataSource);
    smtpPort = freePort();
    mail = new GreenMail(new ServerSetup(smtpPort, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
    mail.start();
    port = freePort();
    logDirectory = Files.createDirectories(Path.of("target", "crash-recovery"));
  }

  @org.junit.jupiter.api.AfterEach
  void stopTheApp() throws InterruptedException {
    if (app != null && app.isAlive()) {
      app.destroyForcibly();
      app.waitFor();
    }
  }

  @AfterAll
  static void shutDown() throws IOException {
    mail.stop();
    postgres.close();
  }

  @Test
  void aKilledAppLosesNoAcceptedCaseSendsNoMailTwiceAndRetriesWhatWasInterrupted() throws Exception {
    app = start("first-run");
    List<Long> children = jdbc.queryForList("select id from careflow.child where village_code in "
        + "(select code from careflow.region where region_level = 'VILLAGE') order by id", Long.class);
    assertThat(children).isNotEmpty();
    long demoCases = casesCreated();
    long[] atRestart = new long[2];

    Set<String> accepted = Collections.synchronizedSet(new HashSet<>());
    AtomicInteger refusedOrLost = new AtomicInteger();
    AtomicInteger sent = new AtomicInteger();
    ExecutorService callers = Executors.newFixedThreadPool(CONCURRENCY);
    List<Future<?>> calls = new ArrayList<>();
    for (int i = 0; i < REPORTS; i++) {
      long child = children.get(i % children.size());
      int number = i;
      calls.add(callers.submit(() -> {
        if (sent.incrementAndGet() == KILL_AFTER) {
          app.destroyForcibly(); // SIGKILL: no shutdown hook, no graceful stop of the workers or the job executor
        }
        String caseNumber = report(child, number);
        if (caseNumber != null) {
          accepted.add(caseNumber);
        } else {
          refusedOrLost.incrementAndGet();
        }
      }));
      if (i == KILL_AFTER + 2 * CONCURRENCY) {
        // the calls after the kill fail until the app is back: wait for the kill, then start it again
        for (Future<?> call : calls) {
          call.get();
        }
        app.waitFor();
        Set<String> acceptedBeforeKill = Set.copyOf(accepted);
        atRestart[0] = acceptedBeforeKill.size();
        atRestart[1] = acceptedBeforeKill.size() - waitingCases(acceptedBeforeKill);
        app = start("second-run");
        mailServerDownFor(MAIL_OUTAGE);
      }
    }
    for (Future<?> call : calls) {
      call.get();
    }
    callers.shutdown();

    // every accepted case reaches its wait states: filed, police mailed, triage and acknowledgement open
    await().atMost(Duration.ofMinutes(6)).pollInterval(Duration.ofSeconds(2)).until(() -> waitingCases(accepted) == accepted.size());

    long created = casesCreated() - demoCases;
    Map<String, Integer> policeMails = policeMailsByCase();
    List<String> twice = policeMails.entrySet().stream().filter(e -> e.getValue() > 1).map(Map.Entry::getKey).toList();
    long incidents = jdbc.queryForObject("select count(*) from act_ru_incident", Long.class);
    long mailRetries = jdbc.queryForObject(
        "select count(*) from act_hi_ext_task_log where topic_name_ = 'notifyPolice' and state_ = 1", Long.class);
    System.out.printf("CrashRecovery: %d reports sent, %d answered 201 (%d before the kill, %d of them interrupted "
            + "before their wait states), %d got no 201 (the kill, or the app down), %d cases created (%d committed "
            + "without their answer reaching the caller), %d police mails for %d cases, %d sent twice, %d police-mail "
            + "failures retried during the %d s mail outage, %d incidents%n",
        REPORTS, accepted.size(), atRestart[0], atRestart[1], refusedOrLost.get(), created, created - accepted.size(),
        policeMails.values().stream().mapToInt(Integer::intValue).sum(), policeMails.size(), twice.size(), mailRetries,
        MAIL_OUTAGE.toSeconds(), incidents);

    assertThat(accepted).as("reports answered 201").hasSizeGreaterThan(REPORTS / 2);
    assertThat(atRestart[1]).as("accepted cases the kill interrupted before their wait states").isPositive();
    assertThat(created).as("cases created: every accepted one, none lost").isGreaterThanOrEqualTo(accepted.size());
    assertThat(policeMails.keySet()).as("every accepted case's police report was mailed").containsAll(accepted);
    assertThat(twice).as("police reports mailed twice").isEmpty();
    assertThat(jdbc.queryForObject("""
        select count(*) from (select process_instance_id, kind from careflow.notification
        group by process_instance_id, kind having count(*) > 1) twice""", Long.class)).isZero();
    assertThat(incidents).as("incidents left").isZero();
    assertThat(mailRetries).as("police mails that failed while the mail server was down, and were retried").isPositive();
  }

  /** Stops the SMTP server now and starts a new one on the same port after the outage, in the background. */
  private static void mailServerDownFor(Duration outage) {
    receivedBeforeOutage.addAll(List.of(mail.getReceivedMessages()));
    mail.stop();
    Thread restart = new Thread(() -> {
      try {
        Thread.sleep(outage.toMillis());
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
      mail = new GreenMail(new ServerSetup(smtpPort, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
      mail.start();
    });
    restart.setDaemon(true);
    restart.start();
  }

  private Process start(String run) throws IOException {
    File jar = Files.list(Path.of("target")).filter(p -> p.getFileName().toString().matches("careflow-app-.*\\.jar"))
        .filter(p -> !p.getFileName().toString().endsWith("-plain.jar")).findFirst()
        .orElseThrow(() -> new AssertionError("the app's jar is built by `mvn package` before the integration tests"))
        .toFile();
    List<String> command = new ArrayList<>(List.of(
        Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx768m", "-jar", jar.getAbsolutePath(),
        "--spring.profiles.active=postgres",
        "--server.port=" + port,
        "--spring.datasource.url=" + postgres.getJdbcUrl("postgres", "postgres"),
        "--spring.datasource.username=postgres",
        "--spring.datasource.password=",
        "--spring.mail.host=127.0.0.1",
        "--spring.mail.port=" + smtpPort,
        "--careflow.demo.enabled=true",
        "--careflow.workers.password=crash-test",
        "--careflow.registry.id-number-key=AN1Y1/68hMYdVdXQ9r3SLeDng0qNo9BY3Jq7TOtuV3o=",
        // what the killed process had locked is free again after these, not after the production minutes
        "--careflow.workers.lock-duration-millis=10000",
        "--careflow.workers.retry-backoff-millis=1000",
        "--camunda.bpm.job-execution.lock-time-in-millis=10000"));
    Process process = new ProcessBuilder(command).redirectErrorStream(true)
        .redirectOutput(logDirectory.resolve(run + ".log").toFile()).start();
    await().atMost(Duration.ofMinutes(3)).pollInterval(Duration.ofSeconds(1)).until(() -> {
      if (!process.isAlive()) {
        throw new AssertionError("the app stopped at start; see target/crash-recovery/" + run + ".log");
      }
      return healthy();
    });
    return process;
  }

  private static boolean healthy() {
    try {
      return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/actuator/health"))
          .timeout(Duration.ofSeconds(2)).build(), HttpResponse.BodyHandlers.ofString()).body().contains("UP");
    } catch (IOException e) {
      return false;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return false;
    }
  }

  /** The case number the app answered with, or null when it refused or the connection died. */
  private static String report(long child, int number) {
    String body = "{\"childId\":" + child + ",\"childLivingAlone\":true,\"situationDescription\":\"Report " + number
        + ": the child is seen alone at night\",\"reporterName\":\"Caller " + number + "\",\"reporterPhone\":\"13900000000\"}";
    try {
      HttpResponse<String> answer = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
              URI.create("http://127.0.0.1:" + port + "/api/hotline/reports"))
          .header("Authorization", "Basic " + Base64.getEncoder().encodeToString("agency.qingshan:demo".getBytes(StandardCharsets.UTF_8)))
          .header("Content-Type", "application/json").timeout(Duration.ofSeconds(30))
          .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
      if (answer.statusCode() != 201) {
        return null;
      }
      Matcher caseNumber = CASE_NUMBER.matcher(answer.body());
      return caseNumber.find() ? caseNumber.group(1) : null;
    } catch (IOException e) {
      return null;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return null;
    }
  }

  private static long casesCreated() {
    return jdbc.queryForObject("select count(*) from careflow.child_case where case_number like 'CP-%'", Long.class);
  }

  private static long waitingCases(Set<String> caseNumbers) {
    List<String> waiting = jdbc.queryForList("""
        select e.business_key_ from act_ru_execution e
        where e.parent_id_ is null and e.proc_def_id_ like 'child-protection-case:%'
          and exists (select 1 from act_ru_task t where t.proc_inst_id_ = e.id_ and t.task_def_key_ = 'Task_TriageReport')
          and exists (select 1 from act_ru_task t where t.proc_inst_id_ = e.id_ and t.task_def_key_ = 'Task_RecordPoliceAcknowledgement')
          and not exists (select 1 from act_ru_ext_task x where x.proc_inst_id_ = e.id_ and x.topic_name_ = 'notifyPolice')
          and exists (select 1 from careflow.protection_case p where p.case_number = e.business_key_)""", String.class);
    return waiting.stream().filter(caseNumbers::contains).count();
  }

  /** Police mails received by the SMTP server, by the case number they name. */
  private static Map<String, Integer> policeMailsByCase() throws Exception {
    Map<String, Integer> byCase = new HashMap<>();
    Pattern number = Pattern.compile("CP-[0-9]{4}-[0-9]+");
    List<MimeMessage> received = new ArrayList<>(receivedBeforeOutage);
    received.addAll(List.of(mail.getReceivedMessages()));
    for (MimeMessage message : received) {
      String recipients = String.valueOf(List.of(message.getAllRecipients()));
      if (!recipients.contains("police")) {
        continue;
      }
      Matcher found = number.matcher(message.getSubject() + " " + message.getContent());
      if (found.find()) {
        byCase.merge(found.group(), 1, Integer::sum);
      }
    }
    return byCase;
  }

  private static int freePort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    }
  }
}
