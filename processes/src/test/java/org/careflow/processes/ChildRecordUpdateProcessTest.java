package org.careflow.processes;

import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.*;
import static org.careflow.contract.ChildRecordUpdate.*;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.assertj.core.api.Assertions;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.camunda.community.process_test_coverage.junit5.platform7.ProcessEngineCoverageExtension;
import org.careflow.contract.Jurisdiction;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The child-record update on the engine alone: a change applies only after the township supervisor verifies it. */
@Deployment(resources = "bpmn/child-record-update.bpmn")
class ChildRecordUpdateProcessTest {

  @RegisterExtension
  static ProcessEngineCoverageExtension engine = ProcessEngineCoverageExtension.builder().build();

  ProcessEngine processEngine;
  private final List<Long> applied = new ArrayList<>();
  private final List<Long> checked = new ArrayList<>();

  @BeforeEach
  void placeChildInDongpo() {
    init(processEngine);
    Mocks.register("jurisdictionGuard", (ExecutionListener) execution -> {
      execution.setVariable(Jurisdiction.VAR_VILLAGE, "dongpo");
      execution.setVariable(Jurisdiction.VAR_TOWNSHIP, "shiqiao");
      execution.setVariable(Jurisdiction.VAR_COUNTY, "qingshan");
    });
    Mocks.register("childRecordChangeCheck", (ExecutionListener) execution ->
        checked.add((Long) execution.getVariable(Jurisdiction.VAR_CHILD_ID)));
    Mocks.register("applyChildRecordChange", (JavaDelegate) execution ->
        applied.add((Long) execution.getVariable(Jurisdiction.VAR_CHILD_ID)));
  }

  @AfterEach
  void resetMocks() {
    Mocks.reset();
  }

  @Test
  void aVerifiedChangeApplies() {
    ProcessInstance instance = propose();

    Assertions.assertThat(checked).containsExactly(5L);
    assertThat(instance).isWaitingAt(TASK_VERIFY_CHANGE);
    assertThat(task()).hasCandidateGroup("supervisor-shiqiao");
    Assertions.assertThat(applied).isEmpty();

    complete(task(), withVariables(VAR_CHANGE_APPROVED, true, VAR_VERIFICATION_NOTE, "Saw the school's letter"));

    assertThat(instance).isEnded().hasPassed(SERVICE_APPLY_CHANGE, END_APPLIED);
    Assertions.assertThat(applied).containsExactly(5L);
  }

  @Test
  void aRejectedChangeLeavesTheRecordAsItIs() {
    ProcessInstance instance = propose();
    assertThat(instance).isWaitingAt(TASK_VERIFY_CHANGE);

    complete(task(), withVariables(VAR_CHANGE_APPROVED, false, VAR_VERIFICATION_NOTE, "The child still attends school"));

    assertThat(instance).isEnded().hasPassed(END_REJECTED).hasNotPassed(SERVICE_APPLY_CHANGE);
    Assertions.assertThat(applied).isEmpty();
  }

  @Test
  void anUnansweredVerificationNeverApplies() {
    ProcessInstance instance = propose();
    assertThat(instance).isWaitingAt(TASK_VERIFY_CHANGE);

    complete(task(), withVariables(VAR_VERIFICATION_NOTE, "Could not reach the family"));

    assertThat(instance).isEnded().hasPassed(END_REJECTED);
    Assertions.assertThat(applied).isEmpty();
  }

  private ProcessInstance propose() {
    return runtimeService().startProcessInstanceByKey(PROCESS_KEY, Map.of(
        Jurisdiction.VAR_CHILD_ID, 5L,
        VAR_SCHOOL_STATUS, "DROPPED_OUT",
        VAR_CHANGE_REASON, "Has not been at school for a month"));
  }
}
