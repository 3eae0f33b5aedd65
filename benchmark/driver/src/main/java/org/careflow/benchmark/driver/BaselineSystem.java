package org.careflow.benchmark.driver;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.client.ExternalTaskClient;
import org.camunda.bpm.client.interceptor.auth.BasicAuthProvider;
import org.camunda.bpm.client.task.ExternalTask;
import org.camunda.bpm.client.task.ExternalTaskService;

/**
 * The bare Camunda 7.24 starter (benchmark/baseline): cases started through
 * {@code POST /engine-rest/process-definition/key/child-protection-intake/start} as the hotline
 * agent, the external task completed by a worker in this driver (the Camunda external task client,
 * the settings CareFlow's workers use) that writes one row in a table of its own, the list as
 * Hetang's supervisor through {@code GET /engine-rest/task?candidateGroup=townshiphetang}, the
 * dashboard as what Cockpit's start page asks for.
 */
final class BaselineSystem implements SystemUnderTest {

  static final String PASSWORD = "bench";
  static final String KEY = "child-protection-intake";

  private final Path jar;
  private SpawnedJvm jvm;
  private ExternalTaskClient worker;
  private Connection workerDb;
  private PreparedStatement insertRecord;
  private Http admin;
  private Http agency;
  private Http supervisor;

  BaselineSystem(Path jar) {
    this.jar = jar;
  }

  @Override
  public String name() {
    return "baseline";
  }

  @Override
  public String database() {
    return "baseline_bench";
  }

  @Override
  public void start(Database db, Path logDir) {
    db.recreate(database());
    int port = SpawnedJvm.freePort();
    jvm = SpawnedJvm.start("baseline", jar, List.of(), Map.of(
        "SPRING_DATASOURCE_URL", db.urlOf(database()),
        "SPRING_DATASOURCE_USERNAME", db.user(),
        "SPRING_DATASOURCE_PASSWORD", db.password(),
        "BASELINE_ADMIN_PASSWORD", PASSWORD,
        "SERVER_PORT", String.valueOf(port)), logDir);
    String base = "http://127.0.0.1:" + port;
    jvm.awaitHealthy(base, Duration.ofMinutes(3));
    admin = Http.basic(base, "admin", PASSWORD);
    agency = Http.basic(base, "agency", PASSWORD);
    supervisor = Http.basic(base, "supervisorhetang", PASSWORD);
    // the worker's own record of an opened case: one row a case, like CareFlow's case record
    try {
      workerDb = db.connect(database());
      try (Statement s = workerDb.createStatement()) {
        s.execute("create table if not exists bench_case_record (id bigserial primary key, process_instance_id varchar(64) not null unique, "
            + "business_key varchar(64), village_code varchar(32), risk_level varchar(16), opened_at timestamptz not null default now())");
      }
      insertRecord = workerDb.prepareStatement(
          "insert into bench_case_record (process_instance_id, business_key, village_code, risk_level) values (?, ?, ?, ?) "
              + "on conflict (process_instance_id) do nothing");
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
    worker = ExternalTaskClient.create()
        .baseUrl(base + "/engine-rest")
        .workerId("benchmark-driver")
        .maxTasks(5)
        .lockDuration(60_000)
        .asyncResponseTimeout(10_000)
        .disableBackoffStrategy()
        .addInterceptor(new BasicAuthProvider("worker", PASSWORD))
        .build();
    worker.subscribe("openCaseRecord").handler(this::openCaseRecord).open();
    worker.subscribe("notifyPolice").handler((task, service) -> service.complete(task)).open();
    worker.subscribe("notifyEscalation").handler((task, service) -> service.complete(task)).open();
  }

  /** One handler thread (the client's): one connection, autocommit. */
  private void openCaseRecord(ExternalTask task, ExternalTaskService service) {
    try {
      insertRecord.setString(1, task.getProcessInstanceId());
      insertRecord.setString(2, task.getBusinessKey());
      insertRecord.setString(3, task.getVariable("villageCode"));
      insertRecord.setString(4, task.getVariable("riskLevel"));
      insertRecord.executeUpdate();
      service.complete(task);
    } catch (SQLException e) {
      int retries = task.getRetries() == null ? 3 : task.getRetries() - 1;
      service.handleFailure(task, "case record not written", e.getMessage(), Math.max(retries, 0), 5_000);
    }
  }

  @Override
  public void report(int i) {
    String village = VILLAGES[i % VILLAGES.length];
    ObjectNode body = JSON.createObjectNode();
    body.put("businessKey", "CP-BENCH-" + i);
    ObjectNode variables = body.putObject("variables");
    string(variables, "childName", "基准儿童" + i);
    string(variables, "childBirthDate", "2015-03-02");
    string(variables, "villageCode", village);
    string(variables, "townshipCode", village.equals("lianhua") || village.equals("yangliu") ? "hetang" : "shiqiao");
    bool(variables, "childLivingAlone", false);
    bool(variables, "childMissing", false);
    bool(variables, "guardianIncapacitated", false);
    bool(variables, "guardianNeglect", true);
    bool(variables, "domesticViolence", false);
    bool(variables, "severe", false);
    string(variables, "situationDescription", "邻居反映：孩子常常夜里独自在家，无人照看（基准测试 " + i + "）");
    string(variables, "reporterName", "邻居钱");
    string(variables, "reporterPhone", "13800000000");
    string(variables, "reportChannel", "HOTLINE");
    agency.postJson("/engine-rest/process-definition/key/" + KEY + "/start", body.toString()).expect(200);
  }

  private static void string(ObjectNode variables, String name, String value) {
    variables.putObject(name).put("value", value).put("type", "String");
  }

  private static void bool(ObjectNode variables, String name, boolean value) {
    variables.putObject(name).put("value", value).put("type", "Boolean");
  }

  @Override
  public long casesAtUserTask() {
    return SystemUnderTest.count(admin.get("/engine-rest/task/count?processDefinitionKey=" + KEY + "&taskDefinitionKey=Task_TriageReport"));
  }

  @Override
  public List<String> triageTasks(int max) {
    return SystemUnderTest.oldestTriageTasks(supervisor, KEY, "townshiphetang", max);
  }

  /** The model has no forms (a bare starter): Tasklist asks for the task's form key and its variables. */
  @Override
  public void triage(String taskId) {
    SystemUnderTest.triageThroughForm(supervisor, "supervisorhetang", taskId, "form");
  }

  @Override
  public long casesAtAssessment() {
    return SystemUnderTest.count(admin.get("/engine-rest/task/count?processDefinitionKey=intake-assessment&taskDefinitionKey=Task_AssessGuardianship"));
  }

  @Override
  public long incidents() {
    return SystemUnderTest.count(admin.get("/engine-rest/incident/count"));
  }

  @Override
  public Http.Response listFirstPage() {
    return supervisor.get("/engine-rest/task?candidateGroup=townshiphetang&sortBy=created&sortOrder=desc&firstResult=0&maxResults=15")
        .expect(200);
  }

  @Override
  public Http.Response listCount() {
    return supervisor.get("/engine-rest/task/count?candidateGroup=townshiphetang").expect(200);
  }

  @Override
  public long dashboard() {
    long nanos = admin.get("/engine-rest/process-definition/statistics?incidents=true").expect(200).nanos();
    nanos += admin.get("/engine-rest/task/report/candidate-group-count").expect(200).nanos();
    return nanos;
  }

  @Override
  public String describe() {
    return "list: supervisorhetang (group townshiphetang), `GET /engine-rest/task?candidateGroup=townshiphetang&sortBy=created&sortOrder=desc"
        + "&firstResult=0&maxResults=15` and `GET /engine-rest/task/count?candidateGroup=townshiphetang`; dashboard: admin, "
        + "`GET /engine-rest/process-definition/statistics?incidents=true` + `GET /engine-rest/task/report/candidate-group-count` "
        + "(what Cockpit's start page and its task report ask for), summed";
  }

  @Override
  public void close() {
    if (worker != null) {
      worker.stop();
    }
    try {
      if (workerDb != null) {
        workerDb.close();
      }
    } catch (SQLException ignored) {
      // the database goes down with the run
    }
    if (jvm != null) {
      jvm.close();
    }
  }
}
