package org.careflow.app.dashboard;

import java.sql.Timestamp;
import java.time.LocalDateTime;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.stereotype.Repository;

/** The county's cases and their first recorded step, from the app's own records. */
@Repository
class CountyCases {

  private static final String COUNTY_JOINS = """
      join careflow.child c on c.id = x.child_id
      join careflow.region v on v.code = c.village_code
      join careflow.region t on t.code = v.parent_code""";
  private static final String IN_COUNTY = COUNTY_JOINS + "\nwhere t.parent_code = ?";

  private static final RowMapper<CaseRecord> ROW = (rs, i) -> new CaseRecord(
      rs.getString("case_number"), CaseRecord.Kind.valueOf(rs.getString("kind")), rs.getString("process_instance_id"),
      rs.getLong("child_id"), rs.getString("full_name"), rs.getString("township_code"), rs.getString("township_name"),
      toDateTime(rs.getTimestamp("opened_at")), toDateTime(rs.getTimestamp("closed_at")), rs.getString("status"),
      rs.getDate("integration_due_on") == null ? null : rs.getDate("integration_due_on").toLocalDate());

  /**
   * A statement over the county's cases, protection cases and placements alike (each as {@code x},
   * with {@code x.case_number}, the business key of every instance that works on the case, and
   * {@code x.process_instance_id}, the case's own), joined with the engine's tables: {@code columns}
   * of each kind's rows joined by {@code joins} where {@code condition} holds (blank for none), one
   * kind after the other, ordered by {@code orderBy}. Joins rather than {@code in (subquery)}: the
   * planner then estimates the county's thousands of rows as rows, where it guessed 200 distinct
   * case numbers for the subquery and chose an index lookup for each. Its placeholders, for
   * EngineWork to bind: the county's code, then {@code condition}'s, and both again for the second
   * kind. Unquoted lower-case names, as everywhere here: PostgreSQL and H2 (schema CAREFLOW) each
   * fold them to their own case.
   */
  static String overCasesOfCounty(String columns, String joins, String condition, String orderBy) {
    String where = " where t.parent_code = ?" + (condition.isBlank() ? "" : " and " + condition);
    return "select " + columns + " from careflow.protection_case x " + COUNTY_JOINS + " " + joins + where
        + " union all select " + columns + " from careflow.foster_placement x " + COUNTY_JOINS + " " + joins + where
        + " order by " + orderBy;
  }

  private final JdbcTemplate jdbc;

  CountyCases(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  List<CaseRecord> of(String countyCode) {
    return jdbc.query("""
        select x.case_number, 'PROTECTION' as kind, x.process_instance_id, c.id as child_id, c.full_name,
               t.code as township_code, t.name as township_name, x.opened_at, x.closed_at, x.risk_level as status,
               cast(null as date) as integration_due_on
        from careflow.protection_case x
        """ + IN_COUNTY + """
        
        union all
        select x.case_number, 'FOSTER' as kind, x.process_instance_id, c.id as child_id, c.full_name,
               t.code as township_code, t.name as township_name, cast(x.placed_on as timestamp) as opened_at,
               cast(x.ended_on as timestamp) as closed_at, x.status, x.integration_due_on
        from careflow.foster_placement x
        """ + IN_COUNTY + """
        
        order by case_number""", ROW, countyCode, countyCode);
  }

  /** A step someone completed, as the case timeline recorded it (actor null when no user was signed in). */
  record Completion(String caseNumber, String activityId, LocalDateTime at, String actor) {
  }

  /** The completed steps of the county's cases, with who did them. */
  List<Completion> completions(String countyCode) {
    return jdbc.query("""
        select e.case_number, e.activity_id, e.occurred_at, e.actor
        from careflow.case_event e
        join (select case_number, child_id from careflow.protection_case
              union all select case_number, child_id from careflow.foster_placement) x on x.case_number = e.case_number
        """ + IN_COUNTY,
        (rs, i) -> new Completion(rs.getString("case_number"), rs.getString("activity_id"),
            toDateTime(rs.getTimestamp("occurred_at")), rs.getString("actor")), countyCode);
  }

  private static LocalDateTime toDateTime(Timestamp timestamp) {
    return timestamp == null ? null : timestamp.toLocalDateTime();
  }
}
