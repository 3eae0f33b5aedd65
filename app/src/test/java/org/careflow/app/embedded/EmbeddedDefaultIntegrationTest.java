package org.careflow.app.embedded;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.careflow.app.CareFlowApplication;
import org.careflow.app.mail.MailCatcher;
import org.careflow.app.mail.MailCatcher.CaughtMail;
import org.careflow.app.platform.PageSession;
import org.careflow.app.platform.Rest;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.core.env.Environment;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The embedded default as the README's run command starts it: no profile, H2, the demo county, the
 * in-process workers and the in-process mail catcher, nothing configured. Only the H2 file goes to a
 * fresh folder (not ./data) and the web server takes a free port. Then a case as the caseworkers
 * drive it through REST, its police report in the catcher, and the administrators' page of mails.
 *
 * <p>Runs under Failsafe, in a JVM of its own: two Spring contexts with an engine named "default"
 * in one JVM (the PostgreSQL platform tests') would take each other's engine away.
 */
@SpringBootTest(classes = CareFlowApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class EmbeddedDefaultIntegrationTest {

  private static final Duration WORKERS = Duration.ofSeconds(60);
  private static final Path DATA = freshFolder();
  private static final String POLICE_LIAISON = "police-liaison@qingshan.example.org";
  private static final ParameterizedTypeReference<Map<String, Object>> MAP = new ParameterizedTypeReference<>() {
  };

  @DynamicPropertySource
  static void freshH2File(DynamicPropertyRegistry registry) {
    // the README's database (application-default.properties), in a folder of this test's own
    registry.add("spring.datasource.url", () -> "jdbc:h2:file:" + DATA.resolve("careflow") + ";DB_CLOSE_ON_EXIT=FALSE");
  }

  @LocalServerPort int port;
  @Autowired TestRestTemplate http;
  @Autowired Environment environment;
  @Autowired MailCatcher catcher;
  @Autowired JavaMailSenderImpl mailSender;
  @Autowired JdbcTemplate jdbc;
  @Autowired TaskService tasks;

  @Test
  @Order(1)
  void itIsTheEmbeddedDefaultWithItsMailCatcher() {
    assertThat(environment.getActiveProfiles()).isEmpty();
    assertThat(environment.getProperty("spring.datasource.url")).startsWith("jdbc:h2:file:");
    assertThat(environment.getProperty("careflow.demo.enabled")).isEqualTo("true");
    assertThat(environment.getProperty("careflow.mail.language")).isEqualTo("zh-CN");
    // the platform's own sender talks SMTP to the catcher, not to the CAREFLOW_MAIL_HOST of the other profiles
    assertThat(mailSender.getHost()).isEqualTo("127.0.0.1");
    assertThat(mailSender.getPort()).isEqualTo(catcher.port()).isPositive();
  }

  @Test
  @Order(2)
  void theMailCatcherReceivesThePoliceReportOfADemoCase() {
    // the demo's child living alone (刘小明) is reported to the police by the workers after the start
    long child = jdbc.queryForObject("select id from careflow.child where full_name = '刘小明'", Long.class);
    String caseNumber = await().atMost(WORKERS).until(() -> jdbc.queryForList(
        "select case_number from careflow.protection_case where child_id = ?", String.class, child).stream()
        .findFirst().orElse(null), number -> number != null);

    CaughtMail report = awaitPoliceReport(caseNumber);

    assertThat(report.recipients()).containsExactly(POLICE_LIAISON);
    assertThat(report.from()).isEqualTo("careflow@localhost");
    assertThat(report.body()).contains("依照未成年人保护强制报告制度", "案件编号：" + caseNumber, "儿童档案号：" + child,
        "儿童无人照料、独自生活", "父母去广州打工，8岁男孩一个人在家生活", "报告渠道：儿童主任发现报告");
    assertThat(report.body()).containsPattern("报告日期：\\d{4}年\\d{1,2}月\\d{1,2}日");
    assertThat(jdbc.queryForObject("select count(*) from careflow.police_notification where case_number = ? and recipient = ?",
        Integer.class, caseNumber, POLICE_LIAISON)).isEqualTo(1);
  }

  @Test
  @Order(3)
  void aHotlineReportDrivenThroughItsFormsSendsItsPoliceReportToTheCatcher() {
    Rest agency = new Rest(http, "agency.qingshan");
    Rest supervisor = new Rest(http, "supervisor.hetang");

    ResponseEntity<Map<String, Object>> opened = agency.as().exchange("/api/hotline/reports", HttpMethod.POST,
        new HttpEntity<>(Map.of("newChildName", "Zhou Xiaolan", "newChildBirthDate", "2017-04-09", "villageCode", "yangliu",
            "childLivingAlone", true, "situationDescription", "Neighbour calls: the girl has been alone since her grandmother died",
            "reporterName", "Neighbour Qian", "reporterPhone", "13600006666")), MAP);
    assertThat(opened.getStatusCode()).as(String.valueOf(opened.getBody())).isEqualTo(HttpStatus.CREATED);
    String caseNumber = (String) opened.getBody().get("caseNumber");
    assertThat(caseNumber).matches("CP-\\d{4}-\\d{6}");

    CaughtMail report = awaitPoliceReport(caseNumber);
    assertThat(report.recipients()).containsExactly(POLICE_LIAISON);
    assertThat(report.body()).contains("案件编号：" + caseNumber, "儿童无人照料、独自生活",
        "the girl has been alone since her grandmother died", "报告人：Neighbour Qian，联系电话：13600006666（报告渠道：24小时求助热线）");

    // the forms that follow, as the township supervisor and the county agency fill them in
    complete(supervisor, caseNumber, "Task_RecordPoliceAcknowledgement",
        Map.of("policeReference", "QS-110-77", "acknowledgedOn", LocalDate.now().toString()));
    await().atMost(WORKERS).until(() -> jdbc.queryForObject("select count(*) from careflow.police_notification"
        + " where case_number = ? and police_reference = 'QS-110-77' and acknowledged_at is not null", Integer.class, caseNumber) == 1);
    complete(supervisor, caseNumber, "Task_TriageReport", Map.of("confirmedRiskLevel", "HIGH", "triageNotes", "Alone for days"));
    complete(agency, caseNumber, "Task_ProvideTemporaryCare", Map.of("careArrangement", "TEMPORARY_GUARDIANSHIP",
        "careLocation", "Qingshan protection centre", "responseNotes", "Taken in the same evening"));
    complete(agency, caseNumber, "Task_AssessGuardianship", Map.of("isOrphan", true, "assessmentNotes", "No parent or guardian left"));
    complete(agency, caseNumber, "Task_ConfirmAssistancePlan", Map.of("orphanRegion", "WEST"));
    await().atMost(WORKERS).until(() -> jdbc.queryForObject(
        "select count(*) from careflow.assistance_measure where case_number = ? and measure = 'ORPHAN_ALLOWANCE'",
        Integer.class, caseNumber) == 1);
    assertThat(jdbc.queryForList("select activity_id from careflow.case_event where case_number = ? order by id", String.class, caseNumber))
        .containsExactly("Task_RecordPoliceAcknowledgement", "Task_TriageReport", "Task_ProvideTemporaryCare",
            "Task_AssessGuardianship", "Task_ConfirmAssistancePlan");
    assertThat(catcher.mails().stream().filter(mail -> mail.subject().contains(caseNumber)))
        .as("the police are told once").hasSize(1);
  }

  @Test
  @Order(4)
  void theAdministratorsPageListsEveryMailAndNoOneElseSeesIt() {
    await().atMost(WORKERS).until(() -> !catcher.mails().isEmpty());
    List<Map<String, Object>> sent = jdbc.queryForList("select recipient, subject from careflow.notification");
    assertThat(sent).isNotEmpty();

    PageSession admin = PageSession.signedIn(port, "admin");
    HttpResponse<String> page = admin.get("/pages/mails");
    assertThat(page.statusCode()).isEqualTo(200);
    String html = page.body();
    for (Map<String, Object> mail : sent) {
      assertThat(html).as("the page lists %s", mail.get("subject"))
          .contains(escaped(mail.get("subject").toString()))
          .contains(mail.get("recipient").toString().split(",")[0]);
    }
    CaughtMail newest = catcher.mails().get(0);
    assertThat(html).contains(escaped(newest.body().lines().findFirst().orElseThrow()));
    assertThat(html).containsPattern("class=\"mail-time\">\\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2}:\\d{2}<");
    assertThat(admin.get("/pages").body()).as("the administrator's home page links to it").contains("href=\"/pages/mails\"");

    PageSession caseworker = PageSession.signedIn(port, "agency.qingshan");
    HttpResponse<String> refused = caseworker.get("/pages/mails");
    assertThat(refused.statusCode()).isEqualTo(403);
    assertThat(refused.body()).doesNotContain(POLICE_LIAISON).doesNotContain("【强制报告】");
    assertThat(caseworker.get("/pages").body()).doesNotContain("/pages/mails");
    assertThat(new PageSession(port).get("/pages/mails").statusCode()).as("signed out: to the sign-in page").isEqualTo(302);
  }

  private CaughtMail awaitPoliceReport(String caseNumber) {
    String subject = "【强制报告】发现需要保护的未成年人，请核查处置（案件编号 " + caseNumber + "）";
    return await().atMost(WORKERS).until(() -> catcher.mails().stream()
        .filter(mail -> mail.subject().equals(subject)).findFirst().orElse(null), mail -> mail != null);
  }

  private void complete(Rest as, String caseNumber, String taskKey, Map<String, Object> variables) {
    Task task = await().atMost(WORKERS).until(() -> tasks.createTaskQuery().processInstanceBusinessKey(caseNumber)
        .taskDefinitionKey(taskKey).list().stream().findFirst().orElse(null), found -> found != null);
    assertThat(as.post("/task/" + task.getId() + "/claim", Map.of("userId", as.user())).getStatusCode())
        .as(as.user() + " claims " + taskKey).isEqualTo(HttpStatus.NO_CONTENT);
    ResponseEntity<Map<String, Object>> done = as.post("/task/" + task.getId() + "/complete", Rest.variables(new HashMap<>(variables)));
    assertThat(done.getStatusCode()).as(taskKey + ": " + done.getBody()).isEqualTo(HttpStatus.NO_CONTENT);
  }

  /** As Thymeleaf writes text into HTML. */
  private static String escaped(String text) {
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;").replace("'", "&#39;");
  }


  @Test
  @Order(5)
  void theManagersDashboardCountsTheEnginesOpenTasksOnTheEmbeddedDatabaseToo() {
    List<String> cases = jdbc.queryForList(
        "select case_number from careflow.protection_case union all select case_number from careflow.foster_placement", String.class);
    long openTasks = tasks.createTaskQuery().processInstanceBusinessKeyIn(cases.toArray(String[]::new)).count();
    assertThat(openTasks).as("the demo county's cases have open tasks").isPositive();

    PageSession manager = PageSession.signedIn(port, "manager.qingshan");
    assertThat(manager.get("/pages/dashboard").statusCode()).isEqualTo(200);
    HttpResponse<String> csv = manager.get("/pages/dashboard.csv");
    assertThat(csv.statusCode()).isEqualTo(200);
    assertThat(csv.body().lines().filter(line -> line.startsWith("Open tasks,")).count())
        .as("one line a task the engine holds open for the county's cases (the dashboard reads the engine's tables in plain SQL)")
        .isEqualTo(openTasks);
  }

  private static Path freshFolder() {
    try {
      // under target/, so that `mvn clean` takes it away
      return Files.createTempDirectory(Files.createDirectories(Path.of("target").toAbsolutePath()), "embedded-default-h2-");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
