package org.careflow.processes;

import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.*;
import static org.careflow.contract.StaffOnboarding.*;

import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import org.assertj.core.api.Assertions;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.camunda.community.process_test_coverage.junit5.platform7.ProcessEngineCoverageExtension;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Onboarding and yearly training on the engine alone: the app's registration, score check and
 * group changes are stand-ins that record what they were asked to do; timers are driven by
 * moving the clock and executing their jobs.
 */
@Deployment(resources = "bpmn/staff-onboarding.bpmn")
class StaffOnboardingProcessTest {

  @RegisterExtension
  static ProcessEngineCoverageExtension engine = ProcessEngineCoverageExtension.builder().build();

  static final LocalDateTime REGISTERED_AT = LocalDateTime.of(2026, 3, 2, 9, 0);

  ProcessEngine processEngine;
  final List<String> groupChanges = new ArrayList<>();
  ProcessInstance onboarding;

  @BeforeEach
  void setUp() {
    init(processEngine);
    ClockUtil.setCurrentTime(at(REGISTERED_AT));
    Mocks.register("staffRegistration", (ExecutionListener) execution -> execution.setVariable(VAR_COUNTY, "qingshan"));
    Mocks.register("assessmentScoreCheck", (TaskListener) task -> { });
    Mocks.register("grantTaskGroups", (JavaDelegate) execution -> groupChanges.add("grant until " + execution.getVariable(VAR_CERTIFIED_UNTIL)));
    Mocks.register("withdrawTaskGroups", (JavaDelegate) execution -> groupChanges.add("withdraw"));
  }

  @AfterEach
  void reset() {
    Mocks.reset();
    ClockUtil.reset();
  }

  @Test
  void aPassGrantsTheTaskGroupsForOneYearAndTheRefresherIsDue28DaysBefore() {
    ProcessInstance onboarding = register();

    assertThat(onboarding).isWaitingAt(TASK_RECORD_TRAINING);
    assertThat(task()).hasCandidateGroup("civil-affairs-qingshan").hasDueDate(at(REGISTERED_AT.plusDays(30)));
    Assertions.assertThat(groupChanges).isEmpty();
    recordTraining();
    assertThat(onboarding).isWaitingAt(TASK_RECORD_ASSESSMENT);
    assertThat(task()).hasCandidateGroup("civil-affairs-qingshan").hasDueDate(at(REGISTERED_AT.plusDays(14)));
    Assertions.assertThat(groupChanges).isEmpty();

    assess(PASS_MARK);

    assertThat(onboarding).hasPassed(SERVICE_GRANT_TASK_GROUPS).isWaitingAt(TIMER_REFRESHER_DUE);
    Date certifiedUntil = (Date) runtimeService().getVariable(onboarding.getId(), VAR_CERTIFIED_UNTIL);
    Assertions.assertThat(certifiedUntil).isEqualTo(at(REGISTERED_AT.plusYears(1)));
    Assertions.assertThat(groupChanges).containsExactly("grant until " + certifiedUntil);
    Assertions.assertThat(timer(onboarding).getDuedate()).isEqualTo(at(REGISTERED_AT.plusYears(1).minusDays(REFRESHER_LEAD_DAYS)));
  }

  @Test
  void aFailIsRetakenAndAPassAfterwardsCertifies() {
    ProcessInstance onboarding = register();
    recordTraining();

    assess(PASS_MARK - 1);
    assertThat(onboarding).isWaitingAt(TASK_RECORD_ASSESSMENT).variables().containsEntry(VAR_FAILED_ATTEMPTS, 1L);
    Assertions.assertThat(groupChanges).isEmpty();

    assess(75);
    assertThat(onboarding).isWaitingAt(TIMER_REFRESHER_DUE);
    Assertions.assertThat(groupChanges).hasSize(1).allMatch(change -> change.startsWith("grant"));
  }

  @Test
  void afterTheThirdFailThePersonAttendsTrainingAgain() {
    ProcessInstance onboarding = register();
    recordTraining();

    assess(10);
    assess(20);
    assertThat(onboarding).isWaitingAt(TASK_RECORD_ASSESSMENT);
    assess(59);

    assertThat(onboarding).isWaitingAt(TASK_RECORD_TRAINING).variables().containsEntry(VAR_FAILED_ATTEMPTS, 0L);
    recordTraining();
    assess(80);
    assertThat(onboarding).isWaitingAt(TIMER_REFRESHER_DUE);
    Assertions.assertThat(groupChanges).hasSize(1);
  }

  @Test
  void aRefresherPassedInTimeRecertifiesWithoutALapse() {
    ProcessInstance onboarding = certified();

    LocalDateTime refresherDue = REGISTERED_AT.plusYears(1).minusDays(REFRESHER_LEAD_DAYS);
    ClockUtil.setCurrentTime(at(refresherDue));
    execute(timer(onboarding));
    assertThat(onboarding).isWaitingAt(SERVICE_MAIL_REFRESHER_DUE).externalTask().hasTopicName(TOPIC_MAIL_TRAINING_NOTICE);
    Assertions.assertThat(runtimeService().getVariablesLocal(externalTask().getExecutionId()))
        .containsEntry(VAR_TRAINING_NOTICE, "REFRESHER_DUE");
    complete(externalTask());

    assertThat(onboarding).isWaitingAt(TASK_RECORD_TRAINING, TIMER_CERTIFICATION_LAPSES);
    Assertions.assertThat(timer(onboarding).getDuedate()).isEqualTo(at(REGISTERED_AT.plusYears(1)));

    ClockUtil.setCurrentTime(at(refresherDue.plusDays(10)));
    recordTraining();
    assess(90);

    assertThat(onboarding).isWaitingAt(TIMER_REFRESHER_DUE).hasNotPassed(SERVICE_WITHDRAW_TASK_GROUPS);
    Assertions.assertThat(jobs(onboarding)).hasSize(1);
    Assertions.assertThat(runtimeService().getVariable(onboarding.getId(), VAR_CERTIFIED_UNTIL))
        .isEqualTo(at(refresherDue.plusDays(10).plusYears(1)));
    Assertions.assertThat(groupChanges).hasSize(2).allMatch(change -> change.startsWith("grant"));
  }

  @Test
  void aCertificationThatEndsWithoutANewPassLapsesUntilThePersonPassesAgain() {
    ProcessInstance onboarding = certified();
    ClockUtil.setCurrentTime(at(REGISTERED_AT.plusYears(1).minusDays(REFRESHER_LEAD_DAYS)));
    execute(timer(onboarding));
    complete(externalTask());

    // one minute before the end nothing has happened; at the end the groups go
    ClockUtil.setCurrentTime(at(REGISTERED_AT.plusYears(1).minusMinutes(1)));
    Assertions.assertThat(managementService().createJobQuery().processInstanceId(onboarding.getId()).executable().count()).isZero();
    ClockUtil.setCurrentTime(at(REGISTERED_AT.plusYears(1)));
    execute(timer(onboarding));

    Assertions.assertThat(groupChanges).containsExactly("grant until " + at(REGISTERED_AT.plusYears(1)), "withdraw");
    assertThat(onboarding).isWaitingAt(TASK_RECORD_TRAINING, SERVICE_MAIL_LAPSE);
    assertThat(onboarding).externalTask().hasTopicName(TOPIC_MAIL_TRAINING_NOTICE);
    Assertions.assertThat(runtimeService().getVariablesLocal(externalTask().getExecutionId()))
        .containsEntry(VAR_TRAINING_NOTICE, "LAPSED");
    complete(externalTask());
    assertThat(onboarding).isWaitingAt(TASK_RECORD_TRAINING);

    ClockUtil.setCurrentTime(at(REGISTERED_AT.plusYears(1).plusDays(20)));
    recordTraining();
    assess(70);

    Assertions.assertThat(groupChanges).hasSize(3).last().asString().startsWith("grant");
    assertThat(onboarding).isWaitingAt(TIMER_REFRESHER_DUE);
    Assertions.assertThat(timer(onboarding).getDuedate())
        .isEqualTo(at(REGISTERED_AT.plusYears(2).plusDays(20).minusDays(REFRESHER_LEAD_DAYS)));
  }

  private ProcessInstance register() {
    onboarding = runtimeService().startProcessInstanceByKey(PROCESS_KEY, BUSINESS_KEY_PREFIX + "director.trainee", Map.of(
        VAR_FULL_NAME, "Qiu Lan", VAR_STAFF_USER_ID, "director.trainee", VAR_STAFF_ROLE, "child-directors",
        VAR_REGION_CODE, "lianhua", VAR_EMAIL, "qiu.lan@example.org"));
    return onboarding;
  }

  private ProcessInstance certified() {
    ProcessInstance onboarding = register();
    recordTraining();
    assess(PASS_MARK);
    assertThat(onboarding).isWaitingAt(TIMER_REFRESHER_DUE);
    return onboarding;
  }

  private void recordTraining() {
    complete(openTask(TASK_RECORD_TRAINING), withVariables(VAR_TRAINING_DATE, "2026-03-05", VAR_TRAINING_ATTENDED, true));
  }

  private void assess(long score) {
    complete(openTask(TASK_RECORD_ASSESSMENT), withVariables(VAR_ASSESSMENT_SCORE, score));
  }

  private org.camunda.bpm.engine.task.Task openTask(String taskDefinitionKey) {
    return taskService().createTaskQuery().processInstanceId(onboarding.getId()).taskDefinitionKey(taskDefinitionKey).singleResult();
  }

  private Job timer(ProcessInstance onboarding) {
    List<Job> timers = jobs(onboarding);
    Assertions.assertThat(timers).hasSize(1);
    return timers.get(0);
  }

  private List<Job> jobs(ProcessInstance onboarding) {
    return managementService().createJobQuery().processInstanceId(onboarding.getId()).timers().list();
  }

  private static Date at(LocalDateTime time) {
    return Date.from(time.atZone(ZoneId.systemDefault()).toInstant());
  }
}
