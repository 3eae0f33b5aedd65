package org.careflow.contract;

/**
 * The Spring beans the models call by name (delegate expressions, listeners, conditions): renaming
 * one breaks every running case that reaches it, so the beans take their names from here.
 */
public final class DelegateBeans {

  public static final String JURISDICTION_GUARD = "jurisdictionGuard";
  public static final String CHILD_INTAKE = "childIntake";
  public static final String REPORT_INTAKE = "reportIntake";
  public static final String CHILD_RECORD_CHANGE_CHECK = "childRecordChangeCheck";
  public static final String APPLY_CHILD_RECORD_CHANGE = "applyChildRecordChange";
  public static final String EVALUATION_TEAM_CHECK = "evaluationTeamCheck";
  public static final String STAFF_REGISTRATION = "staffRegistration";
  public static final String ASSESSMENT_SCORE_CHECK = "assessmentScoreCheck";
  public static final String GRANT_TASK_GROUPS = "grantTaskGroups";
  public static final String WITHDRAW_TASK_GROUPS = "withdrawTaskGroups";
  public static final String WEEKLY_DIGEST_MAIL = "weeklyDigestMail";

  private DelegateBeans() {
  }
}
