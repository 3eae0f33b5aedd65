package org.careflow.records;

import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A worker writes about a child only when that child is the case's child: the one the platform
 * linked to the case number when the case started (careflow.child_case). A task whose variables
 * name another child fails, so it retries and ends as an incident, and nothing is written.
 */
public final class CaseChild {

  private CaseChild() {
  }

  public static void require(JdbcTemplate jdbc, String caseNumber, long childId) {
    List<Long> linked = jdbc.queryForList("select child_id from careflow.child_case where case_number = ?",
        Long.class, caseNumber);
    if (linked.isEmpty()) {
      throw new IllegalStateException("Case " + caseNumber + " is not linked to a child: nothing written");
    }
    if (linked.get(0) != childId) {
      throw new IllegalStateException("Case " + caseNumber + " is about child " + linked.get(0)
          + ", but the task names child " + childId + ": nothing written");
    }
  }
}
