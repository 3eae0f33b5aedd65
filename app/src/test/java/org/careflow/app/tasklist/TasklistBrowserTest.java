package org.careflow.app.tasklist;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.careflow.app.platform.BrowserTest;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Tasklist 7.24 in a real headless Chromium (Debian's chromium and chromium-driver; .ci/run
 * installs them): each of our Camunda Forms renders with every field, and a child director starts
 * a case from the start form.
 */
class TasklistBrowserTest extends BrowserTest {

  @Autowired TaskService tasks;
  @Autowired RuntimeService runtime;
  @Autowired JdbcTemplate jdbc;
  @Autowired org.camunda.bpm.engine.ManagementService management;

  @Test
  void everyTaskFormRendersAllItsFieldsInTasklist() throws IOException {
    assertTaskFormRenders("director.lianhua", "Task_NameEntrustedGuardian", "director-lianhua", "guardianship/name-guardian.form");
    assertTaskFormRenders("director.yangliu", "Task_RecordSignedConfirmation", "director-yangliu", "guardianship/record-confirmation.form");
    assertTaskFormRenders("supervisor.shiqiao", "Task_ReviewChildWouldLiveAlone", "supervisor-shiqiao", "guardianship/child-would-live-alone.form");
    // the demo cases wait in every stage of the protection chain
    assertTaskFormRenders("supervisor.shiqiao", "Task_TriageReport", "supervisor-shiqiao", "protection/triage.form");
    assertTaskFormRenders("supervisor.hetang", "Task_RecordPoliceAcknowledgement", "supervisor-hetang", "protection/police-acknowledgement.form");
    assertTaskFormRenders("agency.qingshan", "Task_ProvideTemporaryCare", "agency-qingshan", "protection/temporary-care.form");
    assertTaskFormRenders("agency.qingshan", "Task_AssessGuardianship", "agency-qingshan", "protection/assessment.form");
    assertTaskFormRenders("director.xiwan", "Task_TrackMeasures", "director-xiwan", "protection/track-measures.form");
    assertTaskFormRenders("director.lianhua", "Task_VisitChild", "director-lianhua", "protection/visit.form");
    assertTaskFormRenders("supervisor.hetang", "Task_GuideParents", "supervisor-hetang", "protection/intervention.form");
  }

  @Test
  void theFormsOfLaterStepsRenderToo() throws IOException {
    String kase = startProtectionCase("陈星");
    completeWhenReady(kase, "Task_TriageReport", Map.of("confirmedRiskLevel", "LOW", "triageNotes", "Browser test"));
    completeWhenReady(kase, "Task_AssessGuardianship", Map.of("outOfSchool", true, "assessmentNotes", "Browser test"));
    assertTaskFormRenders("agency.qingshan", taskWhenReady(kase, "Task_ConfirmAssistancePlan"), "protection/assistance-plan.form");
    completeWhenReady(kase, "Task_ConfirmAssistancePlan", Map.of("orphanRegion", "EAST", "measureReturnToSchool", false));
    completeWhenReady(kase, "Task_VisitChild", Map.of("visitDate", "2026-11-01", "parentsRefuseGuardianship", true, "visitNotes", "Browser test"));
    for (String step : List.of("Task_GuideParents", "Task_CriticiseAndEducate", "Task_JointAdmonitionWithPolice")) {
      completeWhenReady(kase, step, Map.of("interventionDate", "2026-11-02", "parentsComply", false, "interventionNotes", "Browser test"));
    }
    assertTaskFormRenders("civil.qingshan", taskWhenReady(kase, "Task_ApplyToRevokeGuardianship"), "protection/revocation-application.form");
    completeWhenReady(kase, "Task_ApplyToRevokeGuardianship", Map.of("courtName", "Court", "applicationDate", "2026-11-03", "applicationNotes", "x"));
    assertTaskFormRenders("supervisor.shiqiao", taskWhenReady(kase, "Task_ReviewCase"), "protection/review.form");

    logIn("director.dongpo");
    click(By.partialLinkText("Start process"));
    click(By.partialLinkText("Child protection case"));
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".fjs-container")));
    assertThat(renderedLabels()).containsAll(labelsOf("protection/report.form"));
  }

  @Test
  void theFosterCareFormsRender() throws IOException {
    logIn("civil.qingshan");
    click(By.partialLinkText("Start process"));
    click(By.partialLinkText("Family foster care placement"));
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".fjs-container")));
    assertThat(renderedLabels()).containsAll(labelsOf("foster/referral.form"));
    browser.manage().deleteAllCookies();

    String refused = startFosterPlacement("陈悦", Map.of("activeInfectiousDisease", true));
    assertTaskFormRenders("civil.qingshan", taskWhenReady(refused, "Task_ExplainChildNotEligible"), "foster/child-not-eligible.form");

    String kase = startFosterPlacement("陈悦", Map.of());
    assertTaskFormRenders("civil.qingshan", taskWhenReady(kase, "Task_RecordChildOpinion"), "foster/child-opinion.form");
    completeWhenReady(kase, "Task_RecordChildOpinion", Map.of("opinionDate", "2026-11-20", "childAgrees", true, "opinionNotes", "Yes"));
    assertTaskFormRenders("civil.qingshan", taskWhenReady(kase, "Task_ProposeFosterFamily"), "foster/propose-family.form");
    completeWhenReady(kase, "Task_ProposeFosterFamily", Map.of("familyName", "Browser Test", "address", "Xiwan 99",
        "familyHarmonious", true, "allMembersAgree", true));
    assertTaskFormRenders("civil.qingshan", taskWhenReady(kase, "Task_FormEvaluationTeam"), "foster/evaluation-team.form");
    completeWhenReady(kase, "Task_FormEvaluationTeam", Map.of("teamLeader", "assessor.lin", "teamMembers", "assessor.he,assessor.ma"));
    assertTaskFormRenders("assessor.lin", taskWhenReady(kase, "Task_EvaluateFamily"), "foster/evaluation.form");
    completeWhenReady(kase, "Task_EvaluateFamily", Map.of("evaluationPassed", true, "evaluationReport", "Fine", "leaderSignature", true));
    assertTaskFormRenders("civil.qingshan", taskWhenReady(kase, "Task_PlaceChild"), "foster/place-child.form");
    completeWhenReady(kase, "Task_PlaceChild", Map.of("placementDate", "2026-11-20"));
    executeTimerWhenReady(kase, "Timer_IntegrationDay60");
    assertTaskFormRenders("assessor.he", taskWhenReady(kase, "Task_AssessIntegration"), "foster/integration-assessment.form");
    completeWhenReady(kase, "Task_AssessIntegration", Map.of("integrationSuccessful", true, "integrationNotes", "Settled"));
    executeTimerWhenReady(kase, "Timer_NextSupervisionVisit");
    assertTaskFormRenders("civil.qingshan", taskWhenReady(kase, "Task_SuperviseFosterFamily"), "foster/supervision-visit.form");
  }

  @Test
  void aChildDirectorStartsACaseFromTheStartFormInTasklist() throws IOException {
    logIn("director.xiwan");
    click(By.partialLinkText("Start process"));
    click(By.partialLinkText("Entrusted guardianship confirmation"));
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".fjs-container")));
    assertThat(renderedLabels()).containsAll(labelsOf("guardianship/parents-leaving.form"));
    long before = runtime.createProcessInstanceQuery().variableValueEquals("villageCode", "xiwan").count();

    field("Field_ChildId").sendKeys(String.valueOf(childIdIn("xiwan")));
    WebElement leaveOn = field("Field_ParentsLeaveOn");
    leaveOn.sendKeys("12/15/2026");
    leaveOn.sendKeys(Keys.ENTER);
    field("Field_ParentsDestination").sendKeys("Xiamen");
    field("Field_GuardianAvailable").click();
    click(By.xpath("//button[normalize-space()='Start']"));

    wait.until(driver -> runtime.createProcessInstanceQuery().variableValueEquals("villageCode", "xiwan").count() == before + 1);
    Task named = tasks.createTaskQuery().taskCandidateGroup("director-xiwan").orderByTaskCreateTime().desc().list().get(0);
    assertThat(runtime.getVariable(named.getProcessInstanceId(), "parentsLeaveOn")).isEqualTo("2026-12-15");
    assertThat(runtime.getVariable(named.getProcessInstanceId(), "guardianAvailable")).isEqualTo(true);
  }

  @Test
  void tasklistShowsThePlatformsRefusalInItsOwnWords() {
    logIn("director.xiwan");
    click(By.partialLinkText("Start process"));
    click(By.partialLinkText("Entrusted guardianship confirmation"));
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".fjs-container")));
    long elsewhere = childIdIn("yangliu");
    long before = runtime.createProcessInstanceQuery().processDefinitionKey("entrusted-guardianship").count();

    field("Field_ChildId").sendKeys(String.valueOf(elsewhere));
    WebElement leaveOn = field("Field_ParentsLeaveOn");
    leaveOn.sendKeys("12/15/2026");
    leaveOn.sendKeys(Keys.ENTER);
    field("Field_GuardianAvailable").click();
    click(By.xpath("//button[normalize-space()='Start']"));

    String refusal = "No child with record number " + elsewhere + " in your jurisdiction";
    try {
      wait.until(driver -> driver.findElement(By.cssSelector("body")).getText().contains(refusal));
    } catch (org.openqa.selenium.TimeoutException e) {
      throw new AssertionError("Tasklist shows: " + browser.findElement(By.cssSelector("body")).getText(), e);
    }
    assertThat(browser.findElement(By.cssSelector("body")).getText()).doesNotContain("ENGINE-");
    assertThat(runtime.createProcessInstanceQuery().processDefinitionKey("entrusted-guardianship").count()).isEqualTo(before);
  }

  @Test
  void theStaffOnboardingFormsRender() throws IOException {
    logIn("civil.qingshan");
    click(By.partialLinkText("Start process"));
    click(By.partialLinkText("Staff onboarding and yearly training"));
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".fjs-container")));
    assertThat(renderedLabels()).containsAll(labelsOf("staff/registration.form"));
    browser.manage().deleteAllCookies();

    // the demo's new child director for Lianhua waits for her training to be recorded
    String trainee = "STAFF-director.trainee";
    assertTaskFormRenders("civil.qingshan", taskWhenReady(trainee, "Task_RecordTrainingAttendance"), "staff/training-attendance.form");
    completeWhenReady(trainee, "Task_RecordTrainingAttendance", Map.of("trainingDate", "2026-11-20", "trainingAttended", true));
    assertTaskFormRenders("civil.qingshan", taskWhenReady(trainee, "Task_RecordTrainingAssessment"), "staff/training-assessment.form");
  }

  @Test
  void theChildRecordUpdateFormsRender() throws IOException {
    logIn("director.yangliu");
    click(By.partialLinkText("Start process"));
    click(By.partialLinkText("Child record update"));
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".fjs-container")));
    assertThat(renderedLabels()).containsAll(labelsOf("registry/change-request.form"));
    browser.manage().deleteAllCookies();

    String kase = runtime.startProcessInstanceByKey("child-record-update", Map.of("childId", childIdIn("yangliu"),
        "proposedSchoolStatus", "DROPPED_OUT", "changeReason", "Browser test")).getBusinessKey();
    assertTaskFormRenders("supervisor.hetang", taskWhenReady(kase, "Task_VerifyChildRecordChange"), "registry/verify-change.form");
  }

  private void assertTaskFormRenders(String user, String taskKey, String group, String form) throws IOException {
    assertTaskFormRenders(user, tasks.createTaskQuery().taskDefinitionKey(taskKey).taskCandidateGroup(group).list().get(0), form);
  }

  private void assertTaskFormRenders(String user, Task task, String form) throws IOException {
    logIn(user);
    browser.get(tasklist() + "#/?task=" + task.getId());
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".fjs-container .fjs-form-field")));
    assertThat(renderedLabels()).as(form).containsAll(labelsOf(form));
    browser.manage().deleteAllCookies();
  }

  private String startProtectionCase(String childName) {
    long child = jdbc.queryForObject("select id from careflow.child where full_name = ?", Long.class, childName);
    return runtime.startProcessInstanceByKey("child-protection-case", Map.of("childId", child,
        "situationDescription", "Browser test", "reporterName", "Browser test")).getBusinessKey();
  }

  private String startFosterPlacement(String childName, Map<String, Object> overrides) {
    long child = jdbc.queryForObject("select id from careflow.child where full_name = ?", Long.class, childName);
    Map<String, Object> variables = new java.util.HashMap<>(Map.of("childId", child, "normalCognition", true,
        "underCivilAffairsGuardianship", true, "needsFamilyCare", true, "suitableForFamilyUpbringing", true, "referralNotes", "Browser test"));
    variables.putAll(overrides);
    return runtime.startProcessInstanceByKey("foster-care-placement", variables).getBusinessKey();
  }

  /** Drives a timer by hand, as the process tests do: its day has come. */
  private void executeTimerWhenReady(String caseNumber, String timerId) {
    String instance = runtime.createProcessInstanceQuery().processInstanceBusinessKey(caseNumber).singleResult().getId();
    var job = await().atMost(Duration.ofSeconds(30)).until(() -> management.createJobQuery().processInstanceId(instance)
        .activityId(timerId).singleResult(), found -> found != null);
    management.executeJob(job.getId());
  }

  private Task taskWhenReady(String caseNumber, String taskKey) {
    return await().atMost(Duration.ofSeconds(30)).until(() -> tasks.createTaskQuery().processInstanceBusinessKey(caseNumber)
        .taskDefinitionKey(taskKey).list().stream().findFirst().orElse(null), task -> task != null);
  }

  private void completeWhenReady(String caseNumber, String taskKey, Map<String, Object> variables) {
    tasks.complete(taskWhenReady(caseNumber, taskKey).getId(), variables);
  }

  private void logIn(String user) {
    browser.get(tasklist());
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("input[ng-model='username']"))).sendKeys(user);
    browser.findElement(By.cssSelector("input[ng-model='password']")).sendKeys("demo");
    browser.findElement(By.cssSelector("button[type='submit']")).click();
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.partialLinkText("Start process")));
  }

  private String tasklist() {
    return "http://localhost:" + port + "/camunda/app/tasklist/default/";
  }

  private void click(By locator) {
    wait.until(ExpectedConditions.elementToBeClickable(locator)).click();
  }

  private WebElement field(String componentId) {
    return browser.findElement(By.cssSelector("input[id*='" + componentId + "']"));
  }

  private List<String> renderedLabels() {
    return browser.findElements(By.cssSelector(".fjs-container .fjs-form-field-label")).stream()
        .map(label -> label.getText().replace("*", "").trim())
        .toList();
  }

  /** Labels of the fields always shown; a field with a condition may rightly be hidden. */
  private static List<String> labelsOf(String form) throws IOException {
    try (InputStream in = new ClassPathResource("forms/" + form).getInputStream()) {
      List<String> labels = new ArrayList<>();
      for (JsonNode component : new ObjectMapper().readTree(in).path("components")) {
        String label = component.path("label").asText(component.path("dateLabel").asText(""));
        if (!label.isBlank() && !component.has("conditional")) {
          labels.add(label);
        }
      }
      assertThat(labels).as("labels of " + form).isNotEmpty();
      return labels;
    }
  }

  private long childIdIn(String village) {
    return jdbc.queryForObject("select min(id) from careflow.child where village_code = ?", Long.class, village);
  }
}
