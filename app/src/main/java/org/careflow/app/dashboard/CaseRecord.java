package org.careflow.app.dashboard;

import java.time.LocalDate;
import java.time.LocalDateTime;

/** A protection case or foster placement of a county, as the app's own records hold it. */
record CaseRecord(String caseNumber, Kind kind, String processInstanceId, long childId, String childName,
    String townshipCode, String townshipName, LocalDateTime openedAt, LocalDateTime closedAt, String status,
    LocalDate integrationDueOn) {

  enum Kind { PROTECTION, FOSTER }

  boolean isOpen() {
    return kind == Kind.PROTECTION ? closedAt == null : "INTEGRATION".equals(status) || "FORMAL".equals(status);
  }
}
