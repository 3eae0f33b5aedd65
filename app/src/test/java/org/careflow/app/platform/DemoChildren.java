package org.careflow.app.platform;

import org.springframework.jdbc.core.JdbcTemplate;

/** Children of the demo county that tests report about. */
public final class DemoChildren {

  private DemoChildren() {
  }

  /** The first child registered in the village (by record number). */
  public static long firstOf(JdbcTemplate jdbc, String villageCode) {
    return jdbc.queryForObject("select min(id) from careflow.child where village_code = ?", Long.class, villageCode);
  }
}
