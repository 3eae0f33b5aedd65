package org.careflow.benchmark.driver;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
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

  /** The note the township supervisor submits with every triage, the same for both systems. */
  String TRIAGE_NOTE = "已电话核实：邻居所述属实，监护人外出务工，祖母照看（基准测试）";

  /**
   * The oldest unclaimed triage tasks of one candidate group, at most {@code max}, as that group's
   * supervisor lists them: their ids.
   */
  static List<String> oldestTriageTasks(Http supervisor, String processKey, String group, int max) {
    return ids(supervisor.get("/engine-rest/task?processDefinitionKey=" + processKey
        + "&taskDefinitionKey=Task_TriageReport&candidateGroup=" + group + "&unassigned=true"
        + "&sortBy=created&sortOrder=asc&firstResult=0&maxResults=" + max));
  }

  /**
   * One triage the way Tasklist sends it, for either system: claim as {@code userId}, fetch the form
   * ({@code formCall}: {@code deployed-form} for a Camunda Form, {@code form} for a model without
   * one) and its variables, submit with the risk confirmed low.
   */
  static void triageThroughForm(Http supervisor, String userId, String taskId, String formCall) {
    String task = "/engine-rest/task/" + taskId;
    supervisor.postJson(task + "/claim", JSON.createObjectNode().put("userId", userId).toString()).expect(204);
    supervisor.get(task + "/" + formCall).expect(200);
    supervisor.get(task + "/form-variables").expect(200);
    ObjectNode submit = JSON.createObjectNode();
    ObjectNode variables = submit.putObject("variables");
    variables.putObject("confirmedRiskLevel").put("value", "LOW").put("type", "String");
    variables.putObject("triageNotes").put("value", TRIAGE_NOTE).put("type", "String");
    supervisor.postJson(task + "/submit-form", submit.toString()).expect(204);
  }

  /** The ids of a REST list of tasks. */
  static List<String> ids(Http.Response response) {
    return StreamSupport.stream(json(response.expect(200)).spliterator(), false).map(task -> task.get("id").asText()).toList();
  }

  static long count(Http.Response response) {
    return json(response.expect(200)).get("count").asLong();
  }
}
