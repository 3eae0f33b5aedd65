package org.careflow.app.registry;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Everything that happened to a child, newest first, from the app's own records (so it outlives
 * engine history clean-up): registration and verified changes, reports and cases, police
 * notifications, visits, assistance measures, guardianship confirmations, referrals, foster
 * placements, and every completed step of the child's cases.
 */
@Component
class ChildTimeline {

  record Entry(LocalDateTime at, String kind, String caseNumber, String summary) {
  }

  private interface Describe {
    Entry row(ResultSet rs) throws SQLException;
  }

  private final JdbcTemplate jdbc;

  ChildTimeline(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  List<Entry> of(long childId) {
    List<Entry> entries = new ArrayList<>();
    add(entries, "select created_at from careflow.child where id = ?", childId,
        rs -> new Entry(time(rs, "created_at"), "REGISTERED", null, "Registered in the children's registry"));
    add(entries, "select * from careflow.child_record_change where child_id = ?", childId,
        rs -> new Entry(time(rs, "applied_at"), "RECORD_UPDATED", rs.getString("case_number"),
            "Record updated (" + rs.getString("changed_parts") + "), proposed by " + rs.getString("proposed_by")
                + ", verified by " + rs.getString("verified_by")));
    add(entries, "select * from careflow.child_case where child_id = ?", childId,
        rs -> new Entry(time(rs, "opened_at"), "CASE_OPENED", rs.getString("case_number"), "Case opened: " + rs.getString("process_key")));
    add(entries, "select * from careflow.protection_case where child_id = ?", childId, rs -> new Entry(time(rs, "opened_at"),
        "REPORT", rs.getString("case_number"), "Report received (" + rs.getString("report_channel") + "), risk "
            + rs.getString("risk_level") + (rs.getBoolean("police_report_required") ? ", police report required" : "")));
    add(entries, "select * from careflow.protection_case where child_id = ? and closed_at is not null", childId,
        rs -> new Entry(time(rs, "closed_at"), "CASE_CLOSED", rs.getString("case_number"), "Case closed: " + rs.getString("closure_reason")));
    add(entries, """
        select n.* from careflow.police_notification n join careflow.protection_case c on c.case_number = n.case_number
        where c.child_id = ?""", childId,
        rs -> new Entry(time(rs, "sent_at"), "POLICE_NOTIFIED", rs.getString("case_number"), "Police notified"
            + (rs.getDate("acknowledged_on") != null ? "; acknowledged on " + rs.getDate("acknowledged_on") : "")));
    add(entries, """
        select v.* from careflow.visit v join careflow.protection_case c on c.case_number = v.case_number
        where c.child_id = ?""", childId,
        rs -> new Entry(time(rs, "recorded_at"), "VISIT", rs.getString("case_number"), "Visit on " + rs.getDate("visit_date")
            + (rs.getBoolean("child_safe") ? ": child safe" : ": child NOT safe")
            + (rs.getBoolean("parents_refuse") ? ", parents refuse guardianship" : "")));
    add(entries, """
        select m.* from careflow.assistance_measure m join careflow.protection_case c on c.case_number = m.case_number
        where c.child_id = ?""", childId,
        rs -> new Entry(time(rs, "opened_at"), "MEASURE", rs.getString("case_number"), "Assistance measure " + rs.getString("measure")
            + ("DONE".equals(rs.getString("status")) ? " (done)" : " (open)")));
    add(entries, "select * from careflow.guardianship_confirmation where child_id = ?", childId,
        rs -> new Entry(time(rs, "filed_at"), "GUARDIANSHIP_CONFIRMED", rs.getString("case_number"),
            "Entrusted guardianship confirmed, signed on " + rs.getDate("signed_on") + ": " + rs.getString("guardian_name")
                + " (" + rs.getString("guardian_relationship") + ")"));
    add(entries, "select * from careflow.protection_referral where child_id = ?", childId,
        rs -> new Entry(time(rs, "referred_at"), "REFERRED", rs.getString("case_number"), "Referred for protection ("
            + rs.getString("source") + ")"));
    add(entries, """
        select p.*, f.family_name from careflow.foster_placement p join careflow.foster_family f on f.id = p.family_id
        where p.child_id = ?""", childId,
        rs -> new Entry(date(rs, "placed_on"), "FOSTER_PLACEMENT", rs.getString("case_number"), "Placed with the "
            + rs.getString("family_name") + " family (" + rs.getString("status") + ")"));
    add(entries, """
        select e.* from careflow.case_event e join careflow.child_case c on c.case_number = e.case_number
        where c.child_id = ?""", childId,
        rs -> new Entry(time(rs, "occurred_at"), "STEP", rs.getString("case_number"), rs.getString("activity_name")
            + (rs.getString("actor") != null ? " (" + rs.getString("actor") + ")" : "")));
    entries.sort(Comparator.comparing(Entry::at, Comparator.nullsLast(Comparator.reverseOrder())));
    return entries;
  }

  private void add(List<Entry> entries, String sql, long childId, Describe describe) {
    entries.addAll(jdbc.query(sql, (rs, i) -> describe.row(rs), childId));
  }

  private static LocalDateTime time(ResultSet rs, String column) throws SQLException {
    Timestamp timestamp = rs.getTimestamp(column);
    return timestamp == null ? null : timestamp.toLocalDateTime();
  }

  private static LocalDateTime date(ResultSet rs, String column) throws SQLException {
    LocalDate date = rs.getObject(column, LocalDate.class);
    return date == null ? null : date.atStartOfDay();
  }
}
