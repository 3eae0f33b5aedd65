package org.careflow.processes;

import static org.assertj.core.api.Assertions.within;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.*;
import static org.careflow.contract.EntrustedGuardianship.*;

import java.time.Duration;
import org.assertj.core.api.Assertions;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.camunda.community.process_test_coverage.junit5.platform7.ProcessEngineCoverageExtension;
import org.careflow.contract.Jurisdiction;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Every path of the entrusted-guardianship process on the engine alone; workers are played by hand. */
@Deployment(resources = "bpmn/entrusted-guardianship.bpmn")
class EntrustedGuardianshipProcessTest {

  @RegisterExtension
  static ProcessEngineCoverageExtension engine = ProcessEngineCoverageExtension.builder().build();

  ProcessEngine processEngine;

  @BeforeEach
  void placeChildInLianhua() {
    init(processEngine);
    Mocks.register("jurisdictionGuard", (ExecutionListener) execution -> {
      execution.setVariable(Jurisdiction.VAR_VILLAGE, "lianhua");
      execution.setVariable(Jurisdiction.VAR_TOWNSHIP, "hetang");
      execution.setVariable(Jurisdiction.VAR_COUNTY, "qingshan");
    });
  }

  @AfterEach
  void resetMocks() {
    Mocks.reset();
  }

  @Test
  void guardianNamedAndConfirmationSignedIsFiledAndReceiptMailed() {
    ProcessInstance instance = start(true);

    assertThat(instance).isWaitingAt(TASK_NAME_GUARDIAN);
    assertThat(task()).hasCandidateGroup("director-lianhua");
    Assertions.assertThat(task().getDueDate().toInstant()).isCloseTo(Instant.now().plus(3, ChronoUnit.DAYS), within(1, ChronoUnit.MINUTES));
    complete(task(), withVariables(VAR_GUARDIAN_NAME, "Liu Guilan", VAR_GUARDIAN_RELATIONSHIP, "GRANDPARENT",
        VAR_GUARDIAN_PHONE, "13900001234"));

    assertThat(instance).isWaitingAt(TASK_RECORD_CONFIRMATION);
    assertThat(task()).hasCandidateGroup("director-lianhua");
    complete(task(), withVariables(VAR_SIGNED_BY_PARENTS, true, VAR_SIGNED_BY_CHILD, true,
        VAR_SIGNED_BY_GUARDIAN, true, VAR_SIGNED_ON, "2026-11-20"));

    assertThat(instance).isWaitingAt(SERVICE_FILE_CONFIRMATION).externalTask().hasTopicName(TOPIC_FILE_CONFIRMATION);
    complete(externalTask());
    assertThat(instance).isWaitingAt(SERVICE_MAIL_RECEIPT).externalTask().hasTopicName(TOPIC_MAIL_RECEIPT);
    complete(externalTask());

    assertThat(instance).isEnded().hasPassed(END_FILED).hasNotPassed(TASK_CHILD_WOULD_LIVE_ALONE);
  }

  @Test
  void childWhoWouldLiveAloneIsAnUrgentTaskForTheTownshipSupervisors() {
    ProcessInstance instance = start(false);

    assertThat(instance).isWaitingAt(TASK_CHILD_WOULD_LIVE_ALONE);
    Task urgent = task();
    assertThat(urgent).hasCandidateGroup("supervisor-hetang");
    Assertions.assertThat(urgent.getPriority()).isEqualTo(100);
    Assertions.assertThat(Duration.between(Instant.now(), urgent.getDueDate().toInstant()).toHours()).isBetween(23L, 24L);
  }

  @Test
  void supervisorWhoFindsAGuardianHandsBackToTheChildDirector() {
    ProcessInstance instance = start(false);
    assertThat(instance).isWaitingAt(TASK_CHILD_WOULD_LIVE_ALONE);

    complete(task(), withVariables(VAR_GUARDIAN_FOUND, true, VAR_SUPERVISOR_NOTE, "The aunt agreed"));

    assertThat(instance).isWaitingAt(TASK_NAME_GUARDIAN);
    assertThat(task()).hasCandidateGroup("director-lianhua");
  }

  @Test
  void supervisorWhoFindsNoOneRefersTheChildForProtection() {
    ProcessInstance instance = start(false);
    assertThat(instance).isWaitingAt(TASK_CHILD_WOULD_LIVE_ALONE);

    complete(task(), withVariables(VAR_GUARDIAN_FOUND, false, VAR_SUPERVISOR_NOTE, "No relative nearby"));

    assertThat(instance).isWaitingAt(END_REFERRED).externalTask().hasTopicName(TOPIC_REFER_FOR_PROTECTION);
    complete(externalTask());
    assertThat(instance).isEnded().hasPassed(END_REFERRED).hasNotPassed(TASK_NAME_GUARDIAN);
  }

  @Test
  void anUnansweredGuardianQuestionNeverLetsTheChildSlipThrough() {
    ProcessInstance instance = runtimeService().startProcessInstanceByKey(PROCESS_KEY,
        Map.of(Jurisdiction.VAR_CHILD_ID, 7L, VAR_PARENTS_LEAVE_ON, "2026-12-01"));

    assertThat(instance).isWaitingAt(TASK_CHILD_WOULD_LIVE_ALONE);
  }

  private ProcessInstance start(boolean guardianAvailable) {
    Map<String, Object> variables = new HashMap<>();
    variables.put(Jurisdiction.VAR_CHILD_ID, 7L);
    variables.put(VAR_PARENTS_LEAVE_ON, "2026-12-01");
    variables.put(VAR_PARENTS_DESTINATION, "Guangzhou");
    variables.put(VAR_GUARDIAN_AVAILABLE, guardianAvailable);
    return runtimeService().startProcessInstanceByKey(PROCESS_KEY, "EG-TEST-1", variables);
  }
}
