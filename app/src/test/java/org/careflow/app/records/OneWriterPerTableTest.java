package org.careflow.app.records;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Each table of schema careflow is written from exactly one package: its owner. Other features
 * read it, or write through the owner's methods. The check reads the SQL in the app's, the
 * records' and the workers' sources (text blocks included); Flyway's migrations are not writers.
 */
class OneWriterPerTableTest {

  private static final Pattern WRITE = Pattern.compile("(?i)\\b(?:insert\\s+into|update|delete\\s+from|merge\\s+into)\\s+careflow\\.(\\w+)");
  private static final Pattern CREATE = Pattern.compile("(?i)create\\s+table\\s+(?:if\\s+not\\s+exists\\s+)?(?:careflow\\.)?(\\w+)");

  static final Path[] SOURCE_ROOTS = {
      Path.of("src/main/java"), Path.of("../records/src/main/java"), Path.of("../workers/src/main/java")};
  static final Path[] MIGRATION_ROOTS = {
      Path.of("src/main/resources/db/migration"), Path.of("../records/src/main/resources/db/migration")};

  @Test
  void everyTableOfTheAppsRecordsHasOneWritingPackage() {
    Map<String, Set<String>> writers = writers(SOURCE_ROOTS);

    assertThat(writers).as("tables written by the code").hasSizeGreaterThan(15)
        .containsKeys("child", "visit", "staff", "protection_case", "notification");
    Map<String, Set<String>> shared = new TreeMap<>(writers);
    shared.values().removeIf(packages -> packages.size() == 1);
    assertThat(shared).as("tables written from more than one package, with the packages").isEmpty();
    assertThat(writers.keySet()).as("every table written is one the migrations create")
        .isSubsetOf(migrationTables(MIGRATION_ROOTS));
  }

  @Test
  void aSecondWriterInAnotherPackageIsFound() {
    Map<String, Set<String>> writers = new TreeMap<>();
    collect(writers, "org.careflow.app.registry", "jdbc.update(\"\"\"\n    insert into careflow.child (full_name)\n    values (?)\"\"\")");
    collect(writers, "org.careflow.app.demo", "jdbc.update(\"UPDATE  careflow.child set category = ?\")");
    collect(writers, "org.careflow.app.registry", "select * from careflow.child");

    assertThat(writers).containsOnlyKeys("child");
    assertThat(writers.get("child")).containsExactly("org.careflow.app.demo", "org.careflow.app.registry");
  }

  static Map<String, Set<String>> writers(Path... sourceRoots) {
    Map<String, Set<String>> writers = new TreeMap<>();
    for (Path root : sourceRoots) {
      try (Stream<Path> files = Files.walk(root)) {
        for (Path file : files.filter(path -> path.toString().endsWith(".java")).toList()) {
          String pkg = root.relativize(file.getParent()).toString().replace(file.getFileSystem().getSeparator(), ".");
          collect(writers, pkg, Files.readString(file));
        }
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return writers;
  }

  private static void collect(Map<String, Set<String>> writers, String pkg, String source) {
    Matcher write = WRITE.matcher(source);
    while (write.find()) {
      writers.computeIfAbsent(write.group(1).toLowerCase(), table -> new TreeSet<>()).add(pkg);
    }
  }

  private static Set<String> migrationTables(Path... folders) {
    Set<String> tables = new TreeSet<>();
    for (Path file : FeatureMigrationsTest.migrations(folders)) {
      try {
        Matcher create = CREATE.matcher(Files.readString(file));
        while (create.find()) {
          tables.add(create.group(1).toLowerCase());
        }
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return tables;
  }
}
