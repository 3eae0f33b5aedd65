package org.careflow.app.registry;

import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Exporting a township's ledger needs an explicit grant to one of the user's groups, given by an
 * administrator (API below, or a row in careflow.ledger_export_grant). Seeing the ledger does not
 * imply exporting it: a file leaves the platform's access control.
 */
@Component
public class LedgerExportGrants {

  record Grant(String groupId, String townshipCode, String grantedBy) {
  }

  private final JdbcTemplate jdbc;

  LedgerExportGrants(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  boolean mayExport(Authentication user, String townshipCode) {
    List<String> groups = user.getGroupIds() == null ? List.of() : user.getGroupIds();
    return all().stream().anyMatch(grant -> grant.townshipCode().equals(townshipCode) && groups.contains(grant.groupId()));
  }

  List<Grant> all() {
    return jdbc.query("select * from careflow.ledger_export_grant order by township_code, group_id",
        (rs, i) -> new Grant(rs.getString("group_id"), rs.getString("township_code"), rs.getString("granted_by")));
  }

  /** Safe to repeat. */
  public void grant(String groupId, String townshipCode, String grantedBy) {
    Integer existing = jdbc.queryForObject("select count(*) from careflow.ledger_export_grant where group_id = ? and township_code = ?",
        Integer.class, groupId, townshipCode);
    if (existing == 0) {
      jdbc.update("insert into careflow.ledger_export_grant (group_id, township_code, granted_by) values (?, ?, ?)",
          groupId, townshipCode, grantedBy);
    }
  }

  boolean revoke(String groupId, String townshipCode) {
    return jdbc.update("delete from careflow.ledger_export_grant where group_id = ? and township_code = ?", groupId, townshipCode) > 0;
  }

  Map<String, Object> describe(Grant grant) {
    return Map.of("groupId", grant.groupId(), "townshipCode", grant.townshipCode(), "grantedBy", grant.grantedBy());
  }
}
