package org.careflow.contract;

/** Contract of family foster care under the Family Foster Care Evaluation Standard. */
public final class FosterCare {

  public static final String PROCESS_KEY = "foster-care-placement";
  public static final String CASE_PREFIX = "FC";

  /** Raises the termination of a foster relationship at any time, with one of the six grounds. */
  public static final String MESSAGE_TERMINATION_RAISED = "FosterTerminationRaised";

  public static final String DECISION_CHILD_ELIGIBILITY = "foster-child-eligibility";
  public static final String DECISION_FAMILY_ELIGIBILITY = "foster-family-eligibility";
  // child eligibility inputs
  public static final String IN_UNDER_CIVIL_AFFAIRS_GUARDIANSHIP = "underCivilAffairsGuardianship";
  public static final String IN_NEEDS_FAMILY_CARE = "needsFamilyCare";
  public static final String IN_SUITABLE_FOR_FAMILY_UPBRINGING = "suitableForFamilyUpbringing";
  public static final String IN_NEEDS_LONG_TERM_MEDICAL_CARE = "needsLongTermMedicalCare";
  public static final String IN_REHABILITATION_BASE_AVAILABLE = "rehabilitationBaseAvailable";
  public static final String IN_ADOPTION_SUITABLE_SHORT_TERM = "adoptionSuitableShortTerm";
  public static final String IN_SEVERE_DISABILITY = "severeDisability";
  public static final String IN_ACTIVE_INFECTIOUS_DISEASE = "activeInfectiousDisease";
  public static final String IN_SERIOUS_MENTAL_ILLNESS = "seriousMentalIllness";
  public static final String IN_CHILD_AGE = "childAge";
  // family eligibility inputs
  public static final String IN_MEMBER_WITH_MENTAL_ILLNESS = "memberWithMentalIllness";
  public static final String IN_MEMBER_WITH_BAD_HABITS_OR_CRIMINAL_RECORD = "memberWithBadHabitsOrCriminalRecord";
  public static final String IN_FAMILY_HARMONIOUS = "familyHarmonious";
  public static final String IN_ALL_MEMBERS_AGREE = "allMembersAgree";
  public static final String IN_CURRENT_FOSTER_CHILDREN = "currentFosterChildren";
  public static final String IN_OTHER_CHILDREN_UNDER_6 = "otherChildrenUnder6";
  // outputs
  public static final String OUT_ELIGIBLE = "eligible";
  public static final String OUT_REASON = "reason";

  /** The standard: a child of this age or more, with normal cognition, is asked before placement. */
  public static final int OPINION_AGE = 8;
  public static final int INTEGRATION_OPENS_DAY = 60;
  public static final int INTEGRATION_DECISION_DAY = 90;
  public static final int MIN_TEAM_SIZE = 3;
  public static final int LEADER_MIN_YEARS = 3;
  public static final int MEMBER_MIN_YEARS = 1;

  public static final String TOPIC_REGISTER_FOSTER_FAMILY = "registerFosterFamily";
  public static final String TOPIC_RECORD_EVALUATION = "recordFosterEvaluation";
  public static final String TOPIC_RECORD_PLACEMENT = "recordFosterPlacement";
  public static final String TOPIC_RECORD_INTEGRATION_OUTCOME = "recordIntegrationOutcome";
  public static final String TOPIC_RECORD_SUPERVISION_VISIT = "recordSupervisionVisit";
  public static final String TOPIC_RECORD_TERMINATION = "recordFosterTermination";
  public static final String TOPIC_NOTIFY_RIGHTS_INFRINGED = "notifyRightsInfringed";
  public static final String TOPIC_NOTIFY_ESCALATION = ProtectionCase.TOPIC_NOTIFY_ESCALATION;

  // ids
  public static final String RULE_CHILD_ELIGIBILITY = "BusinessRuleTask_ChildEligibility";
  public static final String TASK_CHILD_NOT_ELIGIBLE = "Task_ExplainChildNotEligible";
  public static final String TASK_RECORD_CHILD_OPINION = "Task_RecordChildOpinion";
  public static final String TASK_PROPOSE_FAMILY = "Task_ProposeFosterFamily";
  public static final String SERVICE_REGISTER_FAMILY = "ServiceTask_RegisterFosterFamily";
  public static final String RULE_FAMILY_ELIGIBILITY = "BusinessRuleTask_FamilyEligibility";
  public static final String TASK_FORM_EVALUATION_TEAM = "Task_FormEvaluationTeam";
  public static final String TASK_EVALUATE_FAMILY = "Task_EvaluateFamily";
  public static final String SERVICE_RECORD_EVALUATION = "ServiceTask_RecordEvaluation";
  public static final String TASK_PLACE_CHILD = "Task_PlaceChild";
  public static final String SERVICE_RECORD_PLACEMENT = "ServiceTask_RecordPlacement";
  public static final String TIMER_INTEGRATION_DAY_60 = "Timer_IntegrationDay60";
  public static final String TASK_ASSESS_INTEGRATION = "Task_AssessIntegration";
  public static final String TIMER_INTEGRATION_DAY_90 = "Timer_IntegrationDay90";
  public static final String SERVICE_ESCALATE_INTEGRATION = "ServiceTask_EscalateIntegrationDecision";
  public static final String TASK_DECIDE_INTEGRATION_NOW = "Task_DecideIntegrationNow";
  public static final String SERVICE_RECORD_INTEGRATION_OUTCOME = "ServiceTask_RecordIntegrationOutcome";
  public static final String TASK_SUPERVISE_FAMILY = "Task_SuperviseFosterFamily";
  public static final String TIMER_NEXT_SUPERVISION = "Timer_NextSupervisionVisit";
  public static final String MESSAGE_TERMINATION_EVENT = "BoundaryEvent_TerminationRaised";
  public static final String SERVICE_RECORD_TERMINATION = "ServiceTask_RecordTermination";
  public static final String SERVICE_NOTIFY_RIGHTS_INFRINGED = "ServiceTask_NotifyRightsInfringed";
  public static final String TIMER_FOSTER_CHILD_TURNS_18 = "Timer_FosterChildTurns18";

  // variables
  public static final String VAR_NORMAL_COGNITION = "normalCognition";
  public static final String VAR_CHILD_ELIGIBLE = "childEligible";
  public static final String VAR_CHILD_ELIGIBILITY_REASON = "childEligibilityReason";
  public static final String VAR_CHILD_AGREES = "childAgrees";
  public static final String VAR_FAMILY_ID = "familyId";
  public static final String VAR_FAMILY_ELIGIBLE = "familyEligible";
  public static final String VAR_FAMILY_ELIGIBILITY_REASON = "familyEligibilityReason";
  public static final String VAR_TEAM_LEADER = "teamLeader";
  public static final String VAR_TEAM_MEMBERS = "teamMembers";
  public static final String VAR_EVALUATION_PASSED = "evaluationPassed";
  public static final String VAR_PLACEMENT_DATE = "placementDate";
  public static final String VAR_INTEGRATION_OPENS_ON = "integrationOpensOn";
  public static final String VAR_INTEGRATION_DECISION_DUE_ON = "integrationDecisionDueOn";
  public static final String VAR_INTEGRATION_SUCCESSFUL = "integrationSuccessful";
  public static final String VAR_INTEGRATION_NOTES = "integrationNotes";
  public static final String VAR_TERMINATION_GROUND = "terminationGround";
  public static final String VAR_RIGHTS_INFRINGED = "rightsInfringed";
  public static final String VAR_TERMINATION_NOTES = "terminationNotes";

  /** The six grounds on which the standard terminates a foster relationship. */
  public enum TerminationGround {
    ABUSE_OR_DISCRIMINATION,
    MAJOR_CHANGE_IN_FAMILY,
    USING_CHILD_TO_RAISE_MONEY,
    MAIN_CARER_REPLACED_WITHOUT_AUTHORISATION,
    FALSIFICATION_IN_APPLICATION_OR_EVALUATION,
    OTHER_BREACH_OF_AGREEMENT
  }

  // forms
  public static final String FORM_REFERRAL = "foster-referral";
  public static final String FORM_CHILD_NOT_ELIGIBLE = "foster-child-not-eligible";
  public static final String FORM_CHILD_OPINION = "foster-child-opinion";
  public static final String FORM_PROPOSE_FAMILY = "foster-propose-family";
  public static final String FORM_EVALUATION_TEAM = "foster-evaluation-team";
  public static final String FORM_EVALUATION = "foster-evaluation";
  public static final String FORM_PLACE_CHILD = "foster-place-child";
  public static final String FORM_INTEGRATION_ASSESSMENT = "foster-integration-assessment";
  public static final String FORM_SUPERVISION_VISIT = "foster-supervision-visit";

  // variables the forms write
  public static final String VAR_REFERRAL_NOTES = "referralNotes";
  public static final String VAR_CLOSING_NOTES = "closingNotes";
  public static final String VAR_OPINION_DATE = "opinionDate";
  public static final String VAR_OPINION_NOTES = "opinionNotes";
  public static final String VAR_FAMILY_NAME = "familyName";
  public static final String VAR_FAMILY_ADDRESS = "address";
  public static final String VAR_FAMILY_VILLAGE_CODE = "familyVillageCode";
  public static final String VAR_OTHER_CHILDREN_AGES = "otherChildrenAges";
  public static final String VAR_EVALUATION_REPORT = "evaluationReport";
  public static final String VAR_LEADER_SIGNATURE = "leaderSignature";
  public static final String VAR_PLACEMENT_NOTES = "placementNotes";
  public static final String VAR_SUPERVISION_VISIT_DATE = "visitDate";
  public static final String VAR_CHILD_WELL_CARED_FOR = "childWellCaredFor";
  public static final String VAR_SUPERVISION_NOTES = "supervisionNotes";

  // decision results held by the process (resultVariable)
  public static final String RESULT_CHILD_DECISION = "childDecision";
  public static final String RESULT_FAMILY_DECISION = "familyDecision";

  /** How a placement ended: a local variable of the service task that records it. */
  public static final String VAR_PLACEMENT_END = "placementEnd";
  public static final String PLACEMENT_END_TERMINATED = "TERMINATED";
  public static final String PLACEMENT_END_CHILD_TURNED_18 = "CHILD_TURNED_18";

  private FosterCare() {
  }
}
