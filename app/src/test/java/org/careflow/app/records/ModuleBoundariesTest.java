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
 * What each module may reach (docs/architecture.md): the records know neither the engine, the app
 * nor the workers; the workers are adapters that write through the records and hold no SQL; the
 * app runs the workers through their two published entry points and uses no other worker class.
 */
class ModuleBoundariesTest {

  private static final Path APP = Path.of("src/main/java");
  private static final Path RECORDS = Path.of("../records/src/main/java");
  private static final Path WORKERS = Path.of("../workers/src/main/java");
  private static final Pattern IMPORT = Pattern.compile("(?m)^import (?:static )?([\\w.]+)[.;]");
  private static final Pattern SQL = Pattern.compile("(?i)\\bJdbcTemplate\\b|\\b(?:from|into|update|join)\\s+careflow\\.\\w+");

  @Test
  void theRecordsKnowNeitherTheEngineNorTheAppNorTheWorkers() {
    assertThat(imports(RECORDS, "org.camunda.", "org.operaton.", "org.careflow.app.", "org.careflow.workers")).isEmpty();
  }

  @Test
  void theWorkersWriteNoTableThemselves() {
    assertThat(matches(WORKERS, SQL)).as("worker sources with SQL or a JdbcTemplate").isEmpty();
  }

  @Test
  void theAppUsesOnlyTheWorkersEntryPoints() {
    Set<String> used = new TreeSet<>();
    imports(APP, "org.careflow.workers").values().forEach(used::addAll);
    assertThat(used).isSubsetOf("org.careflow.workers.WorkersConfiguration", "org.careflow.workers.HandlesTopic");
  }

  @Test
  void aForbiddenImportIsFound() {
    assertThat(importsOf("import org.careflow.workers.protection.ProtectionReferrals;\nimport java.util.List;\n",
        "org.careflow.workers")).containsExactly("org.careflow.workers.protection.ProtectionReferrals");
    assertThat(SQL.matcher("jdbc.update(\"update careflow.visit set x = 1\")").find()).isTrue();
  }

  private static Map<String, Set<String>> imports(Path root, String... prefixes) {
    Map<String, Set<String>> found = new TreeMap<>();
    forEachSource(root, (file, source) -> {
      Set<String> imports = importsOf(source, prefixes);
      if (!imports.isEmpty()) {
        found.put(root.relativize(file).toString(), imports);
      }
    });
    return found;
  }

  static Set<String> importsOf(String source, String... prefixes) {
    Set<String> imports = new TreeSet<>();
    Matcher matcher = IMPORT.matcher(source);
    while (matcher.find()) {
      for (String prefix : prefixes) {
        if (matcher.group(1).startsWith(prefix)) {
          imports.add(matcher.group(1));
        }
      }
    }
    return imports;
  }

  private static Set<String> matches(Path root, Pattern pattern) {
    Set<String> found = new TreeSet<>();
    forEachSource(root, (file, source) -> {
      if (pattern.matcher(source).find()) {
        found.add(root.relativize(file).toString());
      }
    });
    return found;
  }

  private interface SourceVisitor {
    void visit(Path file, String source) throws IOException;
  }

  private static void forEachSource(Path root, SourceVisitor visitor) {
    try (Stream<Path> files = Files.walk(root)) {
      for (Path file : files.filter(path -> path.toString().endsWith(".java")).toList()) {
        visitor.visit(file, Files.readString(file));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
