package org.careflow.contract;

import java.util.List;

/** Contract of the four-in-one protection chain: process keys, message, topics, task ids, variables. */
public final class ProtectionCase {

  public static final String PROCESS_KEY = "child-protection-case";
  public static final String EMERGENCY_PROCESS_KEY = "protection-emergency-handling";
  public static final String ASSESSMENT_PROCESS_KEY = "protection-assessment-assistance";
  public static final String MONITORING_PROCESS_KEY = "protection-monitoring-intervention";
  public static final String CASE_PREFIX = "CP";

  /** Starts a case from the hotline or a referral (e.g. a child who would live alone). */
  public static final String MESSAGE_REPORT_RECEIVED = "ProtectionReportReceived";

  public static final String TOPIC_OPEN_CASE_RECORD = "openCaseRecord";
  public static final String TOPIC_NOTIFY_POLICE = "notifyPolice";
  public static final String TOPIC_RECORD_POLICE_ACKNOWLEDGEMENT = "recordPoliceAcknowledgement";
  public static final String TOPIC_NOTIFY_ESCALATION = "notifyEscalation";
  public static final String TOPIC_RECORD_VISIT = "recordVisit";
  public static final String TOPIC_RECORD_ASSISTANCE_PLAN = "recordAssistancePlan";
  public static final String TOPIC_RECORD_MEASURE_PROGRESS = "recordMeasureProgress";
  public static final String TOPIC_CLOSE_CASE_RECORD = "closeCaseRecord";

  // main process
  public static final String START_DIRECTOR_REPORT = "StartEvent_DirectorReport";
  public static final String START_REPORT_RECEIVED = "StartEvent_ReportReceived";
  public static final String SERVICE_OPEN_CASE_RECORD = "ServiceTask_OpenCaseRecord";
  public static final String RULE_RISK_TRIAGE = "BusinessRuleTask_RiskTriage";
  public static final String RULE_CASE_DEADLINES = "BusinessRuleTask_CaseDeadlines";
  public static final String SERVICE_NOTIFY_POLICE = "ServiceTask_NotifyPolice";
  public static final String TASK_RECORD_POLICE_ACKNOWLEDGEMENT = "Task_RecordPoliceAcknowledgement";
  public static final String TIMER_POLICE_ACK_OVERDUE = "Timer_PoliceAcknowledgementOverdue";
  public static final String SERVICE_ESCALATE_POLICE_ACK = "ServiceTask_EscalateMissingAcknowledgement";
  public static final String SERVICE_RECORD_POLICE_ACK = "ServiceTask_RecordPoliceAcknowledgement";
  public static final String TASK_TRIAGE_REPORT = "Task_TriageReport";
  public static final String TIMER_TRIAGE_OVERDUE = "Timer_TriageOverdue";
  public static final String SERVICE_ESCALATE_TRIAGE = "ServiceTask_EscalateTriageOverdue";
  public static final String CALL_EMERGENCY = "CallActivity_EmergencyHandling";
  public static final String CALL_ASSESSMENT = "CallActivity_AssessmentAndAssistance";
  public static final String CALL_MONITORING = "CallActivity_MonitoringAndIntervention";
  public static final String TIMER_CHILD_TURNS_18 = "Timer_ChildTurns18";
  public static final String SERVICE_CLOSE_CASE_RECORD = "ServiceTask_CloseCaseRecord";
  public static final String END_CASE_CLOSED = "End_CaseClosed";

  // emergency handling
  public static final String TASK_PROVIDE_TEMPORARY_CARE = "Task_ProvideTemporaryCare";
  public static final String TIMER_FIRST_RESPONSE_OVERDUE = "Timer_FirstResponseOverdue";
  public static final String SERVICE_ESCALATE_FIRST_RESPONSE = "ServiceTask_EscalateFirstResponseOverdue";

  // assessment and assistance
  public static final String TASK_ASSESS_GUARDIANSHIP = "Task_AssessGuardianship";
  public static final String RULE_ASSISTANCE_MEASURES = "BusinessRuleTask_ProposeMeasures";
  public static final String TASK_CONFIRM_ASSISTANCE_PLAN = "Task_ConfirmAssistancePlan";
  public static final String RULE_ORPHAN_ALLOWANCE = "BusinessRuleTask_OrphanAllowance";
  public static final String SERVICE_RECORD_ASSISTANCE_PLAN = "ServiceTask_RecordAssistancePlan";
  public static final String TASK_TRACK_MEASURES = "Task_TrackMeasures";
  public static final String SERVICE_RECORD_MEASURE_PROGRESS = "ServiceTask_RecordMeasureProgress";

  // monitoring and intervention
  public static final String TASK_VISIT_CHILD = "Task_VisitChild";
  public static final String TIMER_VISIT_OVERDUE = "Timer_VisitOverdue";
  public static final String SERVICE_ESCALATE_MISSED_VISIT = "ServiceTask_EscalateMissedVisit";
  public static final String SERVICE_RECORD_VISIT = "ServiceTask_RecordVisit";
  public static final String TASK_GUIDE_PARENTS = "Task_GuideParents";
  public static final String TASK_CRITICISE_AND_EDUCATE = "Task_CriticiseAndEducate";
  public static final String TASK_JOINT_ADMONITION = "Task_JointAdmonitionWithPolice";
  public static final String TASK_APPLY_TO_REVOKE = "Task_ApplyToRevokeGuardianship";
  public static final String TASK_REVIEW_CASE = "Task_ReviewCase";

  // variables: the report
  public static final String VAR_REPORT_CHANNEL = "reportChannel";
  public static final String VAR_REPORTER_NAME = "reporterName";
  public static final String VAR_REPORTER_PHONE = "reporterPhone";
  public static final String VAR_SITUATION = "situationDescription";
  public static final String VAR_NEW_CHILD_NAME = "newChildName";
  public static final String VAR_NEW_CHILD_BIRTH_DATE = "newChildBirthDate";
  public static final String VAR_CHILD_ADULT_ON = "childAdultOn";
  /**
   * The report's personal data: who reported, how to reach them, what they saw, and a new child's
   * name and birth date. A report brings them in as variables; the case's start puts them into the
   * app's records (careflow.protection_report, careflow.child) and removes them, and the engine
   * keeps no history of them, so neither its runtime nor its history tables hold them.
   */
  public static final List<String> REPORT_PERSONAL_DATA = List.of(
      VAR_REPORTER_NAME, VAR_REPORTER_PHONE, VAR_SITUATION, VAR_NEW_CHILD_NAME, VAR_NEW_CHILD_BIRTH_DATE);
  // variables: triage
  public static final String VAR_CONFIRMED_RISK_LEVEL = "confirmedRiskLevel";
  public static final String VAR_TRIAGE_NOTES = "triageNotes";
  public static final String VAR_POLICE_REFERENCE = "policeReference";
  // variables: emergency
  public static final String VAR_CARE_ARRANGEMENT = "careArrangement";
  // variables: assessment
  public static final String VAR_ORPHAN_REGION = "orphanRegion";
  // variables: monitoring
  public static final String VAR_CHILD_SAFE = "childSafe";
  public static final String VAR_PARENTS_REFUSE_GUARDIANSHIP = "parentsRefuseGuardianship";
  public static final String VAR_PARENTS_COMPLY = "parentsComply";
  public static final String VAR_RISK_RESOLVED = "riskResolved";
  public static final String VAR_ESCALATION_KIND = "escalationKind";
  public static final String VAR_CLOSURE_REASON = "closureReason";
  public static final String VAR_ALL_MEASURES_DONE = "allMeasuresDone";

  public static final String CHANNEL_DIRECTOR = "DIRECTOR";
  public static final String CHANNEL_HOTLINE = "HOTLINE";
  public static final String CHANNEL_GUARDIANSHIP_REFERRAL = "GUARDIANSHIP_REFERRAL";

  /** Measures an assistance plan can hold; a plan has one boolean variable per measure. */
  public enum Measure {
    ORPHAN_ALLOWANCE("measureOrphanAllowance"),
    DISABILITY_SUBSIDY("measureDisabilitySubsidy"),
    RETURN_TO_SCHOOL("measureReturnToSchool"),
    HOUSEHOLD_REGISTRATION("measureHouseholdRegistration"),
    PSYCHOLOGICAL_CARE("measurePsychologicalCare"),
    GUARDIANSHIP_GUIDANCE("measureGuardianshipGuidance"),
    SOCIAL_ORGANISATION_REFERRAL("measureSocialOrganisationReferral");

    private final String variable;

    Measure(String variable) {
      this.variable = variable;
    }

    /** Ticked when the measure is part of the plan. */
    public String variable() {
      return variable;
    }

    /** Ticked when the measure has been carried out. */
    public String doneVariable() {
      return variable + "Done";
    }
  }

  // forms (Camunda Forms ids, bound with formRefBinding=deployment)
  public static final String FORM_REPORT = "protection-report";
  public static final String FORM_TRIAGE = "protection-triage";
  public static final String FORM_POLICE_ACKNOWLEDGEMENT = "protection-police-acknowledgement";
  public static final String FORM_TEMPORARY_CARE = "protection-temporary-care";
  public static final String FORM_ASSESSMENT = "protection-assessment";
  public static final String FORM_ASSISTANCE_PLAN = "protection-assistance-plan";
  public static final String FORM_TRACK_MEASURES = "protection-track-measures";
  public static final String FORM_VISIT = "protection-visit";
  public static final String FORM_INTERVENTION = "protection-intervention";
  public static final String FORM_REVOCATION_APPLICATION = "protection-revocation-application";
  public static final String FORM_REVIEW = "protection-review";

  // variables the forms write (kept in the case's history; the workers copy the notes into the case record)
  public static final String VAR_ACKNOWLEDGED_ON = "acknowledgedOn";
  public static final String VAR_ACKNOWLEDGEMENT_NOTES = "acknowledgementNotes";
  public static final String VAR_CARE_LOCATION = "careLocation";
  public static final String VAR_RESPONSE_NOTES = "responseNotes";
  public static final String VAR_HEALTH_NOTES = "healthNotes";
  public static final String VAR_ASSESSMENT_NOTES = "assessmentNotes";
  public static final String VAR_PLAN_NOTES = "planNotes";
  public static final String VAR_PROGRESS_NOTES = "progressNotes";
  public static final String VAR_VISIT_DATE = "visitDate";
  public static final String VAR_VISIT_NOTES = "visitNotes";
  /** Visits recorded so far: the first visit is due sooner than the next ones. */
  public static final String VAR_VISITS_MADE = "visitsMade";
  public static final String VAR_INTERVENTION_DATE = "interventionDate";
  public static final String VAR_INTERVENTION_NOTES = "interventionNotes";
  public static final String VAR_APPLICATION_DATE = "applicationDate";
  public static final String VAR_COURT_NAME = "courtName";
  public static final String VAR_APPLICATION_NOTES = "applicationNotes";
  public static final String VAR_REVIEW_NOTES = "reviewNotes";

  // decision results held by the process (resultVariable). The risk triage and the deadlines hold
  // none: their output mappings read the engine's transient decisionResult, so only the outputs
  // themselves are stored (versions before 2026-12-03 also stored them as riskTriage, caseDeadlines)
  public static final String RESULT_PROPOSED_MEASURES = "proposedMeasures";

  private ProtectionCase() {
  }
}
