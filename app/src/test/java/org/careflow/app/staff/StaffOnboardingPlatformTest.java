package org.careflow.app.staff;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.careflow.contract.StaffOnboarding.*;

import jakarta.mail.Address;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ExternalTaskService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.task.Task;
import org.careflow.app.platform.PlatformTest;
import org.careflow.app.platform.Rest;
import org.careflow.contract.EntrustedGuardianship;
import org.careflow.contract.Jurisdiction;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Onboarding and the yearly training on the whole platform: a new child director registered by
 * the county's civil-affairs office sees no village work until passing the assessment; a lapse
 * takes the work away and mails them and the county once, even when the mail server was down;
 * bad input changes nothing; the staff page counts what people did.
 */
class StaffOnboardingPlatformTest extends PlatformTest {

  private static final java.net.http.HttpClient PAGES = java.net.http.HttpClient.newBuilder()
      .followRedirects(java.net.http.HttpClient.Redirect.NEVER).build();

  @Autowired TestRestTemplate http;
  @Autowired RuntimeService runtime;
  @Autowired TaskService tasks;
  @Autowired IdentityService identity;
  @Autowired ManagementService management;
  @Autowired ExternalTaskService externalTasks;
  @Autowired JdbcTemplate jdbc;

  @Test
  void aNewDirectorCanNeitherSeeNorClaimTheVillagesWorkUntilPassingTheAssessment() {
    Rest civil = new Rest(http, "civil.qingshan");
    String onboarding = register(civil, "director.lianhua2", "Tang Yu", Jurisdiction.ROLE_CHILD_DIRECTORS, "lianhua");
    assertThat(runtime.createProcessInstanceQuery().processInstanceId(onboarding).singleResult().getBusinessKey())
        .isEqualTo("STAFF-director.lianhua2");
    Rest newcomer = new Rest(http, "director.lianhua2");
    Task villageTask = guardianshipTaskIn("lianhua");

    assertThat(groupsOf("director.lianhua2")).isEmpty();
    assertThat(newcomer.list("/task")).isEmpty();
    assertThat(newcomer.post("/task/" + villageTask.getId() + "/claim", Map.of("userId", "director.lianhua2")).getStatusCode())
        .isEqualTo(HttpStatus.FORBIDDEN);

    recordTraining(civil, onboarding);
    assertThat(recordAssessment(civil, onboarding, 45).getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
    assertThat(groupsOf("director.lianhua2")).as("a fail gives no groups").isEmpty();
    assertThat(newcomer.post("/task/" + villageTask.getId() + "/claim", Map.of("userId", "director.lianhua2")).getStatusCode())
        .isEqualTo(HttpStatus.FORBIDDEN);

    assertThat(recordAssessment(civil, onboarding, 82).getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);

    assertThat(groupsOf("director.lianhua2")).containsExactlyInAnyOrder("child-directors", "director-lianhua");
    assertThat(newcomer.list("/task")).extracting(task -> task.get("id")).contains(villageTask.getId());
    assertThat(newcomer.post("/task/" + villageTask.getId() + "/claim", Map.of("userId", "director.lianhua2")).getStatusCode())
        .isEqualTo(HttpStatus.NO_CONTENT);
    Map<String, Object> certification = jdbc.queryForMap(
        "select certified_on, valid_until, score, lapsed_on from careflow.staff_certification where user_id = ?", "director.lianhua2");
    assertThat(certification.get("valid_until").toString()).isEqualTo(LocalDate.now().plusYears(1).toString());
    assertThat(((Number) certification.get("score")).intValue()).isEqualTo(82);
    assertThat(certification.get("lapsed_on")).isNull();
    assertThat(jdbc.queryForObject("select full_name from careflow.staff where user_id = ?", String.class, "director.lianhua2"))
        .isEqualTo("Tang Yu");
  }

  @Test
  void aLapseTakesTheGroupsReturnsTheClaimedTaskAndMailsOnceEvenThoughTheMailServerWasDown() {
    Rest civil = new Rest(http, "civil.qingshan");
    String onboarding = certifiedDirector(civil, "director.yangliu2", "Bai Jing", "yangliu", 70);
    Task claimed = guardianshipTaskIn("yangliu");
    new Rest(http, "director.yangliu2").post("/task/" + claimed.getId() + "/claim", Map.of("userId", "director.yangliu2"));
    assertThat(tasks.createTaskQuery().taskId(claimed.getId()).singleResult().getAssignee()).isEqualTo("director.yangliu2");

    Job refresher = timerOf(onboarding);
    assertThat(refresher.getDuedate()).isCloseTo(inDays(365 - REFRESHER_LEAD_DAYS), 2 * 24 * 3600 * 1000L);
    management.executeJob(refresher.getId());
    // GreenMail keeps one copy per recipient: the person and the county's civil-affairs office
    await().atMost(Duration.ofSeconds(30)).until(() -> mailsWithSubject("【培训到期提醒】", "director.yangliu2").length == 2);
    // the worker completes its task just after the mail goes out: then the lapse is being watched
    await().atMost(Duration.ofSeconds(30)).until(() -> management.createJobQuery().processInstanceId(onboarding)
        .activityId(TIMER_CERTIFICATION_LAPSES).count() == 1);
    Job lapse = timerOf(onboarding);
    assertThat(lapse.getDuedate()).isCloseTo(inDays(365), 2 * 24 * 3600 * 1000L);

    stopMail();
    try {
      management.executeJob(lapse.getId());

      assertThat(groupsOf("director.yangliu2")).isEmpty();
      assertThat(tasks.createTaskQuery().taskId(claimed.getId()).singleResult().getAssignee()).as("back to the group").isNull();
      assertThat(jdbc.queryForObject("select lapsed_on from careflow.staff_certification where user_id = ?",
          java.sql.Date.class, "director.yangliu2")).isNotNull();
      await().atMost(Duration.ofSeconds(30)).until(() -> runtime.createIncidentQuery().processInstanceId(onboarding).count() == 1);
    } finally {
      restartMail();
    }
    String lapseMail = externalTasks.createExternalTaskQuery().processInstanceId(onboarding).singleResult().getId();
    externalTasks.setRetries(lapseMail, 1);

    await().atMost(Duration.ofSeconds(30)).until(() -> mailsWithSubject("【培训已过期】", "director.yangliu2").length == 3);
    await().atMost(Duration.ofSeconds(30)).until(() -> externalTasks.createExternalTaskQuery().processInstanceId(onboarding).count() == 0);
    var mail = mailsWithSubject("【培训已过期】", "director.yangliu2")[0];
    assertThat(recipients(mail)).containsExactlyInAnyOrder("director.yangliu2@example.org",
        "civil-affairs@qingshan.example.org", "managers@qingshan.example.org");
    assertThat(jdbc.queryForObject("select count(*) from careflow.notification where process_instance_id = ? and kind like 'TRAINING_LAPSED%'",
        Integer.class, onboarding)).isEqualTo(1);
    assertThat(runtime.createIncidentQuery().processInstanceId(onboarding).count()).isZero();

    // passing again brings the work back
    recordTraining(civil, onboarding);
    recordAssessment(civil, onboarding, 90);
    assertThat(groupsOf("director.yangliu2")).containsExactlyInAnyOrder("child-directors", "director-yangliu");
    assertThat(new Rest(http, "director.yangliu2").post("/task/" + claimed.getId() + "/claim",
        Map.of("userId", "director.yangliu2")).getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
    assertThat(mailsWithSubject("【培训已过期】", "director.yangliu2")).as("one mail, three recipients").hasSize(3);
  }

  @Test
  void badRegistrationsAndScoresAreRefusedWithAClearMessageAndWriteNothing() {
    Rest civil = new Rest(http, "civil.qingshan");
    Counts before = counts();

    refused(civil, registration("director.nowhere", "Ma Li", "child-directors", "atlantis"), "Unknown village 'atlantis'");
    refused(civil, registration("director.noname", " ", "child-directors", "lianhua"), "real name");
    refused(civil, registration("director.lianhua", "Liu Mei", "child-directors", "lianhua"), "'director.lianhua' already exists");
    refused(civil, registration("agency.two", "Gao Bo", "agency-staff", "qingshan"), "(staffRole) must be one of child-directors, child-supervisors");
    refused(civil, registration("supervisor.wrong", "He Ping", "child-supervisors", "lianhua"), "'lianhua' is not a township: a child supervisor serves a township");
    Map<String, Object> noMail = registration("director.nomail", "Lu Xin", "child-directors", "lianhua");
    noMail.put(VAR_EMAIL, "lu.xin");
    refused(civil, noMail, "not an e-mail address");
    assertThat(new Rest(http, "director.lianhua").post("/process-definition/key/" + PROCESS_KEY + "/start",
        Rest.variables(registration("director.byself", "Self Made", "child-directors", "lianhua"))).getStatusCode())
        .as("only civil-affairs officers register staff").isIn(HttpStatus.FORBIDDEN, HttpStatus.NOT_FOUND);

    assertThat(counts()).isEqualTo(before);

    String onboarding = register(civil, "director.scores", "Pan Hui", Jurisdiction.ROLE_CHILD_DIRECTORS, "dongpo");
    recordTraining(civil, onboarding);
    // the form's bounds (0 to 100) are checked at the door, the whole number by the step's own rule
    for (var score : Map.<Object, String>of(140, "(assessmentScore) is at most 100", -5, "(assessmentScore) is at least 0",
        72.5, "assessment score must be").entrySet()) {
      ResponseEntity<Map<String, Object>> response = recordAssessment(civil, onboarding, score.getKey());
      assertThat(response.getStatusCode()).as(String.valueOf(response.getBody())).isEqualTo(HttpStatus.BAD_REQUEST);
      assertThat(response.getBody().get("message").toString()).contains(score.getValue()).doesNotContain("ENGINE-");
    }
    assertThat(openTask(onboarding, TASK_RECORD_ASSESSMENT)).isNotNull();
    assertThat(groupsOf("director.scores")).isEmpty();
    assertThat(jdbc.queryForObject("select count(*) from careflow.staff_certification where user_id = 'director.scores'", Integer.class)).isZero();
  }

  @Test
  void theStaffPageCountsTheTasksVisitsAndDeadlinesOfEachPersonAndFlagsWhoNeedsSupport() {
    Rest civil = new Rest(http, "civil.qingshan");
    certifiedDirector(civil, "director.xiwan2", "江红", "xiwan", 66);
    Rest newcomer = new Rest(http, "director.xiwan2");
    completeGuardianTask(newcomer, guardianshipTaskIn("xiwan"), false);
    completeGuardianTask(newcomer, guardianshipTaskIn("xiwan"), true);
    completeGuardianTask(newcomer, guardianshipTaskIn("xiwan"), true);
    String caseNumber = jdbc.queryForObject("""
        select p.case_number from careflow.protection_case p join careflow.child c on c.id = p.child_id
        where c.village_code = 'xiwan' and p.closed_at is null order by p.case_number limit 1""", String.class);
    assertThat(http.withBasicAuth("director.xiwan2", Rest.PASSWORD).postForEntity("/api/cases/" + caseNumber + "/visits",
        Map.of("visitDate", LocalDate.now().toString(), "childSafe", true, "notes", "At school, well fed"), Map.class)
        .getStatusCode()).isEqualTo(HttpStatus.CREATED);

    String page = signedInPage("civil.qingshan", "/pages/staff");
    String row = rowOf(page, "director.xiwan2");
    assertThat(row).contains("江红").contains("西湾村").contains("CERTIFIED")
        .contains("<td class=\"tasks\">3</td>").contains("<td class=\"visits\">1</td>")
        .contains("<td class=\"met\">1 (33%)</td>").contains("<td class=\"missed\">2</td>")
        .contains("Needs support: 33% of deadlines met");
    assertThat(rowOf(page, "director.trainee")).contains("IN_TRAINING").contains("In training");
    assertThat(rowOf(page, "director.dongpo")).contains("CERTIFIED").contains("refresher due");
    assertThat(rowOf(page, "director.lianhua")).contains("CERTIFIED").doesNotContain("flag bad");
    assertThat(page).doesNotContain("data-user=\"agency.qingshan\"");

    ResponseEntity<List> json = http.withBasicAuth("manager.qingshan", Rest.PASSWORD).getForEntity("/api/staff", List.class);
    assertThat(json.getStatusCode()).isEqualTo(HttpStatus.OK);
    @SuppressWarnings("unchecked")
    Map<String, Object> person = ((List<Map<String, Object>>) json.getBody()).stream()
        .filter(entry -> "director.xiwan2".equals(entry.get("userId"))).findFirst().orElseThrow();
    assertThat(person).containsEntry("tasksCompleted", 3).containsEntry("visitsMade", 1)
        .containsEntry("deadlinesMet", 1).containsEntry("deadlinesMissed", 2).containsEntry("training", "CERTIFIED");

    assertThat(http.withBasicAuth("director.lianhua", Rest.PASSWORD).getForEntity("/api/staff", String.class).getStatusCode())
        .isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(signedInStatus("director.lianhua", "/pages/staff")).isEqualTo(HttpStatus.FORBIDDEN);
  }

  // ---- helpers ----


  record Counts(long users, int staff, long onboardings, int certifications) {
  }

  private Counts counts() {
    return new Counts(identity.createUserQuery().count(),
        jdbc.queryForObject("select count(*) from careflow.staff", Integer.class),
        runtime.createProcessInstanceQuery().processDefinitionKey(PROCESS_KEY).count(),
        jdbc.queryForObject("select count(*) from careflow.staff_certification", Integer.class));
  }

  private static Map<String, Object> registration(String userId, String name, String role, String region) {
    Map<String, Object> variables = new HashMap<>();
    variables.put(VAR_FULL_NAME, name);
    variables.put(VAR_STAFF_USER_ID, userId);
    variables.put(VAR_STAFF_ROLE, role);
    variables.put(VAR_REGION_CODE, region);
    variables.put(VAR_EMAIL, userId + "@example.org");
    return variables;
  }

  private void refused(Rest civil, Map<String, Object> registration, String message) {
    ResponseEntity<Map<String, Object>> response = civil.post("/process-definition/key/" + PROCESS_KEY + "/start",
        Rest.variables(registration));
    // /engine-rest answers a start that a listener refuses with 500 and the listener's message
    assertThat(response.getStatusCode().is2xxSuccessful()).as(String.valueOf(response.getBody())).isFalse();
    assertThat(response.getBody().get("message").toString()).contains(message);
  }

  /** Registers through the start form's call and gives the new account the demo password. */
  private String register(Rest civil, String userId, String name, String role, String region) {
    ResponseEntity<Map<String, Object>> response = civil.post("/process-definition/key/" + PROCESS_KEY + "/start",
        Rest.variables(registration(userId, name, role, region)));
    assertThat(response.getStatusCode()).as(String.valueOf(response.getBody())).isEqualTo(HttpStatus.OK);
    User user = identity.createUserQuery().userId(userId).singleResult();
    user.setPassword(Rest.PASSWORD);
    identity.saveUser(user);
    return (String) response.getBody().get("id");
  }

  private String certifiedDirector(Rest civil, String userId, String name, String village, int score) {
    String onboarding = register(civil, userId, name, Jurisdiction.ROLE_CHILD_DIRECTORS, village);
    recordTraining(civil, onboarding);
    assertThat(recordAssessment(civil, onboarding, score).getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
    return onboarding;
  }

  private void recordTraining(Rest civil, String onboarding) {
    Task training = openTask(onboarding, TASK_RECORD_TRAINING);
    assertThat(civil.post("/task/" + training.getId() + "/complete", Rest.variables(Map.of(
        VAR_TRAINING_DATE, LocalDate.now().toString(), VAR_TRAINING_ATTENDED, true))).getStatusCode())
        .isEqualTo(HttpStatus.NO_CONTENT);
  }

  private ResponseEntity<Map<String, Object>> recordAssessment(Rest civil, String onboarding, Object score) {
    Task assessment = openTask(onboarding, TASK_RECORD_ASSESSMENT);
    return civil.post("/task/" + assessment.getId() + "/complete", Rest.variables(Map.of(VAR_ASSESSMENT_SCORE, score)));
  }

  private Task openTask(String onboarding, String taskKey) {
    return tasks.createTaskQuery().processInstanceId(onboarding).taskDefinitionKey(taskKey).singleResult();
  }

  private Job timerOf(String onboarding) {
    List<Job> timers = management.createJobQuery().processInstanceId(onboarding).timers().list();
    assertThat(timers).hasSize(1);
    return timers.get(0);
  }

  /** A fresh guardianship case in the village, waiting for its directors to name the guardian. */
  private Task guardianshipTaskIn(String village) {
    long childId = jdbc.queryForObject("select min(id) from careflow.child where village_code = ?", Long.class, village);
    String instance = runtime.startProcessInstanceByKey(EntrustedGuardianship.PROCESS_KEY, Map.of(
        Jurisdiction.VAR_CHILD_ID, childId,
        EntrustedGuardianship.VAR_PARENTS_LEAVE_ON, LocalDate.now().plusDays(10).toString(),
        EntrustedGuardianship.VAR_PARENTS_DESTINATION, "Wuhan",
        EntrustedGuardianship.VAR_GUARDIAN_AVAILABLE, true)).getId();
    return tasks.createTaskQuery().processInstanceId(instance).singleResult();
  }

  private void completeGuardianTask(Rest director, Task task, boolean late) {
    if (late) {
      tasks.setDueDate(task.getId(), new Date(System.currentTimeMillis() - 24 * 3600 * 1000L));
    }
    assertThat(director.post("/task/" + task.getId() + "/claim", Map.of("userId", director.user())).getStatusCode())
        .isEqualTo(HttpStatus.NO_CONTENT);
    assertThat(director.post("/task/" + task.getId() + "/complete", Rest.variables(Map.of(
        EntrustedGuardianship.VAR_GUARDIAN_NAME, "Zhou Fang", EntrustedGuardianship.VAR_GUARDIAN_RELATIONSHIP, "GRANDPARENT",
        EntrustedGuardianship.VAR_GUARDIAN_PHONE, "139 0000 5678"))).getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
  }

  private List<String> groupsOf(String userId) {
    return identity.createGroupQuery().groupMember(userId).list().stream().map(group -> group.getId()).toList();
  }

  private static List<String> recipients(jakarta.mail.internet.MimeMessage mail) {
    try {
      return Arrays.stream(mail.getAllRecipients()).map(Address::toString).toList();
    } catch (jakarta.mail.MessagingException e) {
      throw new IllegalStateException(e);
    }
  }

  /** Within a leap day of the real date: the process counts a year, not 365 days. */
  private static Date inDays(int days) {
    return new Date(System.currentTimeMillis() + days * 24 * 3600 * 1000L);
  }

  private static String rowOf(String page, String userId) {
    int start = page.indexOf("data-user=\"" + userId + "\"");
    assertThat(start).as("row of " + userId).isPositive();
    return page.substring(start, page.indexOf("</tr>", start));
  }

  private String signedInPage(String user, String path) {
    var response = get(path, sessionOf(user));
    assertThat(response.statusCode()).isEqualTo(200);
    return response.body();
  }

  private HttpStatus signedInStatus(String user, String path) {
    return HttpStatus.valueOf(get(path, sessionOf(user)).statusCode());
  }

  private java.net.http.HttpResponse<String> get(String path, String cookie) {
    try {
      return PAGES.send(java.net.http.HttpRequest.newBuilder(java.net.URI.create(http.getRootUri() + path))
          .header("Cookie", cookie).header("Accept-Language", "en").GET().build(), java.net.http.HttpResponse.BodyHandlers.ofString());
    } catch (java.io.IOException | InterruptedException e) {
      throw new IllegalStateException(e);
    }
  }

  /** Signs in on the pages' sign-in form and returns the session cookie. */
  private String sessionOf(String user) {
    try {
      var signIn = PAGES.send(java.net.http.HttpRequest.newBuilder(java.net.URI.create(http.getRootUri() + "/pages/login"))
          .header("Content-Type", "application/x-www-form-urlencoded")
          .POST(java.net.http.HttpRequest.BodyPublishers.ofString("username=" + user + "&password=" + Rest.PASSWORD))
          .build(), java.net.http.HttpResponse.BodyHandlers.ofString());
      assertThat(signIn.statusCode()).as("signed in as " + user).isEqualTo(302);
      return signIn.headers().allValues("Set-Cookie").stream().map(cookie -> cookie.split(";", 2)[0])
          .reduce((a, b) -> a + "; " + b).orElseThrow();
    } catch (java.io.IOException | InterruptedException e) {
      throw new IllegalStateException(e);
    }
  }
}
