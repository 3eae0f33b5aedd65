package org.careflow.records.protection;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.careflow.contract.ProtectionCase.Measure;
import org.careflow.records.CaseChild;
import org.careflow.records.IdempotentWrites;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.stereotype.Component;

/**
 * Writes the protection chain's records into the app's tables. Every write may be repeated by a
 * retried task and then changes nothing: inserts check first and tolerate a concurrent copy,
 * updates only touch rows still in their earlier state.
 */
@Component
public class ProtectionRecords {

  public record OpenedCase(
      String caseNumber, String processInstanceId, long childId, String reportChannel,
      String reporterName, String reporterPhone, String situation, List<String> situations,
      String riskLevel, boolean policeReportRequired) {
  }

  public record Visit(String caseNumber, int visitNo, LocalDate visitDate, boolean childSafe,
      boolean parentsRefuse, String notes) {
  }

  private final JdbcTemplate jdbc;

  public ProtectionRecords(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  /** Who reported, their phone and what they saw, as a report gave them. */
  public record Report(String reporterName, String reporterPhone, String situation) {
  }

  private static final RowMapper<Report> REPORT = (row, n) -> new Report(row.getString(1), row.getString(2), row.getString(3));

  /** Keeps a report's personal data when its case starts, so that the engine's variables need not. */
  public void receiveReport(String processInstanceId, Report report) {
    jdbc.update("""
        insert into careflow.protection_report (process_instance_id, reporter_name, reporter_phone, situation)
        values (?, ?, ?, ?)""", processInstanceId, report.reporterName(), report.reporterPhone(), report.situation());
  }

  /**
   * Returns true if opened now, false if the case had been recorded before. The report's personal
   * data comes from the report received at the start; a case started before it was kept there
   * brings it in its variables (the fields of {@code c}).
   */
  public boolean openCase(OpenedCase c) {
    CaseChild.require(jdbc, c.caseNumber(), c.childId());
    if (IdempotentWrites.exists(jdbc, "select count(*) from careflow.protection_case where case_number = ?", c.caseNumber())) {
      forgetReceivedReport(c.processInstanceId());
      return false;
    }
    Report received = receivedReport(c.processInstanceId())
        .orElse(new Report(c.reporterName(), c.reporterPhone(), c.situation()));
    boolean opened = IdempotentWrites.insertOnce(jdbc, """
        insert into careflow.protection_case
          (case_number, process_instance_id, child_id, report_channel, reporter_name, reporter_phone, situation,
           situations, risk_level, police_report_required)
        values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""",
        c.caseNumber(), c.processInstanceId(), c.childId(), c.reportChannel(), received.reporterName(),
        received.reporterPhone(), received.situation(), String.join(",", c.situations()), c.riskLevel(), c.policeReportRequired());
    forgetReceivedReport(c.processInstanceId());
    return opened;
  }

  /** The report as the case record holds it. */
  public Optional<Report> report(String caseNumber) {
    return jdbc.query("select reporter_name, reporter_phone, situation from careflow.protection_case where case_number = ?",
        REPORT, caseNumber).stream().findFirst();
  }

  private Optional<Report> receivedReport(String processInstanceId) {
    return jdbc.query("""
        select reporter_name, reporter_phone, situation from careflow.protection_report where process_instance_id = ?""",
        REPORT, processInstanceId).stream().findFirst();
  }

  private void forgetReceivedReport(String processInstanceId) {
    jdbc.update("delete from careflow.protection_report where process_instance_id = ?", processInstanceId);
  }


  public boolean recordPoliceNotification(String caseNumber, String recipient) {
    if (policeNotified(caseNumber)) {
      return false;
    }
    return IdempotentWrites.insertOnce(jdbc, "insert into careflow.police_notification (case_number, recipient) values (?, ?)",
        caseNumber, recipient);
  }

  public boolean policeNotified(String caseNumber) {
    return IdempotentWrites.exists(jdbc, "select count(*) from careflow.police_notification where case_number = ?", caseNumber);
  }

  /** Returns true if recorded now, false if the acknowledgement had been recorded before. */
  public boolean acknowledgePolice(String caseNumber, String policeReference, LocalDate acknowledgedOn) {
    return jdbc.update("""
        update careflow.police_notification
           set police_reference = ?, acknowledged_on = ?, acknowledged_at = current_timestamp
         where case_number = ? and acknowledged_at is null""",
        policeReference, acknowledgedOn, caseNumber) > 0;
  }



  public boolean recordVisit(Visit v) {
    if (IdempotentWrites.exists(jdbc, "select count(*) from careflow.visit where case_number = ? and visit_no = ?", v.caseNumber(), v.visitNo())) {
      return false;
    }
    // who made the visit: the person who completed the case's latest visit step, as the case timeline
    // recorded it in the same transaction (so the staff page counts a scheduled visit for its director)
    return IdempotentWrites.insertOnce(jdbc, """
        insert into careflow.visit (case_number, visit_no, visit_date, child_safe, parents_refuse, notes, recorded_by)
        values (?, ?, ?, ?, ?, ?, (select e.actor from careflow.case_event e
                                    where e.case_number = ? and e.activity_id = ?
                                    order by e.occurred_at desc, e.id desc limit 1))""",
        v.caseNumber(), v.visitNo(), v.visitDate(), v.childSafe(), v.parentsRefuse(), v.notes(), v.caseNumber(),
        org.careflow.contract.ProtectionCase.TASK_VISIT_CHILD);
  }

  /** A visit recorded from the field outside the visit schedule (no visit number), by the person who made it. */
  public void recordFieldVisit(String caseNumber, java.time.LocalDate visitDate, boolean childSafe, boolean parentsRefuse,
      String notes, String recordedBy) {
    jdbc.update("""
        insert into careflow.visit (case_number, visit_no, visit_date, child_safe, parents_refuse, notes, recorded_by)
        values (?, null, ?, ?, ?, ?, ?)""", caseNumber, visitDate, childSafe, parentsRefuse, notes, recordedBy);
  }

  public boolean openMeasure(String caseNumber, Measure measure, Integer monthlySubsidyYuan) {
    if (IdempotentWrites.exists(jdbc, "select count(*) from careflow.assistance_measure where case_number = ? and measure = ?",
        caseNumber, measure.name())) {
      return false;
    }
    return IdempotentWrites.insertOnce(jdbc, """
        insert into careflow.assistance_measure (case_number, measure, monthly_subsidy_yuan, status)
        values (?, ?, ?, 'OPEN')""", caseNumber, measure.name(), monthlySubsidyYuan);
  }

  public boolean completeMeasure(String caseNumber, Measure measure) {
    return jdbc.update("""
        update careflow.assistance_measure set status = 'DONE', done_at = current_timestamp
         where case_number = ? and measure = ? and status = 'OPEN'""", caseNumber, measure.name()) > 0;
  }

  public int openMeasureCount(String caseNumber) {
    Integer count = jdbc.queryForObject(
        "select count(*) from careflow.assistance_measure where case_number = ? and status = 'OPEN'",
        Integer.class, caseNumber);
    return count == null ? 0 : count;
  }

  public boolean closeCase(String caseNumber, String closureReason) {
    return jdbc.update("""
        update careflow.protection_case set closed_at = current_timestamp, closure_reason = ?
         where case_number = ? and closed_at is null""", closureReason, caseNumber) > 0;
  }
}
