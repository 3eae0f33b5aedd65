package org.careflow.records.notification;

import java.util.List;

/**
 * The platform's notifications, each with its template {@code mail/<name>.<language>.txt} and the
 * placeholders the code fills in it. Every language's template uses every one of them:
 * {@code MailTemplatesTest} fails on a template, a language or a placeholder missing.
 */
public enum MailTemplate {

  /** The mandatory report of a child in need of protection to the county's police liaison. */
  POLICE_REPORT("police-report", "caseNumber", "childId", "village", "township", "reportedOn", "situations",
      "situation", "reporterName", "reporterPhone", "channel"),
  /** The township office's receipt for a signed and filed entrusted-guardianship confirmation. */
  GUARDIANSHIP_RECEIPT("guardianship-receipt", "caseNumber", "childId", "village", "guardianName",
      "guardianRelationship", "guardianPhone", "signedOn", "parentsLeaveOn", "parentsDestination"),
  /** A deadline of a case has passed; the work stays open. */
  ESCALATION("escalation", "caseNumber", "what", "childId", "village", "township"),
  /** A foster child's rights were infringed: the family is to be held responsible. */
  RIGHTS_INFRINGED("rights-infringed", "caseNumber", "childId", "ground", "notes"),
  /** A child director's or supervisor's certification ends in 28 days. */
  TRAINING_REFRESHER_DUE("training-refresher-due", "name", "userId", "region", "certifiedUntil"),
  /** A certification ended without a new pass: the person is off the task groups. */
  TRAINING_LAPSED("training-lapsed", "name", "userId", "region", "certifiedUntil"),
  /** The Monday digest of a county for its managers. */
  WEEKLY_DIGEST("weekly-digest", "county", "week", "from", "to", "overdueCount", "overdueList", "newCount", "newList",
      "closedCount", "closedList", "dashboardUrl");

  private final String fileName;
  private final List<String> placeholders;

  MailTemplate(String fileName, String... placeholders) {
    this.fileName = fileName;
    this.placeholders = List.of(placeholders);
  }

  /** The template's name in {@code mail/<name>.<language>.txt}. */
  public String fileName() {
    return fileName;
  }

  /** What the code fills in: each language's template uses each of them. */
  public List<String> placeholders() {
    return placeholders;
  }
}
