package org.careflow.app.dashboard;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.springframework.jdbc.core.JdbcTemplate;

/** The demo county's cases straight from the records, to hold the dashboard's numbers against. */
record QingshanRecords(JdbcTemplate jdbc) {

  private static final String IN_QINGSHAN = """
       join careflow.child c on c.id = x.child_id join careflow.region v on v.code = c.village_code
       join careflow.region t on t.code = v.parent_code
      where t.parent_code = 'qingshan'""";

  Set<String> openCaseNumbers() {
    Set<String> open = new HashSet<>(jdbc.queryForList(
        "select x.case_number from careflow.protection_case x" + IN_QINGSHAN + " and x.closed_at is null", String.class));
    open.addAll(jdbc.queryForList(
        "select x.case_number from careflow.foster_placement x" + IN_QINGSHAN + " and x.status in ('INTEGRATION', 'FORMAL')",
        String.class));
    return open;
  }

  List<String> placementsInIntegration() {
    return jdbc.queryForList(
        "select x.case_number from careflow.foster_placement x" + IN_QINGSHAN + " and x.status = 'INTEGRATION'", String.class);
  }

  /** Protection cases reported, and foster children placed, since the given time. */
  long casesOpenedSince(java.time.LocalDateTime since) {
    return jdbc.queryForObject("select count(*) from careflow.protection_case x" + IN_QINGSHAN + " and x.opened_at > ?",
        Long.class, since)
        + jdbc.queryForObject("select count(*) from careflow.foster_placement x" + IN_QINGSHAN + " and x.placed_on > ?",
        Long.class, since);
  }
}
