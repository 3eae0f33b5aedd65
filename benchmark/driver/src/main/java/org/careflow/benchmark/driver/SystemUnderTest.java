package org.careflow.benchmark.driver;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;

/**
 * A system the driver measures: started in a JVM of its own on a fresh database of the shared
 * PostgreSQL server, then driven and read through its public HTTP API only.
 */
interface SystemUnderTest extends AutoCloseable {

  ObjectMapper JSON = new ObjectMapper();

  /** The demo county's villages, alternating between its two townships (Hetang: lianhua, yangliu). */
  String[] VILLAGES = {"lianhua", "dongpo", "yangliu", "xiwan"};

  String name();

  /** The database (on the shared server) the system keeps everything in. */
  String database();

  /** Creates the database, starts the JVM, waits for health, signs its users in. */
  void start(Database db, Path logDir);

  /** Sends report number {@code i} the way its users do; throws when it is refused. */
  void report(int i);

  /** Cases waiting at the township's triage user task (all townships). */
  long casesAtUserTask();

  /** Open incidents in the engine. */
  long incidents();

  /** The township supervisor's list, first page (15 tasks, newest first). */
  Http.Response listFirstPage();

  /** The township supervisor's list, count. */
  Http.Response listCount();

  /** What the county's manager looks at: nanoseconds it took. */
  long dashboard();

  /** A short description of the list and the dashboard, for the results note. */
  String describe();

  @Override
  void close();

  static JsonNode json(Http.Response response) {
    try {
      return JSON.readTree(response.body());
    } catch (Exception e) {
      throw new IllegalStateException("Not JSON: " + response.body(), e);
    }
  }

  static long count(Http.Response response) {
    return json(response.expect(200)).get("count").asLong();
  }
}
