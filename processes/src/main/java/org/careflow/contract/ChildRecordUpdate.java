package org.careflow.contract;

/**
 * Contract of the dynamic update of a child's record: a child director proposes a change from the
 * field, the township supervisor verifies it, and only then does it apply to the registry.
 */
public final class ChildRecordUpdate {

  public static final String PROCESS_KEY = "child-record-update";
  public static final String CASE_PREFIX = "CU";

  public static final String TASK_VERIFY_CHANGE = "Task_VerifyChildRecordChange";
  public static final String SERVICE_APPLY_CHANGE = "ServiceTask_ApplyChildRecordChange";
  public static final String END_APPLIED = "End_ChangeApplied";
  public static final String END_REJECTED = "End_ChangeRejected";

  /** Proposed values; a blank or missing one leaves that part of the record as it is. */
  public static final String VAR_HOUSEHOLD_REGISTRATION = "proposedHouseholdRegistration";
  public static final String VAR_CATEGORY = "proposedCategory";
  public static final String VAR_DISABILITY = "proposedDisability";
  public static final String VAR_SCHOOL_STATUS = "proposedSchoolStatus";
  public static final String VAR_GUARDIANS = "proposedGuardians";
  /**
   * A new ID number enters only encrypted (from the child's page or the app's API), so that engine
   * history never holds it in plain text; the supervisor sees it masked.
   */
  public static final String VAR_ID_NUMBER_CIPHER = "proposedIdNumberCipher";
  public static final String VAR_ID_NUMBER_MASKED = "proposedIdNumberMasked";
  /** Refused when given: an ID number in plain text would stay in engine history. */
  public static final String VAR_ID_NUMBER_PLAIN = "proposedIdNumber";
  public static final String VAR_CHANGE_REASON = "changeReason";
  public static final String VAR_PROPOSED_BY = "proposedBy";
  public static final String VAR_CHANGE_APPROVED = "changeApproved";
  public static final String VAR_VERIFICATION_NOTE = "verificationNote";

  // forms
  public static final String FORM_CHANGE_REQUEST = "registry-change-request";
  public static final String FORM_VERIFY_CHANGE = "registry-verify-change";

  private ChildRecordUpdate() {
  }
}
