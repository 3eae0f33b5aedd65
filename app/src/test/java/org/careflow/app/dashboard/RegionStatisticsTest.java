package org.careflow.app.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.careflow.app.platform.PlatformTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The county's joins start from the region table, so its statistics decide the dashboard's plans. A
 * county has fewer regions than autovacuum's default threshold of changes (50), so PostgreSQL would
 * never analyse them unless the table says otherwise (V11__region_statistics.sql).
 */
class RegionStatisticsTest extends PlatformTest {

  @Autowired
  JdbcTemplate jdbc;

  @Test
  void autovacuumAnalysesTheRegionsAfterAnyChange() {
    List<String> options = jdbc.queryForList(
        "select unnest(c.reloptions) from pg_class c join pg_namespace n on n.oid = c.relnamespace"
            + " where n.nspname = 'careflow' and c.relname = 'region'", String.class);

    assertThat(options).contains("autovacuum_analyze_threshold=1", "autovacuum_analyze_scale_factor=0");
  }
}
