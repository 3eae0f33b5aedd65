package org.careflow.benchmark.driver;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.StreamSupport;

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

  /** The township supervisor's oldest open triage tasks, at most {@code max}: their ids. */
  List<String> triageTasks(int max);

  /**
   * The township supervisor triages one task the way Tasklist does: claims it, opens it (its form
   * and the form's variables) and submits the form, confirming the risk as low; throws when refused.
   */
  void triage(String taskId);

  /** Cases waiting at the county agency's assessment task, the wait state after triage. */
  long casesAtAssessment();

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

  /** The ids of a REST list of tasks. */
  static List<String> ids(Http.Response response) {
    return StreamSupport.stream(json(response.expect(200)).spliterator(), false).map(task -> task.get("id").asText()).toList();
  }

  static long count(Http.Response response) {
    return json(response.expect(200)).get("count").asLong();
  }
}
