package org.careflow.contract;

/** Contract of the entrusted-guardianship confirmation process. */
public final class EntrustedGuardianship {

  public static final String PROCESS_KEY = "entrusted-guardianship";
  public static final String CASE_PREFIX = "EG";

  public static final String TOPIC_FILE_CONFIRMATION = "fileGuardianshipConfirmation";
  public static final String TOPIC_MAIL_RECEIPT = "mailGuardianshipReceipt";
  public static final String TOPIC_REFER_FOR_PROTECTION = "referChildForProtection";

  public static final String TASK_NAME_GUARDIAN = "Task_NameEntrustedGuardian";
  public static final String TASK_RECORD_CONFIRMATION = "Task_RecordSignedConfirmation";
  public static final String TASK_CHILD_WOULD_LIVE_ALONE = "Task_ReviewChildWouldLiveAlone";
  public static final String SERVICE_FILE_CONFIRMATION = "ServiceTask_FileConfirmation";
  public static final String SERVICE_MAIL_RECEIPT = "ServiceTask_MailReceipt";
  public static final String END_FILED = "End_ConfirmationFiled";
  public static final String END_REFERRED = "End_ReferredForProtection";

  public static final String VAR_PARENTS_LEAVE_ON = "parentsLeaveOn";
  public static final String VAR_PARENTS_DESTINATION = "parentsDestination";
  public static final String VAR_GUARDIAN_AVAILABLE = "guardianAvailable";
  public static final String VAR_GUARDIAN_NAME = "guardianName";
  public static final String VAR_GUARDIAN_RELATIONSHIP = "guardianRelationship";
  public static final String VAR_GUARDIAN_PHONE = "guardianPhone";
  public static final String VAR_SIGNED_BY_PARENTS = "signedByParents";
  public static final String VAR_SIGNED_BY_CHILD = "signedByChild";
  public static final String VAR_SIGNED_BY_GUARDIAN = "signedByGuardian";
  public static final String VAR_SIGNED_ON = "signedOn";
  public static final String VAR_GUARDIAN_FOUND = "guardianFound";
  public static final String VAR_SUPERVISOR_NOTE = "supervisorNote";

  // forms
  public static final String FORM_PARENTS_LEAVING = "guardianship-parents-leaving";
  public static final String FORM_NAME_GUARDIAN = "guardianship-name-guardian";
  public static final String FORM_RECORD_CONFIRMATION = "guardianship-record-confirmation";
  public static final String FORM_CHILD_WOULD_LIVE_ALONE = "guardianship-child-would-live-alone";

  public static final String VAR_CONFIRMATION_NOTES = "confirmationNotes";

  private EntrustedGuardianship() {
  }
}
