package org.careflow.app.records;

import static org.assertj.core.api.Assertions.assertThat;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationState;
import org.flywaydb.core.api.output.MigrateResult;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The migrations moved from one folder into their features' folders (some into the records
 * module). A county database migrated before the move recorded each script by its bare file name;
 * Flyway must still find every applied migration, with the same checksum, and apply nothing again.
 */
class MovedMigrationsTest {

  @Test
  void aDatabaseMigratedFromTheOldSingleFolderOpensWithTheFeatureFolders(@TempDir Path oldFolder) throws IOException {
    List<Path> migrations = FeatureMigrationsTest.migrations(OneWriterPerTableTest.MIGRATION_ROOTS);
    for (Path migration : migrations) {
      Files.copy(migration, oldFolder.resolve(migration.getFileName()));
    }
    try (EmbeddedPostgres postgres = EmbeddedPostgres.builder().start()) {
      JdbcTemplate jdbc = new JdbcTemplate(postgres.getPostgresDatabase());
      MigrateResult before = flyway(postgres, "filesystem:" + oldFolder).migrate();
      assertThat(before.migrationsExecuted).isEqualTo(migrations.size()).isGreaterThanOrEqualTo(9);
      List<Map<String, Object>> recorded = history(jdbc);
      assertThat(recorded).extracting(row -> row.get("script")).contains("V1__regions_children_staff.sql", "V9__report_situations.sql");

      Flyway moved = flyway(postgres, "classpath:db/migration");
      assertThat(moved.validateWithResult().validationSuccessful).as("validation after the move").isTrue();
      assertThat(Arrays.stream(moved.info().all()).filter(info -> info.getScript().endsWith(".sql")))
          .as("the moved scripts, each matched to its applied migration").hasSize(migrations.size())
          .allSatisfy(info -> assertThat(info.getState()).isEqualTo(MigrationState.SUCCESS));
      assertThat(moved.migrate().migrationsExecuted).as("migrations applied again").isZero();
      assertThat(history(jdbc)).as("the history table, row by row").isEqualTo(recorded);

      jdbc.execute("create database fresh");
      Flyway.configure().dataSource(postgres.getDatabase("postgres", "fresh")).schemas("careflow").defaultSchema("careflow")
          .createSchemas(true).locations("classpath:db/migration").load().migrate();
      assertThat(history(new JdbcTemplate(postgres.getDatabase("postgres", "fresh"))))
          .as("a new database records the scripts under their feature folders: the names did change")
          .extracting(row -> row.get("script"))
          .contains("founding/V1__regions_children_staff.sql", "protection/V9__report_situations.sql");
    }
  }

  private static Flyway flyway(EmbeddedPostgres postgres, String location) {
    return Flyway.configure().dataSource(postgres.getPostgresDatabase()).schemas("careflow").defaultSchema("careflow")
        .createSchemas(true).locations(location).load();
  }

  private static List<Map<String, Object>> history(JdbcTemplate jdbc) {
    return jdbc.queryForList(
        "select version, description, script, checksum, success from careflow.flyway_schema_history order by installed_rank");
  }
}
