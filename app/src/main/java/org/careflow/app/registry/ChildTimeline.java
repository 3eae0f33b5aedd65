package org.careflow.app.registry;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;
import org.careflow.app.pages.PageTexts;
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

  /** The child's timeline, each entry's summary in the words of {@code texts} (the API's in English). */
  List<Entry> of(long childId, PageTexts texts) {
    List<Entry> entries = new ArrayList<>();
    add(entries, "select created_at from careflow.child where id = ?", childId,
        rs -> new Entry(time(rs, "created_at"), "REGISTERED", null, texts.get("timeline.REGISTERED")));
    add(entries, "select * from careflow.child_record_change where child_id = ?", childId,
        rs -> new Entry(time(rs, "applied_at"), "RECORD_UPDATED", rs.getString("case_number"),
            texts.get("timeline.RECORD_UPDATED", changedParts(rs.getString("changed_parts"), texts), rs.getString("proposed_by"),
                rs.getString("verified_by"))));
    add(entries, "select * from careflow.child_case where child_id = ?", childId,
        rs -> new Entry(time(rs, "opened_at"), "CASE_OPENED", rs.getString("case_number"),
            texts.get("timeline.CASE_OPENED", texts.labelOr("process.", rs.getString("process_key")))));
    add(entries, "select * from careflow.protection_case where child_id = ?", childId, rs -> new Entry(time(rs, "opened_at"),
        "REPORT", rs.getString("case_number"), texts.get(rs.getBoolean("police_report_required") ? "timeline.REPORT.police" : "timeline.REPORT",
            texts.labelOr("report.channel.", rs.getString("report_channel")), texts.labelOr("mywork.risk.", rs.getString("risk_level")))));
    add(entries, "select * from careflow.protection_case where child_id = ? and closed_at is not null", childId,
        rs -> new Entry(time(rs, "closed_at"), "CASE_CLOSED", rs.getString("case_number"),
            texts.get("timeline.CASE_CLOSED", texts.labelOr("closure.", rs.getString("closure_reason")))));
    add(entries, """
        select n.* from careflow.police_notification n join careflow.protection_case c on c.case_number = n.case_number
        where c.child_id = ?""", childId,
        rs -> new Entry(time(rs, "sent_at"), "POLICE_NOTIFIED", rs.getString("case_number"), rs.getDate("acknowledged_on") == null
            ? texts.get("timeline.POLICE_NOTIFIED") : texts.get("timeline.POLICE_NOTIFIED.acknowledged", day(rs, "acknowledged_on"))));
    add(entries, """
        select v.* from careflow.visit v join careflow.protection_case c on c.case_number = v.case_number
        where c.child_id = ?""", childId,
        rs -> new Entry(time(rs, "recorded_at"), "VISIT", rs.getString("case_number"), texts.get("timeline.VISIT", day(rs, "visit_date"),
            texts.get(rs.getBoolean("child_safe") ? "timeline.VISIT.safe" : "timeline.VISIT.unsafe"),
            rs.getBoolean("parents_refuse") ? texts.get("timeline.VISIT.parentsRefuse") : "")));
    add(entries, """
        select m.* from careflow.assistance_measure m join careflow.protection_case c on c.case_number = m.case_number
        where c.child_id = ?""", childId,
        rs -> new Entry(time(rs, "opened_at"), "MEASURE", rs.getString("case_number"), texts.get("timeline.MEASURE",
            texts.labelOr("measure.", rs.getString("measure")),
            texts.get("DONE".equals(rs.getString("status")) ? "timeline.MEASURE.done" : "timeline.MEASURE.open"))));
    add(entries, "select * from careflow.guardianship_confirmation where child_id = ?", childId,
        rs -> new Entry(time(rs, "filed_at"), "GUARDIANSHIP_CONFIRMED", rs.getString("case_number"),
            texts.get("timeline.GUARDIANSHIP_CONFIRMED", day(rs, "signed_on"), rs.getString("guardian_name"),
                texts.labelOr("record.relationship.", rs.getString("guardian_relationship")))));
    add(entries, "select * from careflow.protection_referral where child_id = ?", childId,
        rs -> new Entry(time(rs, "referred_at"), "REFERRED", rs.getString("case_number"),
            texts.get("timeline.REFERRED", texts.labelOr("referral.", rs.getString("source")))));
    add(entries, """
        select p.*, f.family_name from careflow.foster_placement p join careflow.foster_family f on f.id = p.family_id
        where p.child_id = ?""", childId,
        rs -> new Entry(date(rs, "placed_on"), "FOSTER_PLACEMENT", rs.getString("case_number"),
            texts.get("timeline.FOSTER_PLACEMENT", rs.getString("family_name"), texts.labelOr("foster.", rs.getString("status")))));
    add(entries, """
        select e.* from careflow.case_event e join careflow.child_case c on c.case_number = e.case_number
        where c.child_id = ?""", childId,
        rs -> new Entry(time(rs, "occurred_at"), "STEP", rs.getString("case_number"), rs.getString("actor") == null
            ? rs.getString("activity_name") : texts.get("timeline.STEP", rs.getString("activity_name"), rs.getString("actor"))));
    entries.sort(Comparator.comparing(Entry::at, Comparator.nullsLast(Comparator.reverseOrder())));
    return entries;
  }

  /** The changed columns of a record ("school_status, id_number") in words. */
  private static String changedParts(String columns, PageTexts texts) {
    if (columns == null || columns.isBlank()) {
      return "";
    }
    return Arrays.stream(columns.split(",")).map(String::strip)
        .map(column -> texts.labelOr("record.column.", column))
        .collect(Collectors.joining(texts.get("timeline.listSeparator")));
  }

  private void add(List<Entry> entries, String sql, long childId, Describe describe) {
    entries.addAll(jdbc.query(sql, (rs, i) -> describe.row(rs), childId));
  }

  private static LocalDateTime time(ResultSet rs, String column) throws SQLException {
    Timestamp timestamp = rs.getTimestamp(column);
    return timestamp == null ? null : timestamp.toLocalDateTime();
  }

  private static LocalDate day(ResultSet rs, String column) throws SQLException {
    return rs.getObject(column, LocalDate.class);
  }

  private static LocalDateTime date(ResultSet rs, String column) throws SQLException {
    LocalDate date = rs.getObject(column, LocalDate.class);
    return date == null ? null : date.atStartOfDay();
  }
}
