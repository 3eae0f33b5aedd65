package org.careflow.app.records;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * A feature owns its tables' migrations: each migration lives in the folder named after the
 * package that writes its tables ({@code db/migration/staff/} for {@code org.careflow.app.staff}),
 * in the module of that package. The four founding migrations, applied in every county before
 * features owned their migrations, create tables of several features at once; they stay as they
 * were recorded in {@code db/migration/founding/}, and no new migration may join them.
 */
class FeatureMigrationsTest {

  static final String FOUNDING = "founding";
  private static final Set<String> FOUNDING_VERSIONS = Set.of("V1", "V2", "V3", "V6");
  private static final Pattern TOUCH = Pattern.compile(
      "(?i)\\b(?:create\\s+table(?:\\s+if\\s+not\\s+exists)?|alter\\s+table|insert\\s+into|update|delete\\s+from|"
          + "create\\s+(?:unique\\s+)?index\\s+\\w+\\s+on)\\s+(?:careflow\\.)?(\\w+)");

  @Test
  void everyMigrationAfterTheFoundingOnesIsInTheFolderOfTheFeatureThatWritesItsTables() {
    Map<String, Set<String>> writers = OneWriterPerTableTest.writers(OneWriterPerTableTest.SOURCE_ROOTS);
    List<Path> migrations = migrations(OneWriterPerTableTest.MIGRATION_ROOTS);
    assertThat(migrations).as("migrations found").hasSizeGreaterThanOrEqualTo(9);

    Map<String, Set<String>> misplaced = new TreeMap<>();
    Set<String> founding = new TreeSet<>();
    for (Path migration : migrations) {
      String folder = migration.getParent().getFileName().toString();
      if (FOUNDING.equals(folder)) {
        founding.add(version(migration));
        continue;
      }
      Set<String> wrong = foreignTables(folder, read(migration), writers);
      if (!wrong.isEmpty()) {
        misplaced.put(folder + "/" + migration.getFileName(), wrong);
      }
    }
    assertThat(misplaced).as("migrations touching tables another feature (or no package) writes").isEmpty();
    assertThat(founding).as("the founding migrations, and no other").isEqualTo(FOUNDING_VERSIONS);
  }

  @Test
  void aMigrationInAnotherFeaturesFolderIsFound() {
    Map<String, Set<String>> writers = Map.of(
        "staff", Set.of("org.careflow.app.staff"), "child", Set.of("org.careflow.app.registry"));

    assertThat(foreignTables("staff", "alter table staff add column phone varchar(32);", writers)).isEmpty();
    assertThat(foreignTables("staff", """
        alter table careflow.staff add column phone varchar(32);
        create index child_phone on child (phone);""", writers)).containsExactly("child");
    assertThat(foreignTables("staff", "create table if not exists staff_badge (id bigint);", writers))
        .as("a new table nobody writes yet").containsExactly("staff_badge");
  }

  /** The tables a migration touches that the folder's feature does not write. */
  static Set<String> foreignTables(String folder, String sql, Map<String, Set<String>> writers) {
    Set<String> foreign = new TreeSet<>();
    Matcher touch = TOUCH.matcher(sql);
    while (touch.find()) {
      String table = touch.group(1).toLowerCase();
      Set<String> packages = writers.getOrDefault(table, Set.of());
      boolean owned = packages.size() == 1 && packages.iterator().next().endsWith("." + folder);
      if (!owned) {
        foreign.add(table);
      }
    }
    return foreign;
  }

  static List<Path> migrations(Path... roots) {
    List<Path> migrations = new ArrayList<>();
    for (Path root : roots) {
      try (Stream<Path> files = Files.walk(root)) {
        files.filter(path -> path.getFileName().toString().matches("V\\d+__.*\\.sql")).sorted().forEach(migrations::add);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return migrations;
  }

  private static String version(Path migration) {
    return migration.getFileName().toString().split("__", 2)[0];
  }

  private static String read(Path file) {
    try {
      return Files.readString(file);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
