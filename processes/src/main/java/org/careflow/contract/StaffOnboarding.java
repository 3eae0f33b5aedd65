package org.careflow.contract;

/**
 * Contract of the staff-onboarding process: a new child director or supervisor is registered by
 * real name, trained and assessed, and gets the role's task groups only on a pass. One instance
 * per person runs for as long as they serve: training is due again every year.
 */
public final class StaffOnboarding {

  public static final String PROCESS_KEY = "staff-onboarding";
  public static final String BUSINESS_KEY_PREFIX = "STAFF-";

  /** A score of at least this passes the training assessment (scores run from 0 to 100). */
  public static final int PASS_MARK = 60;
  public static final int MAX_SCORE = 100;
  /** Failed attempts allowed per training; after the third fail the person attends training again. */
  public static final int ATTEMPTS_PER_TRAINING = 3;
  /** A certification is valid this long; the refresher training opens this many days before it ends. */
  public static final int CERTIFICATION_VALID_YEARS = 1;
  public static final int REFRESHER_LEAD_DAYS = 28;

  public static final String TOPIC_MAIL_TRAINING_NOTICE = "mailTrainingNotice";

  public static final String SUBPROCESS_TRAINING = "SubProcess_TrainingAndAssessment";
  public static final String TASK_RECORD_TRAINING = "Task_RecordTrainingAttendance";
  public static final String TASK_RECORD_ASSESSMENT = "Task_RecordTrainingAssessment";
  public static final String SERVICE_GRANT_TASK_GROUPS = "ServiceTask_GrantTaskGroups";
  public static final String TIMER_REFRESHER_DUE = "Timer_RefresherTrainingDue";
  public static final String SERVICE_MAIL_REFRESHER_DUE = "ServiceTask_MailRefresherTrainingDue";
  public static final String TIMER_CERTIFICATION_LAPSES = "Timer_CertificationLapses";
  public static final String SERVICE_WITHDRAW_TASK_GROUPS = "ServiceTask_WithdrawTaskGroups";
  public static final String SERVICE_MAIL_LAPSE = "ServiceTask_MailCertificationLapsed";

  /** Start form. */
  public static final String VAR_FULL_NAME = "fullName";
  public static final String VAR_STAFF_USER_ID = "staffUserId";
  public static final String VAR_STAFF_ROLE = "staffRole";
  public static final String VAR_REGION_CODE = "regionCode";
  public static final String VAR_EMAIL = "email";
  public static final String VAR_CHILD_WELFARE_YEARS = "childWelfareYears";
  /** Set by the registration: the county whose civil-affairs office trains the person. */
  public static final String VAR_COUNTY = Jurisdiction.VAR_COUNTY;

  /** Training and assessment forms. */
  public static final String VAR_TRAINING_DATE = "trainingDate";
  public static final String VAR_TRAINING_ATTENDED = "trainingAttended";
  public static final String VAR_ASSESSMENT_SCORE = "assessmentScore";
  public static final String VAR_ASSESSMENT_NOTES = "assessmentNotes";
  public static final String VAR_FAILED_ATTEMPTS = "failedAttempts";

  /** Set when a pass is recorded. */
  public static final String VAR_CERTIFIED_UNTIL = "certifiedUntil";
  public static final String VAR_REFRESHER_DUE_AT = "refresherTrainingDueAt";

  /** Which notice the mail worker sends: REFRESHER_DUE or LAPSED. */
  public static final String VAR_TRAINING_NOTICE = "trainingNotice";

  // forms
  public static final String FORM_REGISTRATION = "staff-registration";
  public static final String FORM_TRAINING_ATTENDANCE = "staff-training-attendance";
  public static final String FORM_TRAINING_ASSESSMENT = "staff-training-assessment";

  public static final String VAR_TRAINING_NOTES = "trainingNotes";

  private StaffOnboarding() {
  }
}
