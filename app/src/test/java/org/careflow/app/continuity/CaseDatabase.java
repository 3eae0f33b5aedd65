package org.careflow.app.continuity;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * The PostgreSQL data directory that the Camunda build writes and the Operaton build opens: the same
 * embedded PostgreSQL binaries both times, the folder given by {@code -Dcareflow.continuity.dir}
 * (.ci/run passes one). Kept on disk between the two builds' JVMs.
 */
final class CaseDatabase {

  static final String MANIFEST = "running-cases.txt";
  static final String START_EVENTS = "start-events.txt";

  private CaseDatabase() {
  }

  static Path dir() {
    String dir = System.getProperty("careflow.continuity.dir");
    if (dir == null || dir.isBlank()) {
      throw new IllegalStateException("run with -Dcareflow.continuity.dir=<folder shared by both builds>");
    }
    return Path.of(dir).toAbsolutePath();
  }

  /** A new, empty database in the folder (whatever was there is removed). */
  static EmbeddedPostgres create(Path dir) {
    try {
      if (Files.exists(dir)) {
        try (var files = Files.walk(dir)) {
          files.sorted(java.util.Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        }
      }
      Files.createDirectories(dir);
      return EmbeddedPostgres.builder().setDataDirectory(dir.resolve("pgdata")).setCleanDataDirectory(false).start();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The database the Camunda build left in the folder, as it is. */
  static EmbeddedPostgres open(Path dir) {
    if (!Files.exists(dir.resolve(MANIFEST)) || !Files.isDirectory(dir.resolve("pgdata"))) {
      throw new IllegalStateException("no database written by the Camunda build in " + dir
          + ": run CaseDatabaseWrite in the Camunda build first");
    }
    try {
      return EmbeddedPostgres.builder().setDataDirectory(dir.resolve("pgdata")).setCleanDataDirectory(false).start();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Runs a SQL script (statements separated by ';' at the end of a line) in one transaction. */
  static void run(EmbeddedPostgres postgres, Path script) {
    try (Connection connection = postgres.getPostgresDatabase().getConnection(); Statement statement = connection.createStatement()) {
      connection.setAutoCommit(false);
      String sql = Files.readString(script).replaceAll("(?m)^\\s*--.*$", "");
      for (String part : sql.split(";\\s*(\\n|$)")) {
        if (!part.isBlank()) {
          statement.execute(part);
        }
      }
      connection.commit();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (SQLException e) {
      throw new IllegalStateException("running " + script + ": " + e.getMessage(), e);
    }
  }
}
