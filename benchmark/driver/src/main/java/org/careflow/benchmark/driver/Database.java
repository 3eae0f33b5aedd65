package org.careflow.benchmark.driver;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * The PostgreSQL server both systems run on: the embedded binaries from Maven (zonky), or a server
 * given by a JDBC URL. Each system gets a database of its own, created fresh for the run.
 */
final class Database implements AutoCloseable {

  private final EmbeddedPostgres embedded;
  private final String serverUrl;
  private final String user;
  private final String password;
  private boolean closed;

  private Database(EmbeddedPostgres embedded, String serverUrl, String user, String password) {
    this.embedded = embedded;
    this.serverUrl = serverUrl;
    this.user = user;
    this.password = password;
  }

  /** The embedded server, with PostgreSQL's own durability defaults (the zonky builder turns synchronous_commit off). */
  static Database embedded() {
    try {
      EmbeddedPostgres pg = EmbeddedPostgres.builder()
          .setServerConfig("synchronous_commit", "on")
          .setServerConfig("max_connections", "200")
          .setServerConfig("shared_buffers", "256MB")
          .start();
      return new Database(pg, "jdbc:postgresql://localhost:" + pg.getPort() + "/postgres", "postgres", "");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A running server; the user must be allowed to create databases. */
  static Database server(String jdbcUrl, String user, String password) {
    return new Database(null, jdbcUrl, user, password);
  }

  String describe() {
    Object version = scalar(serverUrl, "show server_version");
    return (embedded != null ? "embedded PostgreSQL " : "PostgreSQL ") + version
        + " (synchronous_commit=" + scalar(serverUrl, "show synchronous_commit") + ")";
  }

  String user() {
    return user;
  }

  String password() {
    return password;
  }

  /** The JDBC URL of a database on this server. */
  String urlOf(String database) {
    int slash = serverUrl.lastIndexOf('/');
    int query = serverUrl.indexOf('?', slash);
    return serverUrl.substring(0, slash + 1) + database + (query < 0 ? "" : serverUrl.substring(query));
  }

  void recreate(String database) {
    execute(serverUrl, "drop database if exists " + database + " with (force)");
    execute(serverUrl, "create database " + database + " encoding 'UTF8'");
  }

  /** Sum of pg_total_relation_size over every table of the database (all schemas but the catalogs), in bytes. */
  long totalBytes(String database) {
    return scalarLong(urlOf(database), "select coalesce(sum(pg_total_relation_size(c.oid)), 0) from pg_class c "
        + "join pg_namespace n on n.oid = c.relnamespace where c.relkind in ('r', 'p', 'm') "
        + "and n.nspname not in ('pg_catalog', 'information_schema') and n.nspname not like 'pg_toast%'");
  }

  /** Rows inserted into the database's tables since the server started (pg_stat_user_tables). */
  long rowsInserted(String database) {
    return scalarLong(urlOf(database), "select coalesce(sum(n_tup_ins), 0) from pg_stat_user_tables");
  }

  /** One number a query on the database answers (a count, a sum, seconds). */
  double number(String database, String sql) {
    Object value = scalar(urlOf(database), sql);
    return value == null ? Double.NaN : ((Number) value).doubleValue();
  }

  Connection connect(String database) throws SQLException {
    return DriverManager.getConnection(urlOf(database), user, password);
  }

  private void execute(String url, String sql) {
    try (Connection c = DriverManager.getConnection(url, user, password); Statement s = c.createStatement()) {
      s.execute(sql);
    } catch (SQLException e) {
      throw new IllegalStateException(sql + ": " + e.getMessage(), e);
    }
  }

  private long scalarLong(String url, String sql) {
    return ((Number) scalar(url, sql)).longValue(); // sum() of bigint answers numeric
  }

  /** The first column of the first row a query answers. */
  private Object scalar(String url, String sql) {
    try (Connection c = DriverManager.getConnection(url, user, password); Statement s = c.createStatement();
        ResultSet r = s.executeQuery(sql)) {
      r.next();
      return r.getObject(1);
    } catch (SQLException e) {
      throw new IllegalStateException(sql + ": " + e.getMessage(), e);
    }
  }


  @Override
  public synchronized void close() {
    if (embedded != null && !closed) {
      closed = true;
      try {
        embedded.close();
      } catch (IOException e) {
        System.err.println("Stopping PostgreSQL: " + e.getMessage());
      }
    }
  }
}
