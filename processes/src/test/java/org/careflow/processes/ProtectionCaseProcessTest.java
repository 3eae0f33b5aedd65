package org.careflow.processes;

import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.*;
import static org.careflow.contract.ProtectionCase.*;

import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.Map;
import org.assertj.core.api.Assertions;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.externaltask.ExternalTask;
import org.camunda.bpm.engine.runtime.Job;
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

/**
 * Every path of the protection chain on the engine alone: the real decision tables, workers played
 * by hand, timers driven by moving to their due date and executing the job.
 */
@Deployment(resources = {
    "bpmn/child-protection-case.bpmn", "bpmn/protection-emergency-handling.bpmn",
    "bpmn/protection-assessment-assistance.bpmn", "bpmn/protection-monitoring-intervention.bpmn",
    "dmn/risk-triage.dmn", "dmn/case-deadlines.dmn", "dmn/assistance-measures.dmn", "dmn/orphan-allowance-subsidy.dmn"})
class ProtectionCaseProcessTest {

  @RegisterExtension
  static ProcessEngineCoverageExtension engine = ProcessEngineCoverageExtension.builder().build();

  ProcessEngine processEngine;

  @BeforeEach
  void childInLianhua() {
    init(processEngine);
    Mocks.register("childIntake", (ExecutionListener) execution ->
        execution.setVariable(VAR_CHILD_ADULT_ON, LocalDate.now().plusYears(8) + "T00:00:00"));
    Mocks.register("jurisdictionGuard", (ExecutionListener) execution -> {
      execution.setVariable(Jurisdiction.VAR_VILLAGE, "lianhua");
      execution.setVariable(Jurisdiction.VAR_TOWNSHIP, "hetang");
      execution.setVariable(Jurisdiction.VAR_COUNTY, "qingshan");
    });
    Mocks.register("reportIntake", (ExecutionListener) execution -> REPORT_PERSONAL_DATA.forEach(execution::removeVariable));
  }

  @AfterEach
  void reset() {
    Mocks.reset();
  }

  @Test
  void aChildLivingAloneIsReportedToThePoliceAndHandledAsAnEmergency() {
    ProcessInstance kase = report(Map.of("childLivingAlone", true));

    assertThat(kase).variables().containsEntry("riskLevel", "HIGH").containsEntry("policeReportRequired", true)
        .containsEntry("triageHours", 2).containsEntry("firstResponseHours", 12);
    assertThat(kase).isWaitingAt(SERVICE_OPEN_CASE_RECORD);
    completeExternal(kase, SERVICE_OPEN_CASE_RECORD, Map.of());

    assertThat(kase).isWaitingAt(SERVICE_NOTIFY_POLICE, TASK_TRIAGE_REPORT);
    Task triage = task(TASK_TRIAGE_REPORT, kase);
    assertThat(triage).hasCandidateGroup("supervisor-hetang");
    Assertions.assertThat(triage.getPriority()).isEqualTo(100);
    Assertions.assertThat(triage.getDueDate().toInstant()).isCloseTo(Instant.now().plus(2, ChronoUnit.HOURS), Assertions.within(1, ChronoUnit.MINUTES));

    completeExternal(kase, SERVICE_NOTIFY_POLICE, Map.of());
    assertThat(kase).isWaitingAt(TASK_RECORD_POLICE_ACKNOWLEDGEMENT, TASK_TRIAGE_REPORT);
    complete(task(TASK_RECORD_POLICE_ACKNOWLEDGEMENT, kase), withVariables("policeReference", "QS-110-7", "acknowledgedOn", "2026-11-28"));
    completeExternal(kase, SERVICE_RECORD_POLICE_ACK, Map.of());
    assertThat(kase).hasPassed("End_PoliceAcknowledged");

    complete(triage, withVariables(VAR_CONFIRMED_RISK_LEVEL, "HIGH", VAR_TRIAGE_NOTES, "Alone since Monday"));
    ProcessInstance emergency = calledProcessInstance(EMERGENCY_PROCESS_KEY, kase);
    assertThat(emergency).isWaitingAt(TASK_PROVIDE_TEMPORARY_CARE);
    assertThat(task(emergency)).hasCandidateGroup("agency-qingshan");
    Assertions.assertThat(emergency.getBusinessKey()).isEqualTo(kase.getBusinessKey());
  }

  @Test
  void aGeneralSituationGoesToTheSupervisorWithoutPoliceOrEmergency() {
    ProcessInstance kase = report(Map.of("guardianNeglect", true));
    completeExternal(kase, SERVICE_OPEN_CASE_RECORD, Map.of());

    assertThat(kase).isWaitingAt(TASK_TRIAGE_REPORT).hasNotPassed(SERVICE_NOTIFY_POLICE);
    assertThat(kase).variables().containsEntry("riskLevel", "MEDIUM").containsEntry("confirmedRiskLevel", "MEDIUM");
    complete(task(TASK_TRIAGE_REPORT, kase), withVariables(VAR_CONFIRMED_RISK_LEVEL, "MEDIUM", VAR_TRIAGE_NOTES, "Father drinks"));

    assertThat(kase).hasNotPassed(CALL_EMERGENCY);
    assertThat(calledProcessInstance(ASSESSMENT_PROCESS_KEY, kase)).isWaitingAt(TASK_ASSESS_GUARDIANSHIP);
    assertThat(kase).variables().containsEntry("firstVisitDays", 7).containsEntry("visitIntervalDays", 14);
  }

  @Test
  void theDecisionsLeaveTheirOutputsOnTheCaseAndNotTheirWholeResults() {
    ProcessInstance kase = triaged(Map.of("guardianNeglect", true), "LOW");

    assertThat(kase).variables().containsEntry("riskLevel", "MEDIUM").containsEntry("policeReportRequired", false)
        .containsEntry("triageHours", 72).containsEntry("firstVisitDays", 14)
        .doesNotContainKeys("riskTriage", "caseDeadlines", "decisionResult");
    Assertions.assertThat(processEngine.getHistoryService().createHistoricVariableInstanceQuery()
            .variableNameIn("riskTriage", "caseDeadlines", "decisionResult").count())
        .as("the decision results (a JSON document each) were never stored, not even in the history").isZero();
  }

  @Test
  void theSupervisorCanRaiseTheRiskAtTriage() {
    ProcessInstance kase = triaged(Map.of(), "HIGH");

    assertThat(kase).hasPassed(RULE_RISK_TRIAGE).variables().containsEntry("riskLevel", "LOW").containsEntry("firstResponseHours", 12);
    assertThat(calledProcessInstance(EMERGENCY_PROCESS_KEY, kase)).isWaitingAt(TASK_PROVIDE_TEMPORARY_CARE);
  }

  @Test
  void anOverdueTriageEscalatesWithoutCancellingIt() {
    ProcessInstance kase = report(Map.of("childMissing", true));
    completeExternal(kase, SERVICE_OPEN_CASE_RECORD, Map.of());

    Job timer = timerAt(TIMER_TRIAGE_OVERDUE, kase);
    Assertions.assertThat(timer.getDuedate().toInstant()).isCloseTo(Instant.now().plus(2, ChronoUnit.HOURS), Assertions.within(1, ChronoUnit.MINUTES));
    execute(timer);

    assertThat(kase).isWaitingAt(TASK_TRIAGE_REPORT, SERVICE_ESCALATE_TRIAGE);
    ExternalTask escalation = externalTaskAt(SERVICE_ESCALATE_TRIAGE, kase);
    Assertions.assertThat(escalation.getTopicName()).isEqualTo(TOPIC_NOTIFY_ESCALATION);
    Assertions.assertThat(runtimeService().getVariableLocal(escalation.getExecutionId(), VAR_ESCALATION_KIND)).isEqualTo("TRIAGE");
  }

  @Test
  void aMissingPoliceAcknowledgementEscalatesAfterFourHours() {
    ProcessInstance kase = report(Map.of("guardianIncapacitated", true));
    completeExternal(kase, SERVICE_OPEN_CASE_RECORD, Map.of());
    completeExternal(kase, SERVICE_NOTIFY_POLICE, Map.of());

    Job timer = timerAt(TIMER_POLICE_ACK_OVERDUE, kase);
    Assertions.assertThat(timer.getDuedate().toInstant()).isCloseTo(Instant.now().plus(4, ChronoUnit.HOURS), Assertions.within(1, ChronoUnit.MINUTES));
    execute(timer);

    assertThat(kase).isWaitingAt(TASK_RECORD_POLICE_ACKNOWLEDGEMENT, SERVICE_ESCALATE_POLICE_ACK);
    Assertions.assertThat(runtimeService().getVariableLocal(externalTaskAt(SERVICE_ESCALATE_POLICE_ACK, kase).getExecutionId(), VAR_ESCALATION_KIND))
        .isEqualTo("POLICE_ACKNOWLEDGEMENT");
  }

  @Test
  void aMissedFirstResponseEscalatesToCivilAffairsAndManagersAndTheWorkGoesOn() {
    ProcessInstance kase = triaged(Map.of("domesticViolence", true, "severe", true), "HIGH");
    ProcessInstance emergency = calledProcessInstance(EMERGENCY_PROCESS_KEY, kase);

    Job timer = timerAt(TIMER_FIRST_RESPONSE_OVERDUE, emergency);
    Assertions.assertThat(timer.getDuedate().toInstant()).isCloseTo(Instant.now().plus(12, ChronoUnit.HOURS), Assertions.within(1, ChronoUnit.MINUTES));
    execute(timer);

    assertThat(emergency).isWaitingAt(TASK_PROVIDE_TEMPORARY_CARE, SERVICE_ESCALATE_FIRST_RESPONSE);
    complete(task(TASK_PROVIDE_TEMPORARY_CARE, emergency), withVariables(VAR_CARE_ARRANGEMENT, "TEMPORARY_CARE"));
    assertThat(emergency).isWaitingAt(SERVICE_ESCALATE_FIRST_RESPONSE);
    completeExternal(emergency, SERVICE_ESCALATE_FIRST_RESPONSE, Map.of());
    assertThat(emergency).isEnded().hasPassed("End_FirstResponseEscalated", "End_EmergencyHandled");
    assertThat(calledProcessInstance(ASSESSMENT_PROCESS_KEY, kase)).isWaitingAt(TASK_ASSESS_GUARDIANSHIP);
  }

  @Test
  void theAssessmentProposesMeasuresComputesTheOrphanAllowanceAndTracksEachMeasureToDone() {
    ProcessInstance kase = triaged(Map.of(), "LOW");
    ProcessInstance assessment = calledProcessInstance(ASSESSMENT_PROCESS_KEY, kase);
    assertThat(task(assessment)).hasCandidateGroup("agency-qingshan");

    complete(task(assessment), withVariables("isOrphan", true, "psychologicalDistress", true, "assessmentNotes", "Orphan, withdrawn"));
    assertThat(assessment).isWaitingAt(TASK_CONFIRM_ASSISTANCE_PLAN).variables()
        .containsEntry(Measure.ORPHAN_ALLOWANCE.variable(), true)
        .containsEntry(Measure.PSYCHOLOGICAL_CARE.variable(), true)
        .containsEntry(Measure.RETURN_TO_SCHOOL.variable(), false);

    complete(task(assessment), withVariables(VAR_ORPHAN_REGION, "WEST", Measure.RETURN_TO_SCHOOL.variable(), true));
    assertThat(assessment).hasPassed(RULE_ORPHAN_ALLOWANCE).variables().containsEntry("monthlySubsidyYuan", 600);
    completeExternal(assessment, SERVICE_RECORD_ASSISTANCE_PLAN, Map.of(VAR_ALL_MEASURES_DONE, false));

    assertThat(assessment).isWaitingAt(TASK_TRACK_MEASURES);
    assertThat(task(assessment)).hasCandidateGroup("director-lianhua");
    complete(task(assessment), withVariables("progressNotes", "Allowance applied for"));
    completeExternal(assessment, SERVICE_RECORD_MEASURE_PROGRESS, Map.of(VAR_ALL_MEASURES_DONE, false));
    assertThat(assessment).isWaitingAt(TASK_TRACK_MEASURES);
    complete(task(assessment), withVariables("progressNotes", "All done"));
    completeExternal(assessment, SERVICE_RECORD_MEASURE_PROGRESS, Map.of(VAR_ALL_MEASURES_DONE, true));

    assertThat(assessment).isEnded();
    assertThat(calledProcessInstance(MONITORING_PROCESS_KEY, kase)).isWaitingAt(TASK_VISIT_CHILD);
  }

  @Test
  void aPlanWithoutMeasuresSkipsTrackingAndNoAllowanceIsComputed() {
    ProcessInstance assessment = calledProcessInstance(ASSESSMENT_PROCESS_KEY, triaged(Map.of(), "LOW"));
    complete(task(assessment), withVariables("assessmentNotes", "Nothing needed"));
    complete(task(assessment), withVariables(VAR_ORPHAN_REGION, "EAST"));
    completeExternal(assessment, SERVICE_RECORD_ASSISTANCE_PLAN, Map.of(VAR_ALL_MEASURES_DONE, true));

    assertThat(assessment).isEnded().hasNotPassed(RULE_ORPHAN_ALLOWANCE, TASK_TRACK_MEASURES);
  }

  @Test
  void visitsFollowTheRiskIntervalAndAMissedVisitEscalatesToTheSupervisor() {
    ProcessInstance kase = atMonitoring("MEDIUM");
    ProcessInstance monitoring = calledProcessInstance(MONITORING_PROCESS_KEY, kase);
    Task visit = task(monitoring);
    assertThat(visit).hasCandidateGroup("director-lianhua");
    Assertions.assertThat(visit.getDueDate().toInstant()).isCloseTo(Instant.now().plus(7, ChronoUnit.DAYS), Assertions.within(1, ChronoUnit.MINUTES));

    execute(timerAt(TIMER_VISIT_OVERDUE, monitoring));
    assertThat(monitoring).isWaitingAt(TASK_VISIT_CHILD, SERVICE_ESCALATE_MISSED_VISIT);
    Assertions.assertThat(runtimeService().getVariableLocal(externalTaskAt(SERVICE_ESCALATE_MISSED_VISIT, monitoring).getExecutionId(), VAR_ESCALATION_KIND))
        .isEqualTo("MISSED_VISIT");

    complete(visit, withVariables("visitDate", "2026-12-01", VAR_CHILD_SAFE, true, VAR_PARENTS_REFUSE_GUARDIANSHIP, false, "visitNotes", "Fine"));
    completeExternal(monitoring, SERVICE_RECORD_VISIT, Map.of("visitsMade", 1));
    assertThat(monitoring).isWaitingAt(TASK_REVIEW_CASE);
    assertThat(task(TASK_REVIEW_CASE, monitoring)).hasCandidateGroup("supervisor-hetang");
    complete(task(TASK_REVIEW_CASE, monitoring), withVariables(VAR_RISK_RESOLVED, false, "reviewNotes", "Keep watching"));

    Task secondVisit = task(TASK_VISIT_CHILD, monitoring);
    Assertions.assertThat(secondVisit.getDueDate().toInstant()).isCloseTo(Instant.now().plus(14, ChronoUnit.DAYS), Assertions.within(1, ChronoUnit.MINUTES));
  }

  @Test
  void parentsWhoRefuseGuardianshipMeetEachInterventionStepUpToACourtApplication() {
    ProcessInstance monitoring = calledProcessInstance(MONITORING_PROCESS_KEY, atMonitoring("LOW"));
    visit(monitoring, true);

    assertThat(monitoring).isWaitingAt(TASK_GUIDE_PARENTS);
    assertThat(task(monitoring)).hasCandidateGroup("supervisor-hetang");
    intervene(monitoring, false);
    assertThat(monitoring).isWaitingAt(TASK_CRITICISE_AND_EDUCATE);
    assertThat(task(monitoring)).hasCandidateGroup("supervisor-hetang");
    intervene(monitoring, false);
    assertThat(monitoring).isWaitingAt(TASK_JOINT_ADMONITION);
    assertThat(task(monitoring)).hasCandidateGroup("agency-qingshan");
    intervene(monitoring, false);
    assertThat(monitoring).isWaitingAt(TASK_APPLY_TO_REVOKE);
    assertThat(task(monitoring)).hasCandidateGroup("civil-affairs-qingshan");
    complete(task(monitoring), withVariables("courtName", "Qingshan People's Court", "applicationDate", "2026-12-20", "applicationNotes", "Abandoned"));

    assertThat(monitoring).isWaitingAt(TASK_REVIEW_CASE);
  }

  @Test
  void parentsWhoComplyAfterGuidanceGoStraightToReview() {
    ProcessInstance monitoring = calledProcessInstance(MONITORING_PROCESS_KEY, atMonitoring("LOW"));
    visit(monitoring, true);
    intervene(monitoring, true);

    assertThat(monitoring).isWaitingAt(TASK_REVIEW_CASE).hasNotPassed(TASK_CRITICISE_AND_EDUCATE);
  }

  @Test
  void parentsWhoComplyAfterCriticismOrAdmonitionStopTheEscalation() {
    ProcessInstance afterCriticism = calledProcessInstance(MONITORING_PROCESS_KEY, atMonitoring("LOW"));
    visit(afterCriticism, true);
    intervene(afterCriticism, false);
    intervene(afterCriticism, true);
    assertThat(afterCriticism).isWaitingAt(TASK_REVIEW_CASE).hasNotPassed(TASK_JOINT_ADMONITION);

    ProcessInstance afterAdmonition = calledProcessInstance(MONITORING_PROCESS_KEY, atMonitoring("LOW"));
    visit(afterAdmonition, true);
    intervene(afterAdmonition, false);
    intervene(afterAdmonition, false);
    intervene(afterAdmonition, true);
    assertThat(afterAdmonition).isWaitingAt(TASK_REVIEW_CASE).hasNotPassed(TASK_APPLY_TO_REVOKE);
  }

  @Test
  void theCaseClosesWhenTheReviewSaysTheRiskIsResolved() {
    ProcessInstance kase = atMonitoring("LOW");
    ProcessInstance monitoring = calledProcessInstance(MONITORING_PROCESS_KEY, kase);
    visit(monitoring, false);
    complete(task(TASK_REVIEW_CASE, monitoring), withVariables(VAR_RISK_RESOLVED, true, "reviewNotes", "Mother back home"));

    assertThat(kase).isWaitingAt(SERVICE_CLOSE_CASE_RECORD);
    ExternalTask close = externalTaskAt(SERVICE_CLOSE_CASE_RECORD, kase);
    Assertions.assertThat(runtimeService().getVariableLocal(close.getExecutionId(), VAR_CLOSURE_REASON)).isEqualTo("RISK_RESOLVED");
    completeExternal(kase, SERVICE_CLOSE_CASE_RECORD, Map.of());
    assertThat(kase).isEnded().hasPassed(END_CASE_CLOSED);
  }

  @Test
  void theCaseClosesOnTheChildsEighteenthBirthdayWhateverStageItIsIn() {
    Mocks.register("childIntake", (ExecutionListener) execution ->
        execution.setVariable(VAR_CHILD_ADULT_ON, LocalDate.now().plusDays(40) + "T00:00:00"));
    ProcessInstance kase = triaged(Map.of(), "LOW");
    ProcessInstance assessment = calledProcessInstance(ASSESSMENT_PROCESS_KEY, kase);

    Job birthday = timerAt(TIMER_CHILD_TURNS_18, kase);
    Assertions.assertThat(birthday.getDuedate().toInstant()).isEqualTo(LocalDate.now().plusDays(40).atStartOfDay(java.time.ZoneId.systemDefault()).toInstant());
    execute(birthday);

    assertThat(assessment).isEnded();
    assertThat(kase).isWaitingAt("ServiceTask_CloseCaseAtAdulthood");
    Assertions.assertThat(runtimeService().getVariableLocal(externalTaskAt("ServiceTask_CloseCaseAtAdulthood", kase).getExecutionId(), VAR_CLOSURE_REASON))
        .isEqualTo("CHILD_TURNED_18");
    completeExternal(kase, "ServiceTask_CloseCaseAtAdulthood", Map.of());
    assertThat(kase).isEnded().hasPassed("End_ClosedAtAdulthood").hasNotPassed(END_CASE_CLOSED);
  }

  @Test
  void aHotlineReportStartsTheSameChainByMessage() {
    Map<String, Object> variables = new HashMap<>(Map.of(Jurisdiction.VAR_CHILD_ID, 3L, VAR_REPORT_CHANNEL, CHANNEL_HOTLINE, "childMissing", true,
        VAR_REPORTER_NAME, "Neighbour", VAR_SITUATION, "Not seen since Monday"));
    ProcessInstance kase = runtimeService().createMessageCorrelation(MESSAGE_REPORT_RECEIVED)
        .processInstanceBusinessKey("CP-TEST-2").setVariables(variables).correlateStartMessage();

    assertThat(kase).hasPassed(START_REPORT_RECEIVED, RULE_RISK_TRIAGE).isWaitingAt(SERVICE_OPEN_CASE_RECORD);
    assertThat(kase).variables().containsEntry("policeReportRequired", true)
        .as("the report intake ran at the message start").doesNotContainKeys(VAR_REPORTER_NAME, VAR_SITUATION);
  }

  @Test
  void theReportIntakeRunsAtTheDirectorsStartToo() {
    ProcessInstance kase = report(Map.of("childLivingAlone", true));

    assertThat(kase).variables().containsKey(Jurisdiction.VAR_CHILD_ID).doesNotContainKeys(VAR_REPORTER_NAME, VAR_SITUATION);
  }

  // --- helpers -------------------------------------------------------------------------------

  private ProcessInstance report(Map<String, Object> situation) {
    Map<String, Object> variables = new HashMap<>(situation);
    variables.put(Jurisdiction.VAR_CHILD_ID, 7L);
    variables.put(VAR_SITUATION, "Reported by the child director");
    variables.put(VAR_REPORTER_NAME, "Liu Mei");
    return runtimeService().startProcessInstanceByKey(PROCESS_KEY, "CP-TEST-1", variables);
  }

  private ProcessInstance triaged(Map<String, Object> situation, String confirmedRisk) {
    ProcessInstance kase = report(situation);
    completeExternal(kase, SERVICE_OPEN_CASE_RECORD, Map.of());
    if (!externalTaskService().createExternalTaskQuery().processInstanceId(kase.getId()).activityId(SERVICE_NOTIFY_POLICE).list().isEmpty()) {
      completeExternal(kase, SERVICE_NOTIFY_POLICE, Map.of());
    }
    complete(task(TASK_TRIAGE_REPORT, kase), withVariables(VAR_CONFIRMED_RISK_LEVEL, confirmedRisk, VAR_TRIAGE_NOTES, "Triaged"));
    return kase;
  }

  private ProcessInstance atMonitoring(String risk) {
    ProcessInstance kase = triaged(Map.of(), risk);
    if ("HIGH".equals(risk)) {
      complete(task(calledProcessInstance(EMERGENCY_PROCESS_KEY, kase)), withVariables(VAR_CARE_ARRANGEMENT, "TEMPORARY_CARE"));
    }
    ProcessInstance assessment = calledProcessInstance(ASSESSMENT_PROCESS_KEY, kase);
    complete(task(assessment), withVariables("assessmentNotes", "Fine"));
    complete(task(assessment), withVariables(VAR_ORPHAN_REGION, "EAST"));
    completeExternal(assessment, SERVICE_RECORD_ASSISTANCE_PLAN, Map.of(VAR_ALL_MEASURES_DONE, true));
    return kase;
  }

  private void visit(ProcessInstance monitoring, boolean parentsRefuse) {
    complete(task(TASK_VISIT_CHILD, monitoring), withVariables("visitDate", "2026-12-01", VAR_CHILD_SAFE, true,
        VAR_PARENTS_REFUSE_GUARDIANSHIP, parentsRefuse, "visitNotes", "Visited"));
    completeExternal(monitoring, SERVICE_RECORD_VISIT, Map.of("visitsMade", 1));
  }

  private void intervene(ProcessInstance monitoring, boolean parentsComply) {
    complete(task(monitoring), withVariables("interventionDate", "2026-12-05", VAR_PARENTS_COMPLY, parentsComply, "interventionNotes", "Talked"));
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
