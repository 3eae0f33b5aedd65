package org.careflow.processes;

import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.*;
import static org.careflow.contract.FosterCare.*;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Date;
import java.util.HashMap;
import java.util.Map;
import org.assertj.core.api.Assertions;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.externaltask.ExternalTask;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.camunda.community.process_test_coverage.junit5.platform7.ProcessEngineCoverageExtension;
import org.careflow.contract.Jurisdiction;
import org.careflow.contract.ProtectionCase;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Every path of a foster placement on the engine alone, with the real eligibility tables and the
 * integration period driven by moving the clock to day 59, 60, 89 and 90.
 */
@Deployment(resources = {"bpmn/foster-care-placement.bpmn", "dmn/foster-child-eligibility.dmn", "dmn/foster-family-eligibility.dmn"})
class FosterCarePlacementProcessTest {

  @RegisterExtension
  static ProcessEngineCoverageExtension engine = ProcessEngineCoverageExtension.builder().build();

  static final LocalDate PLACED_ON = LocalDate.of(2026, 12, 1);

  ProcessEngine processEngine;
  int childAge = 10;

  @BeforeEach
  void setUp() {
    init(processEngine);
    Mocks.register("childIntake", (ExecutionListener) execution -> {
      execution.setVariable(IN_CHILD_AGE, childAge);
      execution.setVariable(ProtectionCase.VAR_CHILD_ADULT_ON, LocalDate.now().plusYears(8) + "T00:00:00");
    });
    Mocks.register("jurisdictionGuard", (ExecutionListener) execution -> {
      execution.setVariable(Jurisdiction.VAR_VILLAGE, "xiwan");
      execution.setVariable(Jurisdiction.VAR_TOWNSHIP, "shiqiao");
      execution.setVariable(Jurisdiction.VAR_COUNTY, "qingshan");
    });
    Mocks.register("evaluationTeamCheck", (TaskListener) task -> { });
  }

  @AfterEach
  void reset() {
    Mocks.reset();
    ClockUtil.reset();
  }

  @Test
  void aChildWhoIsNotSuitableIsClosedWithTheReasonShown() {
    ProcessInstance placement = refer(Map.of(IN_ACTIVE_INFECTIOUS_DISEASE, true));

    assertThat(placement).isWaitingAt(TASK_CHILD_NOT_ELIGIBLE).variables()
        .containsEntry(VAR_CHILD_ELIGIBLE, false)
        .containsEntry(VAR_CHILD_ELIGIBILITY_REASON, "患有处于活动期的传染病");
    assertThat(task()).hasCandidateGroup("civil-affairs-qingshan");
    complete(task(), withVariables("closingNotes", "Treat first"));
    assertThat(placement).isEnded().hasPassed("End_ChildNotEligible");
  }

  @Test
  void aChildOfSevenIsNotAskedAndAChildOfEightIs() {
    childAge = 7;
    assertThat(refer(Map.of())).isWaitingAt(TASK_PROPOSE_FAMILY).hasNotPassed(TASK_RECORD_CHILD_OPINION);
    childAge = 8;
    assertThat(refer(Map.of())).isWaitingAt(TASK_RECORD_CHILD_OPINION);
  }

  @Test
  void aChildOfEightWithoutNormalCognitionIsNotAsked() {
    childAge = 8;
    Map<String, Object> variables = eligibleChild();
    variables.put(VAR_NORMAL_COGNITION, false);
    assertThat(runtimeService().startProcessInstanceByKey(PROCESS_KEY, "FC-TEST", variables)).isWaitingAt(TASK_PROPOSE_FAMILY);
  }

  @Test
  void aChildWhoRefusesStopsThePlacement() {
    childAge = 12;
    ProcessInstance placement = refer(Map.of());
    assertThat(placement).isWaitingAt(TASK_RECORD_CHILD_OPINION);
    complete(task(), withVariables(VAR_CHILD_AGREES, false, "opinionNotes", "Wants to stay with friends", "opinionDate", "2026-11-28"));
    assertThat(placement).isEnded().hasPassed("End_ChildRefused").hasNotPassed(TASK_PROPOSE_FAMILY);
  }

  @Test
  void aFamilyThatBreaksTheStandardIsRefusedAndAnotherProposed() {
    childAge = 5;
    ProcessInstance placement = refer(Map.of());

    proposeFamily(placement, Map.of(IN_CURRENT_FOSTER_CHILDREN, 2, IN_OTHER_CHILDREN_UNDER_6, 0));
    assertThat(placement).isWaitingAt(TASK_PROPOSE_FAMILY).variables().containsEntry(VAR_FAMILY_ELIGIBLE, false)
        .containsEntry(VAR_FAMILY_ELIGIBILITY_REASON, "家庭已寄养2名儿童：最多只能寄养2名");

    proposeFamily(placement, Map.of(IN_CURRENT_FOSTER_CHILDREN, 1, IN_OTHER_CHILDREN_UNDER_6, 0));
    assertThat(placement).isWaitingAt(TASK_FORM_EVALUATION_TEAM);
  }

  @Test
  void aFailedEvaluationSendsTheCaseBackForAnotherFamily() {
    childAge = 5;
    ProcessInstance placement = atEvaluation();
    complete(task(), withVariables(VAR_EVALUATION_PASSED, false, "evaluationReport", "Cramped", "leaderSignature", true));
    completeExternal(placement, SERVICE_RECORD_EVALUATION, Map.of());
    assertThat(placement).isWaitingAt(TASK_PROPOSE_FAMILY);
  }

  @Test
  void theIntegrationAssessmentOpensOnDay60AndNotBefore() {
    ProcessInstance placement = placed();

    Job day60 = timerAt(TIMER_INTEGRATION_DAY_60, placement);
    Assertions.assertThat(day60.getDuedate()).isEqualTo(day(60));
    ClockUtil.setCurrentTime(day(59));
    Assertions.assertThat(managementService().createJobQuery().processInstanceId(placement.getId()).executable().count()).isZero();
    assertThat(placement).isWaitingAt(TIMER_INTEGRATION_DAY_60);

    ClockUtil.setCurrentTime(day(60));
    Assertions.assertThat(managementService().createJobQuery().processInstanceId(placement.getId()).executable().count()).isEqualTo(1);
    execute(day60);
    assertThat(placement).isWaitingAt(TASK_ASSESS_INTEGRATION);
    assertThat(task()).hasCandidateGroup("foster-assessors");
    Assertions.assertThat(task().getDueDate()).isEqualTo(day(90));
  }

  @Test
  void aSuccessfulIntegrationBecomesFormalFosteringWithSupervisionVisits() {
    ProcessInstance placement = atIntegrationAssessment();
    complete(task(), withVariables(VAR_INTEGRATION_SUCCESSFUL, true, VAR_INTEGRATION_NOTES, "Settled well"));
    ClockUtil.setCurrentTime(day(75));
    completeExternal(placement, SERVICE_RECORD_INTEGRATION_OUTCOME, Map.of());

    assertThat(placement).isWaitingAt(TIMER_NEXT_SUPERVISION);
    Job firstVisit = timerAt(TIMER_NEXT_SUPERVISION, placement);
    Assertions.assertThat(firstVisit.getDuedate()).as("90 days after the placement became formal").isEqualTo(day(75 + 90));
    ClockUtil.setCurrentTime(day(75 + 90));
    execute(firstVisit);
    assertThat(placement).isWaitingAt(TASK_SUPERVISE_FAMILY);
    complete(task(), withVariables("visitDate", "2027-05-01", "childWellCaredFor", true, "supervisionNotes", "Fine"));
    ClockUtil.setCurrentTime(day(170));
    completeExternal(placement, "ServiceTask_RecordSupervisionVisit", Map.of());
    assertThat(placement).isWaitingAt(TIMER_NEXT_SUPERVISION);
    Assertions.assertThat(timerAt(TIMER_NEXT_SUPERVISION, placement).getDuedate()).as("90 days after the last visit")
        .isEqualTo(day(170 + 90));
  }

  @Test
  void day89StillWaitsForTheAssessorsAndDay90ForcesADecision() {
    ProcessInstance placement = atIntegrationAssessment();
    Job day90 = timerAt(TIMER_INTEGRATION_DAY_90, placement);
    Assertions.assertThat(day90.getDuedate()).isEqualTo(day(90));

    ClockUtil.setCurrentTime(day(89));
    Assertions.assertThat(managementService().createJobQuery().processInstanceId(placement.getId()).executable().count()).isZero();
    ClockUtil.setCurrentTime(day(90));
    execute(day90);

    assertThat(placement).isWaitingAt(SERVICE_ESCALATE_INTEGRATION).hasNotPassed(SERVICE_RECORD_INTEGRATION_OUTCOME);
    Assertions.assertThat(runtimeService().getVariableLocal(externalTaskAt(SERVICE_ESCALATE_INTEGRATION, placement).getExecutionId(),
        ProtectionCase.VAR_ESCALATION_KIND)).isEqualTo("INTEGRATION_DECISION");
    completeExternal(placement, SERVICE_ESCALATE_INTEGRATION, Map.of());
    assertThat(placement).isWaitingAt(TASK_DECIDE_INTEGRATION_NOW);
    assertThat(task()).hasCandidateGroup("civil-affairs-qingshan");
    complete(task(), withVariables(VAR_INTEGRATION_SUCCESSFUL, false, VAR_INTEGRATION_NOTES, "Child unhappy"));
    completeExternal(placement, SERVICE_RECORD_INTEGRATION_OUTCOME, Map.of());
    assertThat(placement).isEnded().hasPassed("End_AttemptEnded");
  }

  @Test
  void aTerminationWithInfringedRightsReleasesTheRelationshipAndNotifiesTheDepartment() {
    ProcessInstance placement = formal();

    runtimeService().createMessageCorrelation(MESSAGE_TERMINATION_RAISED).processInstanceBusinessKey("FC-TEST")
        .setVariable(VAR_TERMINATION_GROUND, TerminationGround.ABUSE_OR_DISCRIMINATION.name())
        .setVariable(VAR_RIGHTS_INFRINGED, true).correlate();

    assertThat(placement).isWaitingAt(SERVICE_RECORD_TERMINATION).hasNotPassed(TASK_SUPERVISE_FAMILY);
    Assertions.assertThat(runtimeService().getVariableLocal(externalTaskAt(SERVICE_RECORD_TERMINATION, placement).getExecutionId(), "placementEnd"))
        .isEqualTo("TERMINATED");
    completeExternal(placement, SERVICE_RECORD_TERMINATION, Map.of());
    completeExternal(placement, SERVICE_NOTIFY_RIGHTS_INFRINGED, Map.of());
    assertThat(placement).isEnded().hasPassed("End_Terminated");
  }

  @Test
  void aTerminationWithoutInfringedRightsNotifiesNoOne() {
    ProcessInstance placement = formal();
    runtimeService().createMessageCorrelation(MESSAGE_TERMINATION_RAISED).processInstanceBusinessKey("FC-TEST")
        .setVariable(VAR_TERMINATION_GROUND, TerminationGround.MAJOR_CHANGE_IN_FAMILY.name())
        .setVariable(VAR_RIGHTS_INFRINGED, false).correlate();
    completeExternal(placement, SERVICE_RECORD_TERMINATION, Map.of());
    assertThat(placement).isEnded().hasNotPassed(SERVICE_NOTIFY_RIGHTS_INFRINGED);
  }

  @Test
  void fosteringEndsWhenTheChildTurns18() {
    ProcessInstance placement = formal();
    execute(timerAt(TIMER_FOSTER_CHILD_TURNS_18, placement));
    Assertions.assertThat(runtimeService().getVariableLocal(externalTaskAt("ServiceTask_RecordAdulthood", placement).getExecutionId(), "placementEnd"))
        .isEqualTo("CHILD_TURNED_18");
    completeExternal(placement, "ServiceTask_RecordAdulthood", Map.of());
    assertThat(placement).isEnded().hasPassed("End_FosteringCompleted");
  }

  // --- helpers -------------------------------------------------------------------------------

  private static Map<String, Object> eligibleChild() {
    Map<String, Object> variables = new HashMap<>();
    variables.put(Jurisdiction.VAR_CHILD_ID, 8L);
    variables.put(VAR_NORMAL_COGNITION, true);
    variables.put(IN_UNDER_CIVIL_AFFAIRS_GUARDIANSHIP, true);
    variables.put(IN_NEEDS_FAMILY_CARE, true);
    variables.put(IN_SUITABLE_FOR_FAMILY_UPBRINGING, true);
    variables.put("referralNotes", "Orphan, in the institution since 2024");
    return variables;
  }

  private ProcessInstance refer(Map<String, Object> overrides) {
    Map<String, Object> variables = eligibleChild();
    variables.putAll(overrides);
    return runtimeService().startProcessInstanceByKey(PROCESS_KEY, "FC-TEST", variables);
  }

  private void proposeFamily(ProcessInstance placement, Map<String, Object> counts) {
    complete(task(TASK_PROPOSE_FAMILY, placement), withVariables("familyName", "Zhou", "address", "Xiwan 12",
        IN_FAMILY_HARMONIOUS, true, IN_ALL_MEMBERS_AGREE, true));
    Map<String, Object> registered = new HashMap<>(counts);
    registered.put(VAR_FAMILY_ID, 1L);
    completeExternal(placement, SERVICE_REGISTER_FAMILY, registered);
  }

  private ProcessInstance atEvaluation() {
    ProcessInstance placement = refer(Map.of());
    proposeFamily(placement, Map.of(IN_CURRENT_FOSTER_CHILDREN, 0, IN_OTHER_CHILDREN_UNDER_6, 0));
    complete(task(TASK_FORM_EVALUATION_TEAM, placement), withVariables(VAR_TEAM_LEADER, "assessor.lin", VAR_TEAM_MEMBERS, "assessor.he,assessor.ma"));
    assertThat(placement).isWaitingAt(TASK_EVALUATE_FAMILY);
    assertThat(task()).isAssignedTo("assessor.lin");
    return placement;
  }

  private ProcessInstance placed() {
    childAge = 5;
    ProcessInstance placement = atEvaluation();
    complete(task(), withVariables(VAR_EVALUATION_PASSED, true, "evaluationReport", "Warm home", "leaderSignature", true));
    completeExternal(placement, SERVICE_RECORD_EVALUATION, Map.of());
    complete(task(TASK_PLACE_CHILD, placement), withVariables(VAR_PLACEMENT_DATE, PLACED_ON.toString()));
    completeExternal(placement, SERVICE_RECORD_PLACEMENT, Map.of(
        VAR_INTEGRATION_OPENS_ON, PLACED_ON.plusDays(60) + "T00:00:00",
        VAR_INTEGRATION_DECISION_DUE_ON, PLACED_ON.plusDays(90) + "T00:00:00"));
    return placement;
  }

  private ProcessInstance atIntegrationAssessment() {
    ProcessInstance placement = placed();
    ClockUtil.setCurrentTime(day(60));
    execute(timerAt(TIMER_INTEGRATION_DAY_60, placement));
    assertThat(placement).isWaitingAt(TASK_ASSESS_INTEGRATION);
    return placement;
  }

  private ProcessInstance formal() {
    ProcessInstance placement = atIntegrationAssessment();
    complete(task(), withVariables(VAR_INTEGRATION_SUCCESSFUL, true, VAR_INTEGRATION_NOTES, "Settled"));
    completeExternal(placement, SERVICE_RECORD_INTEGRATION_OUTCOME, Map.of());
    assertThat(placement).isWaitingAt(TIMER_NEXT_SUPERVISION);
    return placement;
  }

  private static Date day(int day) {
    return Date.from(PLACED_ON.plusDays(day).atStartOfDay(ZoneId.systemDefault()).toInstant());
  }

  private void completeExternal(ProcessInstance instance, String activityId, Map<String, Object> variables) {
    complete(externalTaskAt(activityId, instance), variables);
  }

  private ExternalTask externalTaskAt(String activityId, ProcessInstance instance) {
    return externalTaskService().createExternalTaskQuery().processInstanceId(instance.getId()).activityId(activityId).singleResult();
  }

  private Job timerAt(String activityId, ProcessInstance instance) {
    return managementService().createJobQuery().processInstanceId(instance.getId()).activityId(activityId).singleResult();
  }
}
