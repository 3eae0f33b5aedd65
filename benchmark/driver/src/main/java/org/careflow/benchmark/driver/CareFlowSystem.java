package org.careflow.benchmark.driver;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * CareFlow's app jar under profile {@code postgres} with the demo county (CAREFLOW_DEMO=true),
 * its workers running inside the app as in production's default: hotline reports through
 * {@code POST /api/hotline/reports} as the county agency's hotline staff ({@code agency.qingshan}),
 * the list as Hetang's township supervisor through Tasklist's filter {@code 本镇任务}, the
 * dashboard as the county's manager on {@code /pages/dashboard}.
 */
final class CareFlowSystem implements SystemUnderTest {

  static final String PASSWORD = "demo";
  static final String PROCESS_KEY = "child-protection-case";
  static final String WORKER_PASSWORD = "bench-worker";
  /** One key for every node of a run: the nodes of one county read each other's ID numbers. */
  static final String ID_NUMBER_KEY = randomKey();
  static final String MY_TOWNSHIP_FILTER = "本镇任务";

  private final Path jar;
  private final String node;
  private final String databaseName;
  private final boolean freshDatabase;
  private final Map<String, String> extraEnvironment;
  private SpawnedJvm jvm;
  private Http admin;
  private Http agency;
  private Http supervisor;
  private Http manager;
  private String base;
  private String filterId;

  CareFlowSystem(Path jar) {
    this(jar, "careflow", "careflow_bench", true, Map.of());
  }

  /**
   * A node of its own name (its log, the engine's host name in the job log) on a database that is
   * created fresh or, for a second node, joined as the first left it.
   */
  CareFlowSystem(Path jar, String node, String databaseName, boolean freshDatabase, Map<String, String> extraEnvironment) {
    this.jar = jar;
    this.node = node;
    this.databaseName = databaseName;
    this.freshDatabase = freshDatabase;
    this.extraEnvironment = extraEnvironment;
  }

  @Override
  public String name() {
    return "CareFlow";
  }

  @Override
  public String database() {
    return databaseName;
  }

  String base() {
    return base;
  }

  Http admin() {
    return admin;
  }

  @Override
  public void start(Database db, Path logDir) {
    if (freshDatabase) {
      db.recreate(database());
    }
    int port = SpawnedJvm.freePort();
    Map<String, String> environment = new HashMap<>(Map.of(
        "SPRING_PROFILES_ACTIVE", "postgres",
        "CAREFLOW_DB_URL", db.urlOf(database()),
        "CAREFLOW_DB_USER", db.user(),
        "CAREFLOW_DB_PASSWORD", db.password(),
        "CAREFLOW_DEMO", "true",
        "CAREFLOW_WORKER_PASSWORD", WORKER_PASSWORD,
        "CAREFLOW_ID_NUMBER_KEY", ID_NUMBER_KEY,
        "PORT", String.valueOf(port)));
    environment.putAll(extraEnvironment);
    jvm = SpawnedJvm.start(node, jar, List.of("--camunda.bpm.generic-properties.properties.hostname=" + node), environment, logDir);
    base = "http://127.0.0.1:" + port;
    jvm.awaitHealthy(base, Duration.ofMinutes(4));
    admin = Http.basic(base, "admin", PASSWORD);
    agency = Http.basic(base, "agency.qingshan", PASSWORD);
    supervisor = Http.basic(base, "supervisor.hetang", PASSWORD);
    manager = Http.session(base);
    manager.postForm("/pages/login", Map.of("username", "manager.qingshan", "password", PASSWORD)).expect(302);
    JsonNode filters = SystemUnderTest.json(supervisor.get("/engine-rest/filter?name=" + Http.encode(MY_TOWNSHIP_FILTER)).expect(200));
    if (filters.size() != 1) {
      throw new IllegalStateException("supervisor.hetang sees " + filters.size() + " filters named " + MY_TOWNSHIP_FILTER);
    }
    filterId = filters.get(0).get("id").asText();
  }

  @Override
  public void report(int i) {
    ObjectNode report = JSON.createObjectNode();
    report.put("newChildName", "基准儿童" + i);
    report.put("newChildBirthDate", "2015-03-02");
    report.put("villageCode", VILLAGES[i % VILLAGES.length]);
    report.put("childLivingAlone", false);
    report.put("childMissing", false);
    report.put("guardianIncapacitated", false);
    report.put("guardianNeglect", true);
    report.put("domesticViolence", false);
    report.put("severe", false);
    report.put("situationDescription", "邻居反映：孩子常常夜里独自在家，无人照看（基准测试 " + i + "）");
    report.put("reporterName", "邻居钱");
    report.put("reporterPhone", "13800000000");
    agency.postJson("/api/hotline/reports", report.toString()).expect(201);
  }

  @Override
  public long casesAtUserTask() {
    return SystemUnderTest.count(admin.get("/engine-rest/task/count?processDefinitionKey=" + PROCESS_KEY + "&taskDefinitionKey=Task_TriageReport"));
  }

  @Override
  public List<String> triageTasks(int max) {
    return SystemUnderTest.oldestTriageTasks(supervisor, PROCESS_KEY, "supervisor-hetang", max);
  }

  @Override
  public void triage(String taskId) {
    SystemUnderTest.triageThroughForm(supervisor, "supervisor.hetang", taskId, "deployed-form");
  }

  @Override
  public long casesAtAssessment() {
    return SystemUnderTest.count(admin.get("/engine-rest/task/count?taskDefinitionKey=Task_AssessGuardianship"));
  }

  @Override
  public long incidents() {
    return SystemUnderTest.count(admin.get("/engine-rest/incident/count"));
  }

  @Override
  public Http.Response listFirstPage() {
    return supervisor.postJson("/engine-rest/filter/" + filterId + "/list?firstResult=0&maxResults=15",
        "{\"sorting\":[{\"sortBy\":\"created\",\"sortOrder\":\"desc\"}]}").expect(200);
  }

  @Override
  public Http.Response listCount() {
    return supervisor.postJson("/engine-rest/filter/" + filterId + "/count", "{}").expect(200);
  }

  @Override
  public long dashboard() {
    Http.Response page = manager.get("/pages/dashboard").expect(200);
    return page.nanos();
  }

  @Override
  public String describe() {
    return "list: supervisor.hetang, `POST /engine-rest/filter/{id of 本镇任务}/list?firstResult=0&maxResults=15` "
        + "(newest first) and `POST /engine-rest/filter/{id}/count`; dashboard: manager.qingshan signed in, `GET /pages/dashboard`";
  }

  private static String randomKey() {
    byte[] key = new byte[32];
    new SecureRandom().nextBytes(key);
    return Base64.getEncoder().encodeToString(key);
  }

  @Override
  public void close() {
    if (jvm != null) {
      jvm.close();
    }
  }
}
