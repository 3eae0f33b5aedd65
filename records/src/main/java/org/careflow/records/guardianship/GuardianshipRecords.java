package org.careflow.records.guardianship;

import java.time.LocalDate;
import org.careflow.records.CaseChild;
import org.careflow.records.IdempotentWrites;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** Writes confirmations and referrals into the app's tables; each write happens once per process instance. */
@Component
public class GuardianshipRecords {

  public record Confirmation(
      String caseNumber, String processInstanceId, long childId, String guardianName,
      String guardianRelationship, String guardianPhone, LocalDate parentsLeaveOn,
      String parentsDestination, LocalDate signedOn) {
  }

  private final JdbcTemplate jdbc;

  public GuardianshipRecords(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  /** Returns true if filed now, false if this process instance had filed it before. */
  public boolean fileConfirmation(Confirmation c) {
    CaseChild.require(jdbc, c.caseNumber(), c.childId());
    if (IdempotentWrites.exists(jdbc,
        "select count(*) from careflow.guardianship_confirmation where process_instance_id = ?", c.processInstanceId())) {
      return false;
    }
    return IdempotentWrites.insertOnce(jdbc, """
        insert into careflow.guardianship_confirmation
          (case_number, process_instance_id, child_id, guardian_name, guardian_relationship, guardian_phone,
           parents_leave_on, parents_destination, signed_on)
        values (?, ?, ?, ?, ?, ?, ?, ?, ?)""",
        c.caseNumber(), c.processInstanceId(), c.childId(), c.guardianName(), c.guardianRelationship(),
        c.guardianPhone(), c.parentsLeaveOn(), c.parentsDestination(), c.signedOn());
  }

  /** Returns true if recorded now, false if this process instance had referred the child before. */
  public boolean recordReferral(String caseNumber, String processInstanceId, long childId, String source, String reason) {
    CaseChild.require(jdbc, caseNumber, childId);
    if (IdempotentWrites.exists(jdbc, "select count(*) from careflow.protection_referral where process_instance_id = ? and source = ?",
        processInstanceId, source)) {
      return false;
    }
    return IdempotentWrites.insertOnce(jdbc, """
        insert into careflow.protection_referral (case_number, process_instance_id, child_id, source, reason)
        values (?, ?, ?, ?, ?)""", caseNumber, processInstanceId, childId, source, reason);
  }

}
