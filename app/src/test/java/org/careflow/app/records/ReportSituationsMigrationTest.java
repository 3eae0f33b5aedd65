package org.careflow.app.records;

import static org.assertj.core.api.Assertions.assertThat;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.util.Map;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;

/** V9 carries the six situation columns of every recorded case into one column, losing no flag. */
class ReportSituationsMigrationTest {

  @Test
  void everyRecordedCaseKeepsItsSituationFlags() throws IOException {
    try (EmbeddedPostgres postgres = EmbeddedPostgres.builder().start()) {
      JdbcTemplate jdbc = new JdbcTemplate(postgres.getPostgresDatabase());
      flyway(postgres, "8").migrate();
      jdbc.update("insert into careflow.region (code, name, region_level) values ('v', '村', 'VILLAGE')");
      jdbc.update("insert into careflow.child (full_name, birth_date, village_code) values ('儿童', date '2015-01-01', 'v')");
      long child = jdbc.queryForObject("select id from careflow.child", Long.class);
      insertCase(jdbc, "CP-1", child, Map.of("child_living_alone", true, "severe", true));
      insertCase(jdbc, "CP-2", child, Map.of("guardian_neglect", true, "domestic_violence", true, "child_missing", true,
          "guardian_incapacitated", true));
      insertCase(jdbc, "CP-3", child, Map.of());

      flyway(postgres, "latest").migrate();

      assertThat(jdbc.queryForMap("select situations from careflow.protection_case where case_number = 'CP-1'"))
          .containsEntry("situations", "childLivingAlone,severe");
      assertThat(jdbc.queryForObject("select situations from careflow.protection_case where case_number = 'CP-2'", String.class))
          .isEqualTo("childMissing,guardianIncapacitated,guardianNeglect,domesticViolence");
      assertThat(jdbc.queryForObject("select situations from careflow.protection_case where case_number = 'CP-3'", String.class))
          .isEmpty();
      assertThat(jdbc.queryForObject("""
          select count(*) from information_schema.columns
          where table_schema = 'careflow' and table_name = 'protection_case' and column_name = 'severe'""", Integer.class))
          .isZero();
    }
  }

  private static Flyway flyway(EmbeddedPostgres postgres, String target) {
    return Flyway.configure().dataSource(postgres.getPostgresDatabase()).schemas("careflow").defaultSchema("careflow")
        .createSchemas(true).locations("classpath:db/migration").target(target).load();
  }

  private static void insertCase(JdbcTemplate jdbc, String caseNumber, long child, Map<String, Boolean> flags) {
    jdbc.update("""
        insert into careflow.protection_case (case_number, process_instance_id, child_id, report_channel, risk_level,
          police_report_required, child_living_alone, child_missing, guardian_incapacitated, guardian_neglect,
          domestic_violence, severe)
        values (?, ?, ?, 'HOTLINE', 'HIGH', false, ?, ?, ?, ?, ?, ?)""", caseNumber, "pi-" + caseNumber, child,
        flags.getOrDefault("child_living_alone", false), flags.getOrDefault("child_missing", false),
        flags.getOrDefault("guardian_incapacitated", false), flags.getOrDefault("guardian_neglect", false),
        flags.getOrDefault("domestic_violence", false), flags.getOrDefault("severe", false));
  }
}
